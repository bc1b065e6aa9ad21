// JsonStreamReader: the same values as QJsonDocument whatever the chunk size, exact integers, and
// syntax errors that name line, column and path.
#include "core/JsonStreamReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using mm::JsonStreamReader;
using Token = JsonStreamReader::Token;

namespace {

// Chunk sizes small enough that chunk ends fall inside strings, escapes, numbers and literals.
const QList<qsizetype> kChunkSizes{1, 2, 3, 4, 5, 6, 7, 64, JsonStreamReader::kDefaultChunkBytes};

struct Parsed {
    QJsonValue value;
    mm::Error error;
    bool ok = false;
    qint64 bytesRead = 0;
};

Parsed parse(const QByteArray& json, qsizetype chunk) {
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    JsonStreamReader reader(&buffer, chunk);
    Parsed parsed;
    reader.next();
    parsed.ok = reader.readValue(parsed.value) && reader.next() == Token::End;
    parsed.error = reader.error();
    parsed.bytesRead = reader.bytesRead();
    return parsed;
}

} // namespace

class TestJsonStreamReader : public QObject {
    Q_OBJECT

private slots:
    void sameAsQJsonDocument_data();
    void sameAsQJsonDocument();
    void integersStayExact();
    void errorsNameLineColumnAndPath_data();
    void errorsNameLineColumnAndPath();
    void tokensAndPaths();
    void seekReadsAPartAgain();
};

void TestJsonStreamReader::sameAsQJsonDocument_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("escapes") << QByteArray(
        R"({"a":"quote \" backslash \\ slash \/ \b\f\n\r\t end","b":"\u0041\u00e9\u20ac"})");
    QTest::newRow("surrogate pair") << QByteArray(R"(["\ud83d\ude00 smile", "x\uD834\uDD1Ey"])");
    QTest::newRow("raw utf-8") << QByteArray(
        "{\"name\":\"K\xC3\xB6ln \xE2\x82\xAC \xF0\x9F\x98\x80\"}");
    QTest::newRow("nested records") << QByteArray(
        R"({"models":[{"id":1,"benchmarks":{"mmlu":71.5,"deep":{"x":[1,[2,[3,{}]],[]]}},)"
        R"("terms":{}},{"id":2,"benchmarks":{},"tags":[true,false,null]}],"empty":[]})");
    QTest::newRow("numbers") << QByteArray(
        "[0, -0, 1, -1, 12.5, -0.25, 1e3, 1E-3, 2.5e+2, 123456789012, 9223372036854775807, "
        "-9223372036854775808, 9223372036854775808, 1.7976931348623157e308, 4.9e-324]");
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \r\n\t{ \n \"a\" \t:\r\n [ 1 ,\n2 ] , \"b\"\n:\n{ } ,\"c\" : \"\" }\n\n ");
    QTest::newRow("scalar document") << QByteArray("  \"just text\"  ");
    QTest::newRow("empty key") << QByteArray(R"({"":1,"a":{"":[]}})");
    QTest::newRow("duplicate keys: the last wins") << QByteArray(R"({"a":1,"a":2})");
}

void TestJsonStreamReader::sameAsQJsonDocument() {
    QFETCH(QByteArray, json);
    // Wrapped in a list, as QJsonDocument reads no scalar document.
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + json + "]", &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonValue expectedValue = wrapped.array().first();
    for (const qsizetype chunk : kChunkSizes) {
        const Parsed parsed = parse(json, chunk);
        QVERIFY2(parsed.ok, qPrintable(u"chunk %1: "_s.arg(chunk) + parsed.error.toString()));
        QCOMPARE(parsed.value, expectedValue);
        QCOMPARE(parsed.bytesRead, json.size());
    }
}

void TestJsonStreamReader::integersStayExact() {
    const QByteArray json = "[9007199254740993, 9223372036854775807, -9223372036854775807, "
                            "123456789012345678, 9223372036854775808, 10.0]";
    for (const qsizetype chunk : kChunkSizes) {
        const Parsed parsed = parse(json, chunk);
        QVERIFY(parsed.ok);
        const QJsonArray numbers = parsed.value.toArray();
        QCOMPARE(numbers.at(0).toInteger(), 9007199254740993LL); // beyond a double's 2^53
        QCOMPARE(numbers.at(1).toInteger(), std::numeric_limits<qint64>::max());
        QCOMPARE(numbers.at(2).toInteger(), -9223372036854775807LL);
        QCOMPARE(numbers.at(3).toInteger(), 123456789012345678LL);
        // Beyond 64 bits, and anything with a fraction, is a double, as QJsonDocument has it.
        QCOMPARE(numbers.at(4).toDouble(), 9223372036854775808.0);
        QCOMPARE(numbers.at(5).toDouble(), 10.0);
        QCOMPARE(numbers.at(5).toInteger(), 10);
    }
}

