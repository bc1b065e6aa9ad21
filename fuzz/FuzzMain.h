#pragma once

// The libFuzzer glue shared by the fuzz_* entry points: a QCoreApplication (QtSql loads its
// SQLite driver as a plugin and wants one), quiet Qt warnings, and an abort() with the broken
// property when an input violates one, so libFuzzer saves it as a crash.

#include "FuzzTargets.h"

#include <QCoreApplication>
#include <QLocale>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace mm::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline int initialize() {
    static int argc = 1;
    static char name[] = "modelmarket-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    qInstallMessageHandler(quietMessages);
    return 0;
}

inline int check(const Outcome& outcome) {
    if (!outcome.violation.isEmpty()) {
        std::fprintf(stderr, "\n==== property violated: %s\n",
                     outcome.violation.toUtf8().constData());
        std::abort();
    }
    return 0;
}

} // namespace mm::fuzz

#define MM_FUZZ_TARGET(function)                                                                   \
    extern "C" int LLVMFuzzerInitialize(int*, char***) {                                           \
        return mm::fuzz::initialize();                                                             \
    }                                                                                              \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {            \
        return mm::fuzz::check(mm::fuzz::function(                                                 \
            QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size))));   \
    }
