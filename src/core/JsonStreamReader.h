#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

class QIODevice;

namespace mm {

// A pull tokenizer for JSON (RFC 8259) that reads its device in chunks, so a document of any size
// is read in the memory of one chunk plus the value being built. The caller walks the tokens
// with next() and turns the parts it wants into QJsonValues with readValue() (e.g. one record of
// a long list at a time) and passes over the rest with skipValue().
//
// Numbers are read as QJsonDocument::fromJson reads them: an integer without fraction or
// exponent that fits 64 bits stays an exact qint64, anything else is a double. Errors name the
// line and column (1-based, columns count bytes) and the path of the value, e.g.
// "models[12].price". Invalid UTF-8 inside strings is replaced as QString::fromUtf8 does.
class JsonStreamReader {
public:
    enum class Token {
        None, // before the first next()
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Name, // an object's key: text()
        String,
        Number,
        Bool,
        Null,
        End,    // the document is complete
        Invalid // error() says why; every later next() returns Invalid too
    };

    // Where a token starts, to come back to it with seek().
    struct Position {
        qint64 offset = 0;
        qint64 line = 1;
        qint64 column = 1;
        QString path;
    };

    static constexpr qsizetype kDefaultChunkBytes = 1024 * 1024;
    static constexpr int kMaxDepth = 1024; // as QJsonDocument

    explicit JsonStreamReader(QIODevice* device, qsizetype chunkBytes = kDefaultChunkBytes);

    Token next();
    Token token() const { return m_token; }
    // The key of a Name token, the text of a String token.
    const QString& text() const { return m_text; }
    // The value of a String, Number, Bool or Null token.
    QJsonValue scalar() const { return m_scalar; }

    // The whole value whose first token is the current one (a scalar, or a container from its
    // Begin token through its End token). False on a syntax error.
    bool readValue(QJsonValue& value);
    // The same without building anything.
    bool skipValue();

    // Where the current token starts, with the path of its value.
    Position position() const;
    // Makes the value at `position` (from position() of this document) the next one; after it
    // next() returns End. Used to read the parts of a document in an order other than the file's.
    bool seek(const Position& position);

    // The path of the current token's value: "models[12].price"; empty at the top level.
    QString path() const;
    qint64 bytesRead() const { return m_consumed; }
    bool hasError() const { return m_token == Token::Invalid; }
    // Rule "json-syntax", `where` the path, the message naming line and column.
    const Error& error() const { return m_error; }

private:
    enum class State { Value, ValueOrEnd, Name, NameOrEnd, CommaOrEnd };
    struct Level {
        bool object = false;
        State state = State::Value;
        bool named = false;   // objects: a key was read for the current member
        qsizetype index = -1; // arrays: the current element
        QString name;         // objects: the current key
    };

    int peek();
    void advance();
    bool refill();
    void skipWhitespace();
    Token fail(const QString& message);
    Token failHere(const QString& message);
    Token readScalarOrBegin();
    bool readString(QString& out);
    bool readNumber();
    bool readLiteral(const char* word, int length);
    bool appendEscape(QByteArray& bytes);
    Token endContainer();

    QIODevice* m_device;
    qsizetype m_chunkBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_consumed = 0; // bytes of the device consumed: the offset of m_buffer[m_pos]
    qint64 m_line = 1;
    qint64 m_column = 1;

    QList<Level> m_stack;
    bool m_topDone = false;
    bool m_fragment = false; // after seek(): one value, then End
    QString m_basePath;      // the path seek() started from

    Token m_token = Token::None;
    Position m_start; // of the current token (path filled on demand)
    QString m_text;
    QJsonValue m_scalar;
    QByteArray m_scratch;
    Error m_error;
};

} // namespace mm