void TestJsonStreamReader::errorsNameLineColumnAndPath_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    // RFC 8259 is kept to the letter; QJsonDocument lets a few of these through.
    QTest::addColumn<bool>("qtRejects");

    QTest::newRow("bad number in a record")
        << QByteArray("{\"models\": [\n  {\"id\": 1},\n  {\"id\": 2, \"price\": 12x}\n]}")
        << u"models[1].price"_s << u"line 3, column 24: expected ',' or '}'"_s << true;
    QTest::newRow("trailing comma in a list") << QByteArray(R"({"a": [1, 2,]})") << u"a[2]"_s
                                              << u"line 1, column 13: expected a value"_s << true;
    QTest::newRow("trailing comma in an object")
        << QByteArray(R"({"a": 1,})") << QString()
        << u"line 1, column 9: expected a name after ','"_s << true;
    QTest::newRow("unterminated list")
        << QByteArray("{\"a\": [1, 2") << u"a[1]"_s
        << u"line 1, column 12: the document ends inside a list (no ']')"_s << true;
    QTest::newRow("unterminated object")
        << QByteArray("{\"a\": {\"b\": 1}\n") << u"a"_s
        << u"line 2, column 1: the document ends inside an object (no '}')"_s << true;
    QTest::newRow("unterminated string")
        << QByteArray("{\"a\": \"abc") << u"a"_s
        << u"line 1, column 7: the document ends inside a string"_s << true;
    QTest::newRow("unterminated escape")
        << QByteArray("[\"ab\\") << u"[0]"_s
        << u"line 1, column 6: the document ends inside a string"_s << true;
    QTest::newRow("raw newline in a string")
        << QByteArray("{\"a\":\n  \"b\nc\"}") << u"a"_s
        << u"line 2, column 5: a control character must be escaped inside a string"_s << false;
    QTest::newRow("leading zero") << QByteArray(R"({"a": 01})") << u"a"_s
                                  << u"line 1, column 7: a number cannot start with 0"_s << true;
    QTest::newRow("number without digits")
        << QByteArray("[1, -]") << u"[1]"_s << u"line 1, column 6: expected a digit"_s << true;
    QTest::newRow("fraction without digits")
        << QByteArray("[1.]") << u"[0]"_s << u"line 1, column 4: expected a digit"_s << false;
    QTest::newRow("number out of range")
        << QByteArray("[1e999]") << u"[0]"_s
        << u"line 1, column 2: the number 1e999 is out of range"_s << true;
    QTest::newRow("lone low surrogate")
        << QByteArray(R"(["\udc00"])") << u"[0]"_s
        << u"line 1, column 9: \\u escape of a low surrogate without a high one before it"_s
        << false;
    QTest::newRow("high surrogate without low")
        << QByteArray(R"(["\ud800x"])") << u"[0]"_s
        << u"line 1, column 9: \\u escape of a high surrogate without a low one after it"_s
        << false;
    QTest::newRow("bad hex") << QByteArray(R"(["\u12G4"])") << u"[0]"_s
                             << u"line 1, column 7: expected four hex digits after \\u"_s << true;
    QTest::newRow("unknown escape") << QByteArray(R"({"a":"\q"})") << u"a"_s
                                    << u"line 1, column 7: unknown escape \\q"_s << false;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << QString()
                                   << u"line 1, column 6: expected ':' after the name"_s << true;
    QTest::newRow("unquoted name")
        << QByteArray("{a: 1}") << QString()
        << u"line 1, column 2: expected a name in double quotes"_s << true;
    QTest::newRow("bad literal") << QByteArray("[tru]") << u"[0]"_s
                                 << u"line 1, column 2: expected a value"_s << true;
    QTest::newRow("text after the document")
        << QByteArray("{\"a\":1}\n x") << QString()
        << u"line 2, column 2: unexpected text after the end of the document"_s << true;
    QTest::newRow("empty") << QByteArray(" \n ") << QString()
                           << u"line 2, column 2: the document is empty"_s << true;
    QTest::newRow("too deep") << QByteArray(1025, '[') << u"[0]"_s.repeated(1024)
                              << u"line 1, column 1025: nested more than 1024 levels deep"_s
                              << true;
}

