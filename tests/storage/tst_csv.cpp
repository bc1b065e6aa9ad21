#include "data/Csv.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace mm;

namespace {

using Table = QList<QStringList>;

Table fieldsOf(const QList<csv::Record>& records) {
    Table table;
    for (const csv::Record& record : records)
        table.append(record.fields);
    return table;
}

QList<int> linesOf(const QList<csv::Record>& records) {
    QList<int> lines;
    for (const csv::Record& record : records)
        lines.append(record.line);
    return lines;
}

QString describe(const Table& table) {
    QStringList rows;
    for (const QStringList& row : table) {
        QStringList cells;
        for (const QString& cell : row) {
            QString shown = cell;
            shown.replace(u'\r', QStringLiteral("\\r"))
                .replace(u'\n', QStringLiteral("\\n"))
                .replace(u'\t', QStringLiteral("\\t"));
            cells.append(u'[' + shown + u']');
        }
        rows.append(cells.join(u' '));
    }
    return rows.join(QStringLiteral(" | "));
}

// QVERIFY2 builds its message even when the check passes.
template <typename T>
QString errorText(const Result<T>& result) {
    return result.ok() ? QString() : result.error().toString();
}

// Counted the way the parser counts physical lines: LF, CRLF and a lone CR each end one.
int lineBreaks(const QString& text) {
    int breaks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' ||
            (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++breaks;
    }
    return breaks;
}

// Pieces chosen to hit every quoting and formula rule, plus multi-byte text and a surrogate
// pair that must never be split.
const QStringList& randomPieces() {
    static const QStringList pieces = {
        QStringLiteral("a"),      QStringLiteral("Zeta"), QStringLiteral("42"),
        QStringLiteral(" "),      QStringLiteral("\""),   QStringLiteral(","),
        QStringLiteral("\r"),     QStringLiteral("\n"),   QStringLiteral("\r\n"),
        QStringLiteral("\t"),     QStringLiteral("="),    QStringLiteral("+"),
        QStringLiteral("-"),      QStringLiteral("@"),    QStringLiteral("'"),
        QStringLiteral("''"),     QStringLiteral(";"),    QStringLiteral("ä"),
        QStringLiteral("日本"),   QStringLiteral("😀"),    QString(QChar(0xFEFF)),
        QStringLiteral("\"\"\""),
    };
    return pieces;
}

QString randomField(QRandomGenerator& random) {
    const QStringList& pieces = randomPieces();
    const int length = random.bounded(0, 9);
    QString field;
    for (int i = 0; i < length; ++i)
        field += pieces[random.bounded(static_cast<int>(pieces.size()))];
    return field;
}

// csv::StreamReader over `input` read `sliceBytes` at a time, its slices joined: it must give
// what csv::parse gives over all of it, wherever the slices end.
Result<QList<csv::Record>> streamed(const QByteArray& input, QChar delimiter, qsizetype sliceBytes,
                                    const csv::Limits& limits = {}) {
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    csv::StreamReader reader(&buffer, delimiter, limits, sliceBytes);
    QList<csv::Record> records;
    while (!reader.atEnd()) {
        auto slice = reader.next();
        if (!slice)
            return slice.error();
        records += *slice;
    }
    return records;
}

// Slice sizes that end slices inside quotes, between CR and LF and inside UTF-8 sequences.
const QList<qsizetype> kSliceSizes{1, 2, 3, 5, 7, 64};

// Fails writing like a full disk does.
class FailingDevice : public QIODevice {
public:
    FailingDevice() {
        open(QIODevice::WriteOnly);
        setErrorString(QStringLiteral("No space left on device"));
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64) override { return -1; }
};

} // namespace

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void inputLimit();
    void fieldLimit();
    void columnLimit();
    void recordLimit();
    void hostileInputStaysBounded();
    void formatField_data();
    void formatField();
    void formatRow();
    void write();
    void writer();
    void writerReportsFailure();
    void writerReportsFullDisk();
    void roundTripRandom();
    void neutralize_data();
    void neutralize();
    void neutralizeRoundTripRandom();
    void headerMapping();
    void largeInputLineNumbers();
};

