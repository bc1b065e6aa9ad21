#pragma once

#include "core/Result.h"

#include <QLocale>
#include <QMetaType>
#include <QString>
#include <compare>
#include <stdexcept>

namespace mm {

// Thrown by the operators when a sum leaves the qint64 range; callers that take user input use the
// checked plus()/minus()/times() instead and get an Error.
class MoneyOverflow : public std::overflow_error {
public:
    MoneyOverflow()
        : std::overflow_error("money amount out of range") {}
};

// An exact amount of cents. Doubles appear only in toDouble(), for drawing charts.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    static Result<Money> fromWhole(qint64 units);

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    Result<Money> plus(Money other) const;
    Result<Money> minus(Money other) const;
    Result<Money> times(qint64 factor) const;
    // Multiplies by numerator/denominator, rounding half away from zero, without intermediate
    // overflow.
    Result<Money> scaled(qint64 numerator, qint64 denominator) const;

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator*(qint64 factor) const;
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    constexpr auto operator<=>(const Money&) const = default;

    double toDouble() const { return static_cast<double>(m_cents) / 100.0; }

    // "1234.56" / "-0.05": the machine form used in CSV and JSON; parsePlain reads it back exactly.
    QString toPlainString() const;
    static Result<Money> parsePlain(QStringView text);

    // "$1,234.56" in the given locale, for people.
    QString toDisplayString(const QLocale& locale = QLocale(),
                            const QString& symbol = displayCurrency()) const;
    // "$1.2M", "$850k": for chart axes and compact cells.
    QString toAbbreviatedString(const QLocale& locale = QLocale(),
                                const QString& symbol = displayCurrency()) const;

    // The currency symbol amounts are shown with, chosen in the preferences (like QLocale's
    // default): game money has no real currency, so it is a display choice only. Default "$".
    static QString displayCurrency();
    static void setDisplayCurrency(const QString& symbol);
    // What a person types: optional currency symbol, the locale's group and decimal separators,
    // an optional k/M/B suffix ("1.5M"). At most two decimals after applying the suffix.
    static Result<Money> parseDisplay(QStringView text, const QLocale& locale = QLocale());

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents) {}
    qint64 m_cents = 0;
};

} // namespace mm

Q_DECLARE_METATYPE(mm::Money)
