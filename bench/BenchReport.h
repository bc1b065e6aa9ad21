#pragma once

// How a bench prints its figures: one line each, PASS or MISS against its target, and whether
// any target was missed (the bench's exit code).

#include <QString>
#include <cstdio>

namespace mm::bench {

inline bool& anyMissed() {
    static bool missed = false;
    return missed;
}

inline void print(const QString& text) {
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// `value` against `target`: below it passes (or at least it, with lowerIsBetter false).
inline void check(const QString& what, double value, double target, const QString& unit,
                  bool lowerIsBetter = true) {
    const bool pass = lowerIsBetter ? value < target : value >= target;
    anyMissed() = anyMissed() || !pass;
    print(QStringLiteral("%1: %2 %3  %4 (target %5 %6 %3)")
              .arg(what, QString::number(value, 'f', 3), unit,
                   pass ? QStringLiteral("PASS") : QStringLiteral("MISS"),
                   lowerIsBetter ? QStringLiteral("<") : QStringLiteral(">="),
                   QString::number(target)));
}

inline int exitCode() {
    return anyMissed() ? 1 : 0;
}

} // namespace mm::bench
