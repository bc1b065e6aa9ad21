// Money: exact cents, checked arithmetic, the plain machine form and the locale-aware forms people
// read and type.
#include "core/Money.h"

#include <QLocale>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using mm::Money;

// Failed comparisons print amounts, not "<no string>".
namespace QTest {
template <>
char* toString(const mm::Money& money) {
    return qstrdup(qPrintable(money.toPlainString()));
}
} // namespace QTest

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);

// German puts the symbol after the amount, separated by a no-break space.
const QString kNbsp = QString(QChar(0x00A0));

} // namespace

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void basics();

    void plainRoundTrip_data();
    void plainRoundTrip();
    void parsePlainAccepts_data();
    void parsePlainAccepts();
    void parsePlainRefuses_data();
    void parsePlainRefuses();

    void checkedArithmetic();
    void checkedArithmeticRefusesOverflow_data();
    void checkedArithmeticRefusesOverflow();
    void operatorsThrowOnOverflow();
    void fromWhole();

    void scaled_data();
    void scaled();
    void scaledRefuses();

    void parseDisplay_data();
    void parseDisplay();
    void parseDisplayRefuses_data();
    void parseDisplayRefuses();

    void toDisplayString_data();
    void toDisplayString();
    void displayRoundTrip_data();
    void displayRoundTrip();
    void toAbbreviatedString_data();
    void toAbbreviatedString();
};

void TestMoney::basics() {
    const Money zero;
    QCOMPARE(zero.cents(), 0);
    QVERIFY(zero.isZero());
    QVERIFY(!zero.isNegative());
    const Money debt = Money::fromCents(-5);
    QVERIFY(debt.isNegative());
    QVERIFY(!debt.isZero());
    QVERIFY(debt < zero);
    QVERIFY(Money::fromCents(100) > Money::fromCents(99));
    QCOMPARE(Money::fromCents(1234), Money::fromCents(1234));
    QCOMPARE(Money::fromCents(123456).toDouble(), 1234.56);

    // Money travels through QVariant (item models, settings).
    const QVariant variant = QVariant::fromValue(Money::fromCents(4200));
    QCOMPARE(variant.value<Money>(), Money::fromCents(4200));
}

void TestMoney::plainRoundTrip_data() {
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("plain");

    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("five cents") << qint64(5) << u"0.05"_s;
    QTest::newRow("minus five cents") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("ten cents") << qint64(10) << u"0.10"_s;
    QTest::newRow("one dollar") << qint64(100) << u"1.00"_s;
    QTest::newRow("1234.56") << qint64(123456) << u"1234.56"_s;
    QTest::newRow("-1234.56") << qint64(-123456) << u"-1234.56"_s;
    QTest::newRow("-1.00") << qint64(-100) << u"-1.00"_s;
    QTest::newRow("ten million") << qint64(1'000'000'000) << u"10000000.00"_s;
    QTest::newRow("qint64 max") << kMax << u"92233720368547758.07"_s;
    QTest::newRow("qint64 max - 1") << kMax - 1 << u"92233720368547758.06"_s;
    QTest::newRow("qint64 min") << kMin << u"-92233720368547758.08"_s;
    QTest::newRow("qint64 min + 1") << kMin + 1 << u"-92233720368547758.07"_s;
}

void TestMoney::plainRoundTrip() {
    QFETCH(qint64, cents);
    QFETCH(QString, plain);

    const Money money = Money::fromCents(cents);
    QCOMPARE(money.toPlainString(), plain);
    const auto parsed = Money::parsePlain(plain);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->cents(), cents);
}

void TestMoney::parsePlainAccepts_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("whole") << u"12"_s << qint64(1200);
    QTest::newRow("one decimal") << u"12.5"_s << qint64(1250);
    QTest::newRow("leading dot") << u".05"_s << qint64(5);
    QTest::newRow("trailing dot") << u"7."_s << qint64(700);
    QTest::newRow("plus sign") << u"+3.10"_s << qint64(310);
    QTest::newRow("minus zero") << u"-0.00"_s << qint64(0);
    QTest::newRow("surrounding spaces") << u"  42.00 "_s << qint64(4200);
    QTest::newRow("leading zeros") << u"0007.01"_s << qint64(701);
}