void TestCsv::parse_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Table>("expected");
    QTest::addColumn<QList<int>>("lines");

    const QChar comma = u',';
    const QChar tab = u'\t';
    const auto s = [](const char* utf8) { return QString::fromUtf8(utf8); };

    QTest::newRow("simple LF") << QByteArray("a,b,c\n1,2,3\n") << comma
                               << Table{{s("a"), s("b"), s("c")}, {s("1"), s("2"), s("3")}}
                               << QList<int>{1, 2};
    QTest::newRow("no trailing newline")
        << QByteArray("a,b\n1,2") << comma << Table{{s("a"), s("b")}, {s("1"), s("2")}}
        << QList<int>{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << comma
                          << Table{{s("a"), s("b")}, {s("1"), s("2")}} << QList<int>{1, 2};
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << comma
                             << Table{{s("a"), s("b")}, {s("1"), s("2")}} << QList<int>{1, 2};
    QTest::newRow("mixed endings")
        << QByteArray("a\r\nb\nc\rd") << comma << Table{{s("a")}, {s("b")}, {s("c")}, {s("d")}}
        << QList<int>{1, 2, 3, 4};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << comma << Table{{s("a,b"), s("c")}}
                                  << QList<int>{1};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << comma
                                    << Table{{s("say \"hi\""), s("x")}} << QList<int>{1};
    QTest::newRow("field of one quote")
        << QByteArray("\"\"\"\"") << comma << Table{{s("\"")}} << QList<int>{1};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("5\" disk,b\"c\"\n") << comma << Table{{s("5\" disk"), s("b\"c\"")}}
        << QList<int>{1};
    QTest::newRow("embedded LF") << QByteArray("\"line1\nline2\",b\nnext,row\n") << comma
                                 << Table{{s("line1\nline2"), s("b")}, {s("next"), s("row")}}
                                 << QList<int>{1, 3};
    QTest::newRow("embedded CRLF")
        << QByteArray("\"a\r\nb\",c\r\nd,e\r\n") << comma
        << Table{{s("a\r\nb"), s("c")}, {s("d"), s("e")}} << QList<int>{1, 3};
    QTest::newRow("embedded lone CR") << QByteArray("\"a\rb\",c\nd") << comma
                                      << Table{{s("a\rb"), s("c")}, {s("d")}} << QList<int>{1, 3};
    QTest::newRow("lines after multi-line fields")
        << QByteArray("h1,h2\n\"x\n\ny\",1\n\"p\r\nq\r\nr\",2\nlast,3") << comma
        << Table{{s("h1"), s("h2")},
                 {s("x\n\ny"), s("1")},
                 {s("p\r\nq\r\nr"), s("2")},
                 {s("last"), s("3")}}
        << QList<int>{1, 2, 5, 8};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFname,qty\n\xC3\xA4,1\n") << comma
                         << Table{{s("name"), s("qty")}, {s("ä"), s("1")}} << QList<int>{1, 2};
    QTest::newRow("BOM then quote")
        << QByteArray("\xEF\xBB\xBF\"a,b\"") << comma << Table{{s("a,b")}} << QList<int>{1};
    QTest::newRow("non-ASCII") << QByteArray("ä,日本,😀\n\"Ölmühle, 東京\",🚀x\n") << comma
                               << Table{{s("ä"), s("日本"), s("😀")}, {s("Ölmühle, 東京"), s("🚀x")}}
                               << QList<int>{1, 2};
    QTest::newRow("empty fields") << QByteArray(",,\na,,b\n\"\",x\n") << comma
                                  << Table{{s(""), s(""), s("")},
                                           {s("a"), s(""), s("b")},
                                           {s(""), s("x")}}
                                  << QList<int>{1, 2, 3};
    QTest::newRow("trailing delimiter")
        << QByteArray("a,\nb,") << comma << Table{{s("a"), s("")}, {s("b"), s("")}}
        << QList<int>{1, 2};
    QTest::newRow("blank lines in the middle")
        << QByteArray("a\n\n\nb\r\n\r\nc\n") << comma << Table{{s("a")}, {s("b")}, {s("c")}}
        << QList<int>{1, 4, 6};
    QTest::newRow("trailing blank lines")
        << QByteArray("a\n\n\r\n") << comma << Table{{s("a")}} << QList<int>{1};
    QTest::newRow("quoted empty row is a record")
        << QByteArray("\"\"\nx\n") << comma << Table{{s("")}, {s("x")}} << QList<int>{1, 2};
    QTest::newRow("empty input") << QByteArray() << comma << Table{} << QList<int>{};
    QTest::newRow("only a newline") << QByteArray("\r\n") << comma << Table{} << QList<int>{};
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << comma << Table{} << QList<int>{};
    QTest::newRow("spaces are data")
        << QByteArray(" a , b \n") << comma << Table{{s(" a "), s(" b ")}} << QList<int>{1};
    QTest::newRow("TSV from LibreOffice")
        << QByteArray("Name\tNotes\tPrice\nOrca-7B\t\"has\ta tab and\na newline\"\t1,5\n"
                      "Kite\t\"say \"\"hi\"\"\"\t\n")
        << tab
        << Table{{s("Name"), s("Notes"), s("Price")},
                 {s("Orca-7B"), s("has\ta tab and\na newline"), s("1,5")},
                 {s("Kite"), s("say \"hi\""), s("")}}
        << QList<int>{1, 2, 4};
    QTest::newRow("TSV CRLF from Excel")
        << QByteArray("a\tb\r\nc\td\r\n") << tab << Table{{s("a"), s("b")}, {s("c"), s("d")}}
        << QList<int>{1, 2};
    QTest::newRow("semicolon") << QByteArray("a;\"b;c\";d,e\n") << QChar(u';')
                               << Table{{s("a"), s("b;c"), s("d,e")}} << QList<int>{1};
    QTest::newRow("non-ASCII delimiter")
        << QByteArray("a§b\n\"x§y\"§ä\n") << QChar(u'§')
        << Table{{s("a"), s("b")}, {s("x§y"), s("ä")}} << QList<int>{1, 2};
}