void TestJsonStreamReader::errorsNameLineColumnAndPath() {
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, message);
    QFETCH(bool, qtRejects);
    QCOMPARE(QJsonDocument::fromJson(json).isNull(), qtRejects);
    for (const qsizetype chunk : kChunkSizes) {
        const Parsed parsed = parse(json, chunk);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error.rule, u"json-syntax"_s);
        QCOMPARE(parsed.error.message, message);
        QCOMPARE(parsed.error.where, where);
    }
}

void TestJsonStreamReader::tokensAndPaths() {
    QBuffer buffer;
    buffer.setData(R"({"models":[{"id":1,"tags":["x"]},7],"n":null})");
    buffer.open(QIODevice::ReadOnly);
    JsonStreamReader reader(&buffer, 3);
    QList<std::pair<Token, QString>> seen;
    for (Token token = reader.next(); token != Token::End && token != Token::Invalid;
         token = reader.next())
        seen.append({token, reader.path()});
    const QList<std::pair<Token, QString>> expected{
        {Token::BeginObject, u""_s},
        {Token::Name, u"models"_s},
        {Token::BeginArray, u"models"_s},
        {Token::BeginObject, u"models[0]"_s},
        {Token::Name, u"models[0].id"_s},
        {Token::Number, u"models[0].id"_s},
        {Token::Name, u"models[0].tags"_s},
        {Token::BeginArray, u"models[0].tags"_s},
        {Token::String, u"models[0].tags[0]"_s},
        {Token::EndArray, u"models[0].tags"_s},
        {Token::EndObject, u"models[0]"_s},
        {Token::Number, u"models[1]"_s},
        {Token::EndArray, u"models"_s},
        {Token::Name, u"n"_s},
        {Token::Null, u"n"_s},
        {Token::EndObject, u""_s},
    };
    QCOMPARE(seen, expected);
    QVERIFY(!reader.hasError());
}

void TestJsonStreamReader::seekReadsAPartAgain() {
    const QByteArray json = "{\n  \"skip\": [1, {\"deep\": [2, 3]}],\n  \"later\": [{\"v\": 1}, "
                            "{\"v\": \"\\u00e9\"}]\n}";
    for (const qsizetype chunk : kChunkSizes) {
        QBuffer buffer;
        buffer.setData(json);
        buffer.open(QIODevice::ReadOnly);
        JsonStreamReader reader(&buffer, chunk);
        QCOMPARE(reader.next(), Token::BeginObject);
        QCOMPARE(reader.next(), Token::Name);
        reader.next();
        QVERIFY(reader.skipValue());
        QCOMPARE(reader.next(), Token::Name);
        QCOMPARE(reader.text(), u"later"_s);
        QCOMPARE(reader.next(), Token::BeginArray);
        const JsonStreamReader::Position later = reader.position();
        QCOMPARE(later.line, 3);
        QCOMPARE(later.column, 12);
        QCOMPARE(later.path, u"later"_s);
        QVERIFY(reader.skipValue());
        QCOMPARE(reader.next(), Token::EndObject);
        QCOMPARE(reader.next(), Token::End);

        QVERIFY(reader.seek(later));
        QCOMPARE(reader.next(), Token::BeginArray);
        QCOMPARE(reader.next(), Token::BeginObject);
        QCOMPARE(reader.path(), u"later[0]"_s);
        QJsonValue first;
        QVERIFY(reader.readValue(first));
        QCOMPARE(first, QJsonValue(QJsonObject{{u"v"_s, 1}}));
        QCOMPARE(reader.next(), Token::BeginObject);
        QJsonValue second;
        QVERIFY(reader.readValue(second));
        QCOMPARE(second.toObject().value(u"v"_s).toString(), u"é"_s);
        QCOMPARE(reader.next(), Token::EndArray);
        QCOMPARE(reader.next(), Token::End); // the part ends, not the document
    }
}

QTEST_GUILESS_MAIN(TestJsonStreamReader)
#include "tst_jsonstreamreader.moc"