void TestMoney::parsePlainAccepts() {
    QFETCH(QString, text);
    QFETCH(qint64, cents);

    const auto parsed = Money::parsePlain(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->cents(), cents);
}

void TestMoney::parsePlainRefuses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");

    QTest::newRow("empty") << QString() << u"money-format"_s;
    QTest::newRow("only a sign") << u"-"_s << u"money-format"_s;
    QTest::newRow("only a dot") << u"."_s << u"money-format"_s;
    QTest::newRow("three decimals") << u"1.005"_s << u"money-format"_s;
    QTest::newRow("three decimals, negative") << u"-0.001"_s << u"money-format"_s;
    QTest::newRow("letters") << u"12abc"_s << u"money-format"_s;
    QTest::newRow("two signs") << u"--5"_s << u"money-format"_s;
    QTest::newRow("comma") << u"1,234.56"_s << u"money-format"_s;
    QTest::newRow("currency") << u"$5"_s << u"money-format"_s;
    QTest::newRow("two dots") << u"1.2.3"_s << u"money-format"_s;
    QTest::newRow("inner space") << u"1 000"_s << u"money-format"_s;
    QTest::newRow("just above qint64 max") << u"92233720368547758.08"_s << u"money-overflow"_s;
    QTest::newRow("just below qint64 min") << u"-92233720368547758.09"_s << u"money-overflow"_s;
    QTest::newRow("far too large") << u"99999999999999999999999"_s << u"money-overflow"_s;
}

void TestMoney::parsePlainRefuses() {
    QFETCH(QString, text);
    QFETCH(QString, rule);

    const auto parsed = Money::parsePlain(text);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->toPlainString() : QString()));
    QCOMPARE(parsed.error().rule, rule);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestMoney::checkedArithmetic() {
    const Money a = Money::fromCents(1050);
    const Money b = Money::fromCents(-275);

    QCOMPARE(a.plus(b)->cents(), 775);
    QCOMPARE(a.minus(b)->cents(), 1325);
    QCOMPARE(a.times(3)->cents(), 3150);
    QCOMPARE(b.times(-2)->cents(), 550);
    QCOMPARE(a.times(0)->cents(), 0);

    QCOMPARE((a + b).cents(), 775);
    QCOMPARE((a - b).cents(), 1325);
    QCOMPARE((a * 4).cents(), 4200);
    Money sum = a;
    sum += b;
    QCOMPARE(sum.cents(), 775);
    sum -= a;
    QCOMPARE(sum, b);

    // Right at the edges nothing overflows.
    QCOMPARE(Money::fromCents(kMax - 1).plus(Money::fromCents(1))->cents(), kMax);
    QCOMPARE(Money::fromCents(kMin + 1).minus(Money::fromCents(1))->cents(), kMin);
    QCOMPARE(Money::fromCents(kMax).minus(Money::fromCents(kMax))->cents(), 0);
    QCOMPARE(Money::fromCents(kMax).times(-1)->cents(), -kMax);
}

void TestMoney::checkedArithmeticRefusesOverflow_data() {
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");

    QTest::newRow("max + 1") << u"plus"_s << kMax << qint64(1);
    QTest::newRow("min + -1") << u"plus"_s << kMin << qint64(-1);
    QTest::newRow("max + max") << u"plus"_s << kMax << kMax;
    QTest::newRow("min - 1") << u"minus"_s << kMin << qint64(1);
    QTest::newRow("max - -1") << u"minus"_s << kMax << qint64(-1);
    QTest::newRow("0 - min") << u"minus"_s << qint64(0) << kMin;
    QTest::newRow("max * 2") << u"times"_s << kMax << qint64(2);
    QTest::newRow("min * -1") << u"times"_s << kMin << qint64(-1);
    QTest::newRow("big * big") << u"times"_s << qint64(4'000'000'000) << qint64(4'000'000'000);
}

void TestMoney::checkedArithmeticRefusesOverflow() {
    QFETCH(QString, operation);
    QFETCH(qint64, left);
    QFETCH(qint64, right);

    const Money a = Money::fromCents(left);
    mm::Result<Money> result = Money();
    if (operation == u"plus"_s)
        result = a.plus(Money::fromCents(right));
    else if (operation == u"minus"_s)
        result = a.minus(Money::fromCents(right));
    else
        result = a.times(right);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().rule, u"money-overflow"_s);
    QVERIFY(!result.error().message.isEmpty());
}