void TestCsv::parse() {
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(Table, expected);
    QFETCH(QList<int>, lines);

    const auto parsed = csv::parse(input, delimiter);
    QVERIFY2(parsed.ok(), qPrintable(errorText(parsed)));
    QCOMPARE(describe(fieldsOf(*parsed)), describe(expected));
    QCOMPARE(fieldsOf(*parsed), expected);
    QCOMPARE(linesOf(*parsed), lines);

    // Clipboard text goes through the UTF-16 path and must read the same.
    const QString text = QString::fromUtf8(input);
    const auto fromText = csv::parseText(text, delimiter);
    QVERIFY2(fromText.ok(), qPrintable(errorText(fromText)));
    QCOMPARE(fieldsOf(*fromText), expected);
    QCOMPARE(linesOf(*fromText), lines);

    if (delimiter.unicode() >= 0x80)
        return; // the stream reader takes ASCII delimiters only
    for (const qsizetype slice : kSliceSizes) {
        const auto fromStream = streamed(input, delimiter, slice);
        QVERIFY2(fromStream.ok(), qPrintable(errorText(fromStream)));
        QCOMPARE(fieldsOf(*fromStream), expected);
        QCOMPARE(linesOf(*fromStream), lines);
    }
}

void TestCsv::parseErrors_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("where");

    const QChar comma = u',';
    const QString unterminated = QString(csv::kRuleUnterminatedQuote);
    const QString afterQuote = QString(csv::kRuleTextAfterQuote);
    const QString utf8 = QString(csv::kRuleInvalidUtf8);

    QTest::newRow("unterminated quote") << QByteArray("a,b\nc,\"open\nmore\n") << comma
                                        << unterminated << QStringLiteral("line 2, column 2");
    QTest::newRow("unterminated after multi-line record")
        << QByteArray("\"x\ny\",1\nz,\"never") << comma << unterminated
        << QStringLiteral("line 3, column 2");
    QTest::newRow("lone quote") << QByteArray("\"") << comma << unterminated
                                << QStringLiteral("line 1, column 1");
    QTest::newRow("text after closing quote")
        << QByteArray("a\n\"b\"c,d\n") << comma << afterQuote << QStringLiteral("line 2, column 1");
    QTest::newRow("text after multi-line quote")
        << QByteArray("k,\"multi\nline\"x") << comma << afterQuote
        << QStringLiteral("line 2, column 2");
    QTest::newRow("space after closing quote")
        << QByteArray("\"a\" ,b") << comma << afterQuote << QStringLiteral("line 1, column 1");
    QTest::newRow("Latin-1 byte") << QByteArray("ok\nbad,caf\xE9\n") << comma << utf8
                                  << QStringLiteral("line 2, column 2");
    QTest::newRow("lone continuation byte")
        << QByteArray("\x80") << comma << utf8 << QStringLiteral("line 1, column 1");
    QTest::newRow("overlong slash")
        << QByteArray("a,\xC0\xAF") << comma << utf8 << QStringLiteral("line 1, column 2");
    QTest::newRow("overlong three bytes")
        << QByteArray("\xE0\x80\xAF") << comma << utf8 << QStringLiteral("line 1, column 1");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << comma << utf8
                               << QStringLiteral("line 1, column 1");
    QTest::newRow("past U+10FFFF")
        << QByteArray("\xF4\x90\x80\x80") << comma << utf8 << QStringLiteral("line 1, column 1");
    QTest::newRow("truncated at end")
        << QByteArray("a\nb,\xE6\x97") << comma << utf8 << QStringLiteral("line 2, column 2");
    QTest::newRow("truncated before delimiter")
        << QByteArray("\xE6\x97,b") << comma << utf8 << QStringLiteral("line 1, column 1");
    QTest::newRow("invalid inside multi-line quote")
        << QByteArray("h\n\"a\r\nb\xFF\",c") << comma << utf8 << QStringLiteral("line 3, column 1");
    QTest::newRow("invalid with non-ASCII delimiter")
        << QByteArray("a§b\nc\xFF") << QChar(u'§') << utf8 << QStringLiteral("line 2");
    QTest::newRow("quote as delimiter")
        << QByteArray("a") << QChar(u'"') << QString(csv::kRuleBadDelimiter) << QString();
    QTest::newRow("LF as delimiter")
        << QByteArray("a") << QChar(u'\n') << QString(csv::kRuleBadDelimiter) << QString();
}

