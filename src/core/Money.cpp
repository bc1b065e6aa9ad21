#include "core/Money.h"

#include <QCoreApplication>
#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace mm {

namespace {

// 128-bit intermediates let scaled() multiply before dividing without overflow.
__extension__ typedef __int128 Wide;

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Money)
};

Error overflowError() {
    return makeError(Tr::tr("the amount is too large"), {}, QStringLiteral("money-overflow"));
}

// Splits "digits[.digits]" into cents; fails on anything else. Used after separators are removed.
Result<Money> centsFromDecimal(QStringView text, int extraPowerOfTen) {
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    } else if (text.startsWith(u'+')) {
        text = text.mid(1);
    }
    if (text.isEmpty())
        return makeError(Tr::tr("no amount given"), {}, QStringLiteral("money-format"));

    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return makeError(Tr::tr("no amount given"), {}, QStringLiteral("money-format"));

    // The digits of "1.5M" are 15; padding them to 2+6 decimal places gives cents exactly.
    const int scaleDigits = 2 + extraPowerOfTen;
    if (fraction.size() > scaleDigits)
        return makeError(Tr::tr("more than two decimals: '%1'").arg(text.toString()), {},
                         QStringLiteral("money-format"));
    // The magnitude is gathered unsigned so the most negative amount (one cent more than the most
    // positive one) reads back too.
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    quint64 value = 0;
    auto pushDigit = [&value, limit](QChar c) -> bool {
        if (c < u'0' || c > u'9')
            return false;
        const auto digit = static_cast<quint64>(c.unicode() - u'0');
        if (value > (limit - digit) / 10)
            return false;
        value = value * 10 + digit;
        return true;
    };
    for (QChar c : whole) {
        if (!pushDigit(c))
            return c.isDigit()
                       ? Result<Money>(overflowError())
                       : Result<Money>(makeError(Tr::tr("not an amount: '%1'").arg(text.toString()),
                                                 {}, QStringLiteral("money-format")));
    }
    for (QChar c : fraction) {
        if (!pushDigit(c))
            return c.isDigit()
                       ? Result<Money>(overflowError())
                       : Result<Money>(makeError(Tr::tr("not an amount: '%1'").arg(text.toString()),
                                                 {}, QStringLiteral("money-format")));
    }
    for (qsizetype i = fraction.size(); i < scaleDigits; ++i) {
        if (value > limit / 10)
            return overflowError();
        value *= 10;
    }
    return Money::fromCents(negative ? static_cast<qint64>(0 - value) : static_cast<qint64>(value));
}

} // namespace

namespace {
// Written once at start-up and when preferences change, on the GUI thread; read everywhere.
QString& displayCurrencySymbol() {
    static QString symbol = QStringLiteral("$");
    return symbol;
}
} // namespace

QString Money::displayCurrency() {
    return displayCurrencySymbol();
}

void Money::setDisplayCurrency(const QString& symbol) {
    displayCurrencySymbol() = symbol;
}

Result<Money> Money::fromWhole(qint64 units) {
    qint64 cents = 0;
    if (__builtin_mul_overflow(units, 100, &cents))
        return overflowError();
    return Money(cents);
}

Result<Money> Money::plus(Money other) const {
    qint64 sum = 0;
    if (__builtin_add_overflow(m_cents, other.m_cents, &sum))
        return overflowError();
    return Money(sum);
}

Result<Money> Money::minus(Money other) const {
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_cents, other.m_cents, &difference))
        return overflowError();
    return Money(difference);
}

Result<Money> Money::times(qint64 factor) const {
    qint64 product = 0;
    if (__builtin_mul_overflow(m_cents, factor, &product))
        return overflowError();
    return Money(product);
}

Result<Money> Money::scaled(qint64 numerator, qint64 denominator) const {
    if (denominator == 0)
        return makeError(Tr::tr("division by zero"), {}, QStringLiteral("money-divide"));
    const Wide product = static_cast<Wide>(m_cents) * numerator;
    const bool negative = (product < 0) != (denominator < 0);
    Wide magnitude = product < 0 ? -product : product;
    const Wide divisor = denominator < 0 ? -static_cast<Wide>(denominator) : denominator;
    Wide quotient = (magnitude + divisor / 2) / divisor;
    if (negative)
        quotient = -quotient;
    if (quotient > std::numeric_limits<qint64>::max() ||
        quotient < std::numeric_limits<qint64>::min())
        return overflowError();
    return Money(static_cast<qint64>(quotient));
}

Money Money::operator+(Money other) const {
    auto result = plus(other);
    if (!result)
        throw MoneyOverflow();
    return *result;
}