void TestMoney::operatorsThrowOnOverflow() {
    const Money max = Money::fromCents(kMax);
    const Money min = Money::fromCents(kMin);
    QVERIFY_THROWS_EXCEPTION(mm::MoneyOverflow, (void)(max + Money::fromCents(1)));
    QVERIFY_THROWS_EXCEPTION(mm::MoneyOverflow, (void)(min - Money::fromCents(1)));
    QVERIFY_THROWS_EXCEPTION(mm::MoneyOverflow, (void)(max * 2));
    Money sum = max;
    QVERIFY_THROWS_EXCEPTION(mm::MoneyOverflow, sum += Money::fromCents(1));
    QCOMPARE(sum, max); // a refused += leaves the value alone
    Money difference = min;
    QVERIFY_THROWS_EXCEPTION(mm::MoneyOverflow, difference -= Money::fromCents(1));
    QCOMPARE(difference, min);
    // MoneyOverflow is a std::overflow_error, so generic handlers catch it too.
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, (void)(max + max));
}

void TestMoney::fromWhole() {
    QCOMPARE(Money::fromWhole(0)->cents(), 0);
    QCOMPARE(Money::fromWhole(12)->cents(), 1200);
    QCOMPARE(Money::fromWhole(-7)->cents(), -700);
    QCOMPARE(Money::fromWhole(kMax / 100)->cents(), kMax / 100 * 100);
    QVERIFY(!Money::fromWhole(kMax / 100 + 1).ok());
    QVERIFY(!Money::fromWhole(kMin / 100 - 1).ok());
    QCOMPARE(Money::fromWhole(kMax).error().rule, u"money-overflow"_s);
}

void TestMoney::scaled_data() {
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("identity") << qint64(1234) << qint64(1) << qint64(1) << qint64(1234);
    QTest::newRow("exact half") << qint64(1000) << qint64(1) << qint64(2) << qint64(500);
    // 25 × 1/2 = 12.5 → 13 (half away from zero), not 12 (half to even).
    QTest::newRow("half rounds up") << qint64(25) << qint64(1) << qint64(2) << qint64(13);
    QTest::newRow("negative half rounds down")
        << qint64(-25) << qint64(1) << qint64(2) << qint64(-13);
    QTest::newRow("negative numerator") << qint64(25) << qint64(-1) << qint64(2) << qint64(-13);
    QTest::newRow("negative denominator") << qint64(25) << qint64(1) << qint64(-2) << qint64(-13);
    QTest::newRow("both negative") << qint64(-25) << qint64(1) << qint64(-2) << qint64(13);
    QTest::newRow("just below half") << qint64(1249) << qint64(1) << qint64(100) << qint64(12);
    QTest::newRow("just above half") << qint64(1251) << qint64(1) << qint64(100) << qint64(13);
    QTest::newRow("negative just below half")
        << qint64(-1249) << qint64(1) << qint64(100) << qint64(-12);
    QTest::newRow("negative just above half")
        << qint64(-1251) << qint64(1) << qint64(100) << qint64(-13);
    QTest::newRow("one third") << qint64(100) << qint64(1) << qint64(3) << qint64(33);
    QTest::newRow("two thirds") << qint64(100) << qint64(2) << qint64(3) << qint64(67);
    QTest::newRow("minus two thirds") << qint64(-100) << qint64(2) << qint64(3) << qint64(-67);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(3) << qint64(0);
    QTest::newRow("percent") << qint64(19999) << qint64(15) << qint64(100) << qint64(3000);
    // The product needs more than 64 bits; the result does not.
    QTest::newRow("wide intermediate")
        << kMax << qint64(1'000'000) << qint64(2'000'000) << kMax / 2 + 1;
    QTest::newRow("wide intermediate, negative")
        << kMin << qint64(1'000'000'007) << qint64(1'000'000'007) << kMin;
    QTest::newRow("max times one") << kMax << kMax << kMax << kMax;
}

void TestMoney::scaled() {
    QFETCH(qint64, cents);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);

    const auto result = Money::fromCents(cents).scaled(numerator, denominator);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->cents(), expected);
}