void TestCsv::parseErrors() {
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(QString, rule);
    QFETCH(QString, where);

    const auto parsed = csv::parse(input, delimiter);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().rule, rule);
    QCOMPARE(parsed.error().where, where);
    QVERIFY(!parsed.error().message.isEmpty());
    if (!where.isEmpty())
        QVERIFY(parsed.error().toString().startsWith(where + QStringLiteral(": ")));

    if (delimiter.unicode() < 0x80) {
        for (const qsizetype slice : kSliceSizes) {
            const auto fromStream = streamed(input, delimiter, slice);
            QVERIFY(!fromStream.ok());
            QCOMPARE(fromStream.error().rule, rule);
            QCOMPARE(fromStream.error().where, where);
        }
    }

    if (rule != QString(csv::kRuleInvalidUtf8)) {
        const auto fromText = csv::parseText(QString::fromUtf8(input), delimiter);
        QVERIFY(!fromText.ok());
        QCOMPARE(fromText.error().rule, rule);
        QCOMPARE(fromText.error().where, where);
    }
}

void TestCsv::inputLimit() {
    csv::Limits limits;
    limits.maxInputBytes = 5;
    QVERIFY(csv::parse("abcde", u',', limits).ok());
    const auto tooBig = csv::parse("abcdef", u',', limits);
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().rule, QString(csv::kRuleInputTooLarge));
    QVERIFY2(tooBig.error().message.contains(u'5'), qPrintable(tooBig.error().message));
    QVERIFY(!csv::parseText(u"abcdef", u',', limits).ok());

    // The stream reader counts every slice towards the limit.
    QVERIFY(streamed("abcde", u',', 2, limits).ok());
    const auto streamedTooBig = streamed("abcdef", u',', 2, limits);
    QVERIFY(!streamedTooBig.ok());
    QCOMPARE(streamedTooBig.error().rule, QString(csv::kRuleInputTooLarge));
}

void TestCsv::fieldLimit() {
    csv::Limits limits;
    limits.maxFieldChars = 10;

    const auto exact = csv::parse("0123456789,x", u',', limits);
    QVERIFY(exact.ok());
    QCOMPARE(exact->front().fields.front().size(), 10);

    const auto over = csv::parse("x\n0123456789A", u',', limits);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().rule, QString(csv::kRuleFieldTooLong));
    QCOMPARE(over.error().where, QStringLiteral("line 2, column 1"));
    QVERIFY(over.error().message.contains(QStringLiteral("10")));

    const auto quoted = csv::parse("a,\"0123\n456789A\"", u',', limits);
    QVERIFY(!quoted.ok());
    QCOMPARE(quoted.error().where, QStringLiteral("line 1, column 2"));

    // Counted in characters, not bytes: ten three-byte characters fit.
    const QString tenWide = QString(10, QChar(0x65E5));
    QVERIFY(csv::parse(tenWide.toUtf8(), u',', limits).ok());
    QVERIFY(!csv::parse((tenWide + QChar(0x65E5)).toUtf8(), u',', limits).ok());
    // Ten quotes take 22 bytes on disk yet decode to ten characters.
    QVERIFY(csv::parse(QByteArray(1, '"') + QByteArray(20, '"') + QByteArray(1, '"'), u',', limits)
                .ok());

    // Refused from the raw length, before anything is decoded.
    const auto huge = csv::parse(QByteArray(1'000'000, 'x'), u',', limits);
    QVERIFY(!huge.ok());
    QCOMPARE(huge.error().rule, QString(csv::kRuleFieldTooLong));

    QVERIFY(!csv::parseText(u"0123456789A", u',', limits).ok());
    QVERIFY(csv::parseText(u"0123456789", u',', limits).ok());
}