Money Money::operator-(Money other) const {
    auto result = minus(other);
    if (!result)
        throw MoneyOverflow();
    return *result;
}

Money Money::operator*(qint64 factor) const {
    auto result = times(factor);
    if (!result)
        throw MoneyOverflow();
    return *result;
}

QString Money::toPlainString() const {
    // Magnitude via unsigned so the most negative value does not overflow on negation.
    const bool negative = m_cents < 0;
    const quint64 magnitude =
        negative ? 0 - static_cast<quint64>(m_cents) : static_cast<quint64>(m_cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

Result<Money> Money::parsePlain(QStringView text) {
    return centsFromDecimal(text.trimmed(), 0);
}

QString Money::toDisplayString(const QLocale& locale, const QString& symbol) const {
    const bool negative = m_cents < 0;
    const quint64 magnitude =
        negative ? 0 - static_cast<quint64>(m_cents) : static_cast<quint64>(m_cents);
    const QString whole = locale.toString(magnitude / 100);
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    QString amount = whole + locale.decimalPoint() + cents;
    if (!symbol.isEmpty()) {
        // German and most of Europe write the symbol after the amount.
        // The C locale (scripts, tests, CI) has no convention of its own; read it the English way.
        const bool symbolAfter =
            locale.language() != QLocale::C &&
            locale.toCurrencyString(qlonglong(1), QStringLiteral("X")).startsWith(u'1');
        amount = symbolAfter ? amount + QChar(0x00A0) + symbol : symbol + amount;
    }
    return negative ? locale.negativeSign() + amount : amount;
}

QString Money::toAbbreviatedString(const QLocale& locale, const QString& symbol) const {
    // The sign goes in front of the symbol, as in toDisplayString(): "-$1.2M", not "$-1.2M".
    const double magnitude = std::abs(toDouble());
    static constexpr std::array<char16_t, 4> kSuffixes{u'\0', u'k', u'M', u'B'};
    std::size_t unit = 0;
    double scaled = magnitude;
    while (unit + 1 < kSuffixes.size() && scaled >= 1000.0) {
        scaled /= 1000.0;
        ++unit;
    }
    // One decimal below 10 of a unit ("$1.2M"), none above ("$25M"); rounding that reaches the next
    // unit moves up to it, so 999,999 shows as "$1.0M" rather than "$1000k".
    int decimals = unit > 0 && scaled < 10.0 ? 1 : 0;
    if (decimals == 1 && std::round(scaled * 10.0) >= 100.0)
        decimals = 0;
    if (std::round(scaled) >= 1000.0 && unit + 1 < kSuffixes.size()) {
        scaled /= 1000.0;
        ++unit;
        decimals = 1;
    }
    QString text = locale.toString(scaled, 'f', decimals);
    if (unit > 0)
        text += QChar(kSuffixes[unit]);
    // No "-$0" for a few cents of debt.
    const bool negative = m_cents < 0 && std::round(scaled * (decimals == 1 ? 10.0 : 1.0)) > 0.0;
    return negative ? locale.negativeSign() + symbol + text : symbol + text;
}

Result<Money> Money::parseDisplay(QStringView input, const QLocale& locale) {
    QString text = input.trimmed().toString();
    text.remove(u'$');
    text.remove(QChar(0x20AC)); // €
    text.remove(u'£');
    if (!locale.currencySymbol().isEmpty())
        text.remove(locale.currencySymbol());
    if (!displayCurrency().isEmpty())
        text.remove(displayCurrency());
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text.remove(u' ');
    if (text.isEmpty())
        return makeError(Tr::tr("no amount given"), {}, QStringLiteral("money-format"));

    int extraPowerOfTen = 0;
    const QChar suffix = text.back().toLower();
    if (suffix == u'k' || suffix == u'm' || suffix == u'b') {
        extraPowerOfTen = suffix == u'k' ? 3 : suffix == u'm' ? 6 : 9;
        text.chop(1);
    }
    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    if (!group.isEmpty() && group != decimal)
        text.remove(group);
    if (decimal != QStringLiteral("."))
        text.replace(decimal, QStringLiteral("."));
    const QString negative = locale.negativeSign();
    if (negative != QStringLiteral("-") && text.startsWith(negative))
        text.replace(0, negative.size(), QStringLiteral("-"));
    auto result = centsFromDecimal(text, extraPowerOfTen);
    if (!result)
        return makeError(Tr::tr("'%1' is not an amount of money").arg(input.trimmed().toString()),
                         {}, result.error().rule);
    return result;
}

} // namespace mm