void TestMoney::scaledRefuses() {
    const auto byZero = Money::fromCents(100).scaled(1, 0);
    QVERIFY(!byZero.ok());
    QCOMPARE(byZero.error().rule, u"money-divide"_s);

    const auto tooLarge = Money::fromCents(kMax).scaled(3, 2);
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.error().rule, u"money-overflow"_s);

    const auto tooSmall = Money::fromCents(kMin).scaled(-1, 1);
    QVERIFY(!tooSmall.ok());
    QCOMPARE(tooSmall.error().rule, u"money-overflow"_s);
}

void TestMoney::parseDisplay_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("en: symbol and group") << kEnglish << u"$1,234.56"_s << qint64(123456);
    QTest::newRow("en: 1.5M") << kEnglish << u"1.5M"_s << qint64(150'000'000);
    QTest::newRow("en: $1.5M") << kEnglish << u"$1.5M"_s << qint64(150'000'000);
    QTest::newRow("en: 850k") << kEnglish << u"850k"_s << qint64(85'000'000);
    QTest::newRow("en: 850K") << kEnglish << u"850K"_s << qint64(85'000'000);
    QTest::newRow("en: 2B") << kEnglish << u"2B"_s << qint64(200'000'000'000);
    QTest::newRow("en: 12") << kEnglish << u"12"_s << qint64(1200);
    QTest::newRow("en: 0.05") << kEnglish << u"0.05"_s << qint64(5);
    QTest::newRow("en: negative") << kEnglish << u"-$1,234.56"_s << qint64(-123456);
    QTest::newRow("en: spaces") << kEnglish << u"  $ 1,000  "_s << qint64(100'000);
    QTest::newRow("en: suffix keeps cents") << kEnglish << u"1.23456k"_s << qint64(123'456);
    QTest::newRow("en: big group") << kEnglish << u"$12,345,678.90"_s << qint64(1'234'567'890);
    QTest::newRow("de: symbol after") << kGerman << u"1.234,56 €"_s << qint64(123456);
    QTest::newRow("de: no-break space")
        << kGerman << (u"1.234,56"_s + kNbsp + u"€"_s) << qint64(123456);
    QTest::newRow("de: no symbol") << kGerman << u"1.234,56"_s << qint64(123456);
    QTest::newRow("de: 1,5M") << kGerman << u"1,5M"_s << qint64(150'000'000);
    QTest::newRow("de: 12") << kGerman << u"12"_s << qint64(1200);
    QTest::newRow("de: negative") << kGerman << u"-1.234,56 €"_s << qint64(-123456);
    QTest::newRow("de: cents") << kGerman << u"0,05 €"_s << qint64(5);
}

void TestMoney::parseDisplay() {
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(qint64, cents);

    const auto parsed = Money::parseDisplay(text, locale);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->cents(), cents);
}

void TestMoney::parseDisplayRefuses_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");

    QTest::newRow("en: empty") << kEnglish << QString();
    QTest::newRow("en: only a symbol") << kEnglish << u"$"_s;
    QTest::newRow("en: only a suffix") << kEnglish << u"k"_s;
    QTest::newRow("en: three decimals") << kEnglish << u"$1,234.567"_s;
    QTest::newRow("en: 0.001") << kEnglish << u"0.001"_s;
    QTest::newRow("en: too precise for k") << kEnglish << u"1.234567k"_s;
    QTest::newRow("en: too precise for M") << kEnglish << u"1.000000001M"_s;
    QTest::newRow("en: words") << kEnglish << u"twelve dollars"_s;
    QTest::newRow("en: unknown suffix") << kEnglish << u"12x"_s;
    QTest::newRow("en: overflow") << kEnglish << u"99999999999B"_s;
    QTest::newRow("de: three decimals") << kGerman << u"1.234,567 €"_s;
}

void TestMoney::parseDisplayRefuses() {
    QFETCH(QLocale, locale);
    QFETCH(QString, text);

    const auto parsed = Money::parseDisplay(text, locale);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->toPlainString() : QString()));
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY(!parsed.error().rule.isEmpty());
}