void TestCsv::columnLimit() {
    csv::Limits limits;
    limits.maxColumns = 3;
    QVERIFY(csv::parse("a,b,c\nd,e,f", u',', limits).ok());

    const auto wide = csv::parse("a,b,c\nd,e,f,g\n", u',', limits);
    QVERIFY(!wide.ok());
    QCOMPARE(wide.error().rule, QString(csv::kRuleTooManyColumns));
    QCOMPARE(wide.error().where, QStringLiteral("line 2, column 4"));
    QVERIFY(wide.error().message.contains(u'3'));

    // A trailing delimiter opens a fourth, empty column.
    QVERIFY(!csv::parse("a,b,c,", u',', limits).ok());

    const auto defaults = csv::parse(QByteArray(5000, ','));
    QVERIFY(!defaults.ok());
    QCOMPARE(defaults.error().where, QStringLiteral("line 1, column 4097"));
}

void TestCsv::recordLimit() {
    csv::Limits limits;
    limits.maxRecords = 2;
    QVERIFY(csv::parse("a\nb\n\n", u',', limits).ok());
    const auto many = csv::parse("a\nb\n\nc", u',', limits);
    QVERIFY(!many.ok());
    QCOMPARE(many.error().rule, QString(csv::kRuleTooManyRecords));
    QCOMPARE(many.error().where, QStringLiteral("line 4"));

    for (const qsizetype slice : kSliceSizes) {
        QVERIFY(streamed("a\nb\n\n", u',', slice, limits).ok());
        const auto streamedMany = streamed("a\nb\n\nc", u',', slice, limits);
        QVERIFY(!streamedMany.ok());
        QCOMPARE(streamedMany.error().rule, QString(csv::kRuleTooManyRecords));
        QCOMPARE(streamedMany.error().where, QStringLiteral("line 4"));
    }
}

