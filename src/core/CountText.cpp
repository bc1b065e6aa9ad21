#include "core/CountText.h"

#include <QCoreApplication>
#include <array>
#include <limits>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::CountText)
};

struct Suffix {
    char16_t letter;
    int powerOfTen;
};

// Largest first: formatCount tries them in this order.
constexpr std::array<Suffix, 4> kSuffixes{{{u'T', 12}, {u'B', 9}, {u'M', 6}, {u'k', 3}}};
constexpr int kMaxDecimalsShown = 3;
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

Error notACount(QStringView text) {
    return makeError(Tr::tr("'%1' is not a whole number (examples: 13B, 1.4T, 350,000,000)")
                         .arg(text.trimmed().toString()),
                     {}, QString(kRuleCountFormat));
}

Error tooLarge(QStringView text) {
    return makeError(Tr::tr("'%1' is too large").arg(text.trimmed().toString()), {},
                     QString(kRuleCountRange));
}

int suffixPower(QChar letter) {
    switch (letter.toLower().unicode()) {
    case u'k':
        return 3;
    case u'm':
        return 6;
    case u'b':
    case u'g':
        return 9;
    case u't':
        return 12;
    default:
        return -1;
    }
}

} // namespace

Result<qint64> parseCount(QStringView input, const QLocale& locale) {
    QString text = input.trimmed().toString();
    text.remove(u' ');
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    if (text.isEmpty())
        return makeError(Tr::tr("no number given"), {}, QString(kRuleCountFormat));

    int power = 0;
    if (const int suffix = suffixPower(text.back()); suffix >= 0) {
        power = suffix;
        text.chop(1);
    } else if (const qsizetype e = text.indexOf(u'e', 0, Qt::CaseInsensitive); e > 0) {
        bool ok = false;
        const int exponent = text.mid(e + 1).toInt(&ok);
        if (!ok || exponent < 0 || exponent > 18)
            return notACount(input);
        power = exponent;
        text.truncate(e);
    }
    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    if (!group.isEmpty() && group != decimal)
        text.remove(group);
    if (decimal != QStringLiteral("."))
        text.replace(decimal, QStringLiteral("."));

    const qsizetype point = text.indexOf(u'.');
    const QString whole = point < 0 ? text : text.left(point);
    QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return notACount(input);
    for (const QString& part : {whole, fraction}) {
        for (QChar c : part) {
            if (!c.isDigit() || c.unicode() > u'9')
                return notACount(input);
        }
    }
    // Trailing zeros after the point change nothing; any other digit beyond the power is a
    // fraction of one, which a count cannot have.
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > power)
        return makeError(Tr::tr("'%1' is not a whole number").arg(input.trimmed().toString()), {},
                         QString(kRuleCountFormat));

    qint64 value = 0;
    const QString digits = whole + fraction + QString(power - fraction.size(), u'0');
    for (QChar c : digits) {
        const int digit = c.unicode() - u'0';
        if (value > (kMax - digit) / 10)
            return tooLarge(input);
        value = value * 10 + digit;
    }
    return value;
}

QString formatCount(qint64 count, const QLocale& locale) {
    // The suffix of the count's magnitude ("1,234M" is never written), used only when at most
    // three decimals say the count exactly.
    for (const Suffix& suffix : kSuffixes) {
        qint64 unit = 1;
        for (int i = 0; i < suffix.powerOfTen; ++i)
            unit *= 10;
        if (count < unit)
            continue;
        qint64 step = unit;
        for (int i = 0; i < kMaxDecimalsShown; ++i)
            step /= 10;
        if (count % step != 0)
            break;
        const qint64 wholeUnits = count / unit;
        qint64 remainder = (count % unit) / step;
        int decimals = kMaxDecimalsShown;
        while (decimals > 0 && remainder % 10 == 0) {
            remainder /= 10;
            --decimals;
        }
        QString text = locale.toString(wholeUnits);
        if (decimals > 0)
            text += locale.decimalPoint() +
                    QStringLiteral("%1").arg(remainder, decimals, 10, QLatin1Char('0'));
        return text + QChar(suffix.letter);
    }
    return locale.toString(count);
}

} // namespace mm