void TestMoney::toDisplayString_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("display");

    QTest::newRow("en: 1234.56") << kEnglish << qint64(123456) << u"$1,234.56"_s;
    QTest::newRow("en: zero") << kEnglish << qint64(0) << u"$0.00"_s;
    QTest::newRow("en: five cents") << kEnglish << qint64(5) << u"$0.05"_s;
    QTest::newRow("en: negative") << kEnglish << qint64(-123456) << u"-$1,234.56"_s;
    QTest::newRow("en: millions") << kEnglish << qint64(1'234'567'890) << u"$12,345,678.90"_s;
    QTest::newRow("en: qint64 min") << kEnglish << kMin << u"-$92,233,720,368,547,758.08"_s;
    QTest::newRow("de: 1234.56") << kGerman << qint64(123456) << (u"1.234,56"_s + kNbsp + u"$"_s);
    QTest::newRow("de: negative") << kGerman << qint64(-5) << (u"-0,05"_s + kNbsp + u"$"_s);
    QTest::newRow("de: millions") << kGerman << qint64(1'234'567'890)
                                  << (u"12.345.678,90"_s + kNbsp + u"$"_s);
}

void TestMoney::toDisplayString() {
    QFETCH(QLocale, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, display);

    QCOMPARE(Money::fromCents(cents).toDisplayString(locale), display);
}

void TestMoney::displayRoundTrip_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("symbol");

    QTest::newRow("en, $") << kEnglish << u"$"_s;
    QTest::newRow("de, €") << kGerman << u"€"_s;
    QTest::newRow("de, $") << kGerman << u"$"_s;
    QTest::newRow("en, no symbol") << kEnglish << QString();
}

void TestMoney::displayRoundTrip() {
    QFETCH(QLocale, locale);
    QFETCH(QString, symbol);

    // Whatever we show a person must read back as the same amount.
    const QList<qint64> amounts{
        0, 5, -5, 99, 100, 123456, -123456, 100'000'000, 1'234'567'890'12, kMax, kMin + 1};
    for (qint64 cents : amounts) {
        const QString shown = Money::fromCents(cents).toDisplayString(locale, symbol);
        const auto parsed = Money::parseDisplay(shown, locale);
        QVERIFY2(parsed.ok(), qPrintable(shown));
        QCOMPARE(parsed->cents(), cents);
    }
}

void TestMoney::toAbbreviatedString_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");

    QTest::newRow("en: zero") << kEnglish << qint64(0) << u"$0"_s;
    QTest::newRow("en: 12") << kEnglish << qint64(1200) << u"$12"_s;
    QTest::newRow("en: 999") << kEnglish << qint64(99'900) << u"$999"_s;
    QTest::newRow("en: 1.5k") << kEnglish << qint64(150'000) << u"$1.5k"_s;
    QTest::newRow("en: 850k") << kEnglish << qint64(85'000'000) << u"$850k"_s;
    QTest::newRow("en: 1.2M") << kEnglish << qint64(120'000'000) << u"$1.2M"_s;
    QTest::newRow("en: 1.25M") << kEnglish << qint64(125'000'001) << u"$1.3M"_s;
    QTest::newRow("en: 25M") << kEnglish << qint64(2'500'000'000) << u"$25M"_s;
    QTest::newRow("en: 3.4B") << kEnglish << qint64(340'000'000'000) << u"$3.4B"_s;
    QTest::newRow("en: 120B") << kEnglish << qint64(12'000'000'000'000) << u"$120B"_s;
    QTest::newRow("en: negative") << kEnglish << qint64(-120'000'000) << u"-$1.2M"_s;
    QTest::newRow("en: negative small") << kEnglish << qint64(-1200) << u"-$12"_s;
    QTest::newRow("en: a few cents of debt") << kEnglish << qint64(-40) << u"$0"_s;
    // Rounding never shows a unit's worth of the unit below ("$1000k").
    QTest::newRow("en: 999,999") << kEnglish << qint64(99'999'900) << u"$1.0M"_s;
    QTest::newRow("en: 999.99") << kEnglish << qint64(99'999) << u"$1.0k"_s;
    QTest::newRow("en: 9,999") << kEnglish << qint64(999'900) << u"$10k"_s;
    QTest::newRow("de: 1,2M") << kGerman << qint64(120'000'000) << u"$1,2M"_s;
    QTest::newRow("de: 850k") << kGerman << qint64(85'000'000) << u"$850k"_s;
}

void TestMoney::toAbbreviatedString() {
    QFETCH(QLocale, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, text);

    QCOMPARE(Money::fromCents(cents).toAbbreviatedString(locale), text);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