void TestCsv::hostileInputStaysBounded() {
    // Shapes a fuzzer finds quickly; each must end in a result or an error, never a crash.
    const QList<QByteArray> inputs = {
        QByteArray(100'000, '"'),
        QByteArray(100'000, '\r'),
        QByteArray(100'000, '\n'),
        QByteArray("\"") + QByteArray(100'000, 'a'),
        QByteArray(50'000, '\xFF'),
        QByteArray("\xEF\xBB"),
        QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"),
        QByteArray("a,\"b\"\"\"\"").repeated(10'000),
        QByteArray("\0,\0\n", 4).repeated(1000),
    };
    for (const QByteArray& input : inputs) {
        const auto parsed = csv::parse(input);
        if (parsed.ok()) {
            for (const csv::Record& record : *parsed)
                QVERIFY(record.line >= 1);
        } else {
            QVERIFY(!parsed.error().message.isEmpty());
        }
    }
    // A double BOM keeps the second one as data, which is what the file says.
    const auto doubleBom = csv::parse("\xEF\xBB\xBF\xEF\xBB\xBFx");
    QVERIFY(doubleBom.ok());
    QCOMPARE(doubleBom->front().fields.front(), QString(QChar(0xFEFF)) + u'x');
    const auto doubleBomSection = csv::parse("\xEF\xBB\xBF\xEF\xBB\xBFx\xC2\xA7y", u'\u00A7');
    QVERIFY(doubleBomSection.ok());
    QCOMPARE(doubleBomSection->front().fields.front(), QString(QChar(0xFEFF)) + u'x');
    // Decoded text has had its BOM taken by the decoder; one left over is data.
    const auto textBom = csv::parseText(QString(QChar(0xFEFF)) + QStringLiteral("x,y"));
    QVERIFY(textBom.ok());
    QCOMPARE(textBom->front().fields.front(), QString(QChar(0xFEFF)) + u'x');
    // NUL bytes are data too.
    const auto nuls = csv::parse(QByteArray("\0,\0\n", 4));
    QVERIFY(nuls.ok());
    QCOMPARE(nuls->front().fields, (QStringList{QString(QChar(0)), QString(QChar(0))}));
}

void TestCsv::formatField_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("expected");

    const QChar comma = u',';
    const QChar tab = u'\t';
    QTest::newRow("plain") << QStringLiteral("abc") << comma << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << comma << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << comma << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("5\" disk") << comma
                           << QStringLiteral("\"5\"\" disk\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << comma << QStringLiteral("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << comma << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << comma << QStringLiteral("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << comma << QStringLiteral("\"a \"");
    QTest::newRow("inner space") << QStringLiteral("a b") << comma << QStringLiteral("a b");
    QTest::newRow("leading tab in CSV")
        << QStringLiteral("\ta") << comma << QStringLiteral("\"\ta\"");
    QTest::newRow("inner tab in CSV") << QStringLiteral("a\tb") << comma << QStringLiteral("a\tb");
    QTest::newRow("tab in TSV") << QStringLiteral("a\tb") << tab << QStringLiteral("\"a\tb\"");
    QTest::newRow("comma in TSV") << QStringLiteral("a,b") << tab << QStringLiteral("a,b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QChar(u';') << QStringLiteral("\"a;b\"");
    QTest::newRow("formula kept as is")
        << QStringLiteral("=1+2") << comma << QStringLiteral("=1+2");
    QTest::newRow("non-ASCII") << QStringLiteral("ä日本😀") << comma << QStringLiteral("ä日本😀");
    QTest::newRow("leading BOM") << QString(QChar(0xFEFF)) + u'x' << comma
                                 << u'"' + QString(QChar(0xFEFF)) + QStringLiteral("x\"");
}

void TestCsv::formatField() {
    QFETCH(QString, field);
    QFETCH(QChar, delimiter);
    QFETCH(QString, expected);
    QCOMPARE(csv::formatField(field, delimiter), expected);
}

void TestCsv::formatRow() {
    QCOMPARE(csv::formatRow({QStringLiteral("a"), QStringLiteral("b,c"), QString()}),
             QStringLiteral("a,\"b,c\","));
    QCOMPARE(csv::formatRow({QString()}), QStringLiteral("\"\""));
    QCOMPARE(csv::formatRow({}), QString());
    QCOMPARE(csv::formatRow({QString(), QString()}), QStringLiteral(","));
    QCOMPARE(csv::formatRow({QStringLiteral("a b"), QStringLiteral("c\td")}, u'\t'),
             QStringLiteral("a b\t\"c\td\""));
}

void TestCsv::write() {
    const QStringList header = {QStringLiteral("name"), QStringLiteral("notes")};
    const Table rows = {{QStringLiteral("Ölmühle"), QStringLiteral("a,b")},
                        {QStringLiteral("x"), QStringLiteral("two\nlines")}};

    const QByteArray csvBytes = csv::write(header, rows);
    QCOMPARE(csvBytes, QByteArray("name,notes\r\n\xC3\x96lm\xC3\xBChle,\"a,b\"\r\n"
                                  "x,\"two\nlines\"\r\n"));
    QVERIFY(!csvBytes.startsWith("\xEF\xBB\xBF"));

    QCOMPARE(csv::write(header, rows, u'\t'),
             QByteArray("name\tnotes\n\xC3\x96lm\xC3\xBChle\ta,b\nx\t\"two\nlines\"\n"));
    QCOMPARE(csv::write({}, {{QStringLiteral("only")}}), QByteArray("only\r\n"));
    QCOMPARE(csv::write({}, {}), QByteArray());

    const auto back = csv::parse(csvBytes);
    QVERIFY(back.ok());
    QCOMPARE(fieldsOf(*back), Table{header} + rows);
    QCOMPARE(linesOf(*back), (QList<int>{1, 2, 3}));
}

void TestCsv::writer() {
    const QStringList header = {QStringLiteral("name"), QStringLiteral("price")};
    const Table rows = {{QStringLiteral("a\"b"), QStringLiteral("1")},
                        {QString(), QStringLiteral("2")},
                        {QStringLiteral("日本"), QString()}};
    for (const QChar delimiter : {QChar(u','), QChar(u'\t')}) {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        csv::Writer writer(&buffer, delimiter);
        QVERIFY(writer.writeRow(header).ok());
        for (const QStringList& row : rows)
            QVERIFY(writer.writeRow(row).ok());
        QVERIFY(writer.finish().ok());
        QCOMPARE(writer.rowsWritten(), 4);
        QCOMPARE(buffer.data(), csv::write(header, rows, delimiter));
    }
}

void TestCsv::writerReportsFailure() {
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    csv::Writer closed(&readOnly);
    const Status first = closed.writeRow({QStringLiteral("a")});
    QVERIFY(!first.ok());
    QCOMPARE(first.error().rule, QString(csv::kRuleWriteFailed));
    QCOMPARE(first.error().where, QStringLiteral("row 1"));

    FailingDevice device;
    csv::Writer writer(&device);
    const Status failed = writer.writeRow({QStringLiteral("a")});
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("No space left on device")),
             qPrintable(failed.error().message));
    // The first failure sticks, so checking only finish() is enough.
    QCOMPARE(writer.writeRow({QStringLiteral("b")}).error().message, failed.error().message);
    QCOMPARE(writer.finish().error().message, failed.error().message);
    QCOMPARE(writer.rowsWritten(), 0);

    csv::Writer badDelimiter(nullptr, u'"');
    QCOMPARE(badDelimiter.writeRow({QStringLiteral("a")}).error().rule,
             QString(csv::kRuleBadDelimiter));
}

void TestCsv::writerReportsFullDisk() {
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("no /dev/full here");
    csv::Writer writer(&full);
    Status status = Ok{};
    // QFile buffers; the failure shows at the latest in finish().
    for (int i = 0; i < 10 && status.ok(); ++i)
        status = writer.writeRow({QStringLiteral("row"), QString::number(i)});
    if (status.ok())
        status = writer.finish();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().rule, QString(csv::kRuleWriteFailed));
}

void TestCsv::roundTripRandom() {
    QRandomGenerator random(20240611);
    for (int round = 0; round < 2000; ++round) {
        const QChar delimiter = round % 4 == 3 ? QChar(u'\t') : QChar(u',');
        const int rowCount = random.bounded(1, 5);
        Table table;
        for (int r = 0; r < rowCount; ++r) {
            QStringList row;
            const int columns = random.bounded(1, 6);
            for (int c = 0; c < columns; ++c)
                row.append(randomField(random));
            table.append(row);
        }

        Table exported;
        for (const QStringList& row : table) {
            QStringList safe;
            for (const QString& field : row)
                safe.append(csv::neutralizeFormula(field));
            exported.append(safe);
        }
        const QByteArray bytes = csv::write({}, exported, delimiter);

        QList<int> expectedLines;
        int line = 1;
        for (const QStringList& row : exported) {
            expectedLines.append(line);
            line += lineBreaks(csv::formatRow(row, delimiter)) + 1;
        }

        for (const bool asText : {false, true}) {
            const auto parsed = asText ? csv::parseText(QString::fromUtf8(bytes), delimiter)
                                       : csv::parse(bytes, delimiter);
            QVERIFY2(parsed.ok(),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(errorText(parsed))));
            Table restored;
            for (const csv::Record& record : *parsed) {
                QStringList row;
                for (const QString& field : record.fields)
                    row.append(csv::restoreFormula(field));
                restored.append(row);
            }
            if (restored != table) {
                QFAIL(qPrintable(QStringLiteral("round %1\n wrote %2\n read  %3")
                                     .arg(round)
                                     .arg(describe(table), describe(restored))));
            }
            QCOMPARE(linesOf(*parsed), expectedLines);
        }
        const auto fromStream = streamed(bytes, delimiter, kSliceSizes[round % kSliceSizes.size()]);
        QVERIFY2(fromStream.ok(), qPrintable(errorText(fromStream)));
        QCOMPARE(fieldsOf(*fromStream), fieldsOf(*csv::parse(bytes, delimiter)));
        QCOMPARE(linesOf(*fromStream), expectedLines);
    }
}

void TestCsv::neutralize_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("neutralized");

    const auto row = [](const char* name, const QString& text, const QString& neutralized) {
        QTest::newRow(name) << text << neutralized;
    };
    row("equals", QStringLiteral("=1+2"), QStringLiteral("'=1+2"));
    row("plus", QStringLiteral("+1"), QStringLiteral("'+1"));
    row("minus", QStringLiteral("-1"), QStringLiteral("'-1"));
    row("at", QStringLiteral("@SUM(A1)"), QStringLiteral("'@SUM(A1)"));
    row("tab", QStringLiteral("\tx"), QStringLiteral("'\tx"));
    row("CR", QStringLiteral("\rx"), QStringLiteral("'\rx"));
    row("apostrophe then trigger", QStringLiteral("'=x"), QStringLiteral("''=x"));
    row("two apostrophes then trigger", QStringLiteral("''+x"), QStringLiteral("'''+x"));
    row("apostrophe then text", QStringLiteral("'abc"), QStringLiteral("'abc"));
    row("only apostrophes", QStringLiteral("''"), QStringLiteral("''"));
    row("plain", QStringLiteral("abc"), QStringLiteral("abc"));
    row("empty", QString(), QString());
    row("trigger later", QStringLiteral("a=b"), QStringLiteral("a=b"));
    row("LF is not a trigger", QStringLiteral("\nx"), QStringLiteral("\nx"));
    row("space before trigger", QStringLiteral(" =x"), QStringLiteral(" =x"));
    row("lone trigger", QStringLiteral("-"), QStringLiteral("'-"));
}

void TestCsv::neutralize() {
    QFETCH(QString, text);
    QFETCH(QString, neutralized);
    QCOMPARE(csv::neutralizeFormula(text), neutralized);
    QCOMPARE(csv::restoreFormula(neutralized), text);
}

void TestCsv::neutralizeRoundTripRandom() {
    QRandomGenerator random(7);
    const QString alphabet = QStringLiteral("''''=+-@\t\r\nax ");
    for (int i = 0; i < 2000; ++i) {
        QString text;
        const int length = random.bounded(0, 7);
        for (int k = 0; k < length; ++k)
            text += alphabet[random.bounded(static_cast<int>(alphabet.size()))];
        QCOMPARE(csv::restoreFormula(csv::neutralizeFormula(text)), text);
    }
}

void TestCsv::headerMapping() {
    const QStringList header = {QStringLiteral(" Name "),
                                QStringLiteral("QTY"),
                                QStringLiteral("colour"),
                                QStringLiteral("price"),
                                QString(),
                                QStringLiteral("name")};
    const QStringList known = {QStringLiteral("name"), QStringLiteral("qty"),
                               QStringLiteral("price"), QStringLiteral("tier")};
    const QStringList required = {QStringLiteral("name"), QStringLiteral("tier"),
                                  QStringLiteral("id")};

    const csv::HeaderMap map = csv::mapHeader(header, known, required);
    QCOMPARE(map.indexOf.size(), 3);
    QCOMPARE(map.indexOf.value(QStringLiteral("name")), 0);
    QCOMPARE(map.indexOf.value(QStringLiteral("qty")), 1);
    QCOMPARE(map.indexOf.value(QStringLiteral("price")), 3);
    QCOMPARE(map.unknown, QStringList{QStringLiteral("colour")});
    QCOMPARE(map.missing, (QStringList{QStringLiteral("tier"), QStringLiteral("id")}));
    QCOMPARE(map.duplicate, QStringList{QStringLiteral("name")});
    QVERIFY(!map.complete());
    QCOMPARE(map.column(QStringLiteral("NAME")), 0);
    QCOMPARE(map.column(QStringLiteral("  qty ")), 1);
    QCOMPARE(map.column(QStringLiteral("tier")), -1);
    QCOMPARE(map.column(QStringLiteral("colour")), -1);

    const csv::HeaderMap reordered = csv::mapHeader(
        {QStringLiteral("Tier"), QStringLiteral("ID"), QStringLiteral("Name")}, known, required);
    QVERIFY(reordered.complete());
    QVERIFY(reordered.unknown.isEmpty());
    QCOMPARE(reordered.column(QStringLiteral("name")), 2);
    QCOMPARE(reordered.column(QStringLiteral("id")), 1);
    QCOMPARE(reordered.column(QStringLiteral("tier")), 0);
}

void TestCsv::largeInputLineNumbers() {
    // Many records with a multi-line field every tenth row: line numbers must not drift.
    QByteArray input;
    QList<int> expected;
    int line = 1;
    for (int i = 0; i < 50'000; ++i) {
        expected.append(line);
        if (i % 10 == 0) {
            input += "\"multi\r\nline ";
            input += QByteArray::number(i);
            input += "\",日本,\"a,b\"\r\n";
            line += 2;
        } else {
            input += QByteArray::number(i) + ",x" + QByteArray::number(i) + ",\r\n";
            line += 1;
        }
    }
    const auto parsed = csv::parse(input);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 50'000);
    QCOMPARE(linesOf(*parsed), expected);
    QCOMPARE(parsed->at(49'999).fields,
             (QStringList{QStringLiteral("49999"), QStringLiteral("x49999"), QString()}));
    QCOMPARE(parsed->at(49'990).fields.front(), QStringLiteral("multi\r\nline 49990"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
