#include "core/JsonStreamReader.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace mm {

namespace {

bool isDigit(int c) {
    return c >= '0' && c <= '9';
}

int hexValue(int c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray& bytes, char32_t code) {
    if (code < 0x80) {
        bytes.append(static_cast<char>(code));
    } else if (code < 0x800) {
        bytes.append(static_cast<char>(0xC0 | (code >> 6)));
        bytes.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        bytes.append(static_cast<char>(0xE0 | (code >> 12)));
        bytes.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        bytes.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        bytes.append(static_cast<char>(0xF0 | (code >> 18)));
        bytes.append(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        bytes.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        bytes.append(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

} // namespace

JsonStreamReader::JsonStreamReader(QIODevice* device, qsizetype chunkBytes)
    : m_device(device)
    , m_chunkBytes(std::max<qsizetype>(1, chunkBytes))
    , m_consumed(device->pos()) {
    m_start.offset = m_consumed;
}

bool JsonStreamReader::refill() {
    if (m_eof)
        return false;
    m_buffer = m_device->read(m_chunkBytes);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        return false;
    }
    return true;
}

int JsonStreamReader::peek() {
    if (m_pos < m_buffer.size() || refill())
        return static_cast<unsigned char>(m_buffer.at(m_pos));
    return -1;
}

void JsonStreamReader::advance() {
    const char c = m_buffer.at(m_pos++);
    ++m_consumed;
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else {
        ++m_column;
    }
}

void JsonStreamReader::skipWhitespace() {
    for (int c = peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = peek())
        advance();
}

JsonStreamReader::Token JsonStreamReader::fail(const QString& message) {
    m_token = Token::Invalid;
    m_error = makeError(
        QStringLiteral("line %1, column %2: %3").arg(m_start.line).arg(m_start.column).arg(message),
        path(), QStringLiteral("json-syntax"));
    return m_token;
}

JsonStreamReader::Token JsonStreamReader::failHere(const QString& message) {
    m_start.offset = m_consumed;
    m_start.line = m_line;
    m_start.column = m_column;
    return fail(message);
}

QString JsonStreamReader::path() const {
    QString text = m_basePath;
    for (const Level& level : m_stack) {
        if (level.object && level.named) {
            if (!text.isEmpty())
                text += u'.';
            text += level.name;
        } else if (!level.object && level.index >= 0) {
            text += u'[' + QString::number(level.index) + u']';
        }
    }
    return text;
}

JsonStreamReader::Position JsonStreamReader::position() const {
    return Position{m_start.offset, m_start.line, m_start.column, path()};
}

bool JsonStreamReader::seek(const Position& position) {
    if (!m_device->seek(position.offset)) {
        m_start = position;
        m_basePath = position.path;
        m_stack.clear();
        fail(QStringLiteral("cannot go back to this place in the input"));
        return false;
    }
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_consumed = position.offset;
    m_line = position.line;
    m_column = position.column;
    m_stack.clear();
    m_topDone = false;
    m_fragment = true;
    m_basePath = position.path;
    m_token = Token::None;
    m_start = position;
    m_error = {};
    return true;
}

JsonStreamReader::Token JsonStreamReader::endContainer() {
    const bool object = m_stack.last().object;
    m_stack.removeLast();
    return m_token = object ? Token::EndObject : Token::EndArray;
}

JsonStreamReader::Token JsonStreamReader::next() {
    if (m_token == Token::Invalid)
        return m_token;
    m_text.clear();
    m_scalar = QJsonValue();
    for (;;) {
        skipWhitespace();
        m_start.offset = m_consumed;
        m_start.line = m_line;
        m_start.column = m_column;
        const int c = peek();
        if (m_stack.isEmpty()) {
            if (m_topDone) {
                if (m_fragment || c < 0)
                    return m_token = Token::End;
                return failHere(QStringLiteral("unexpected text after the end of the document"));
            }
            if (c < 0)
                return failHere(QStringLiteral("the document is empty"));
            m_topDone = true;
            return readScalarOrBegin();
        }
        Level& level = m_stack.last();
        if (c < 0)
            return failHere(level.object
                                ? QStringLiteral("the document ends inside an object (no '}')")
                                : QStringLiteral("the document ends inside a list (no ']')"));
        switch (level.state) {
        case State::NameOrEnd:
            if (c == '}') {
                advance();
                return endContainer();
            }
            [[fallthrough]];
        case State::Name: {
            if (c != '"')
                return failHere(c == '}' ? QStringLiteral("expected a name after ','")
                                         : QStringLiteral("expected a name in double quotes"));
            QString name;
            if (!readString(name))
                return m_token;
            skipWhitespace();
            const int colon = peek();
            if (colon != ':')
                return failHere(colon < 0 ? QStringLiteral("the document ends after a name")
                                          : QStringLiteral("expected ':' after the name"));
            advance();
            level.name = name;
            level.named = true;
            level.state = State::Value;
            m_text = name;
            return m_token = Token::Name;
        }
        case State::ValueOrEnd:
            if (c == ']') {
                advance();
                return endContainer();
            }
            [[fallthrough]];
        case State::Value:
            if (!level.object)
                ++level.index;
            level.state = State::CommaOrEnd;
            return readScalarOrBegin();
        case State::CommaOrEnd:
            if (c == ',') {
                advance();
                level.state = level.object ? State::Name : State::Value;
                level.named = false;
                continue;
            }
            if (c == (level.object ? '}' : ']')) {
                advance();
                return endContainer();
            }
            return failHere(level.object ? QStringLiteral("expected ',' or '}'")
                                         : QStringLiteral("expected ',' or ']'"));
        }
    }
}

JsonStreamReader::Token JsonStreamReader::readScalarOrBegin() {
    const int c = peek();
    if (c == '{' || c == '[') {
        if (m_stack.size() >= kMaxDepth)
            return failHere(QStringLiteral("nested more than %1 levels deep").arg(kMaxDepth));
        advance();
        Level level;
        level.object = c == '{';
        level.state = level.object ? State::NameOrEnd : State::ValueOrEnd;
        m_stack.append(level);
        return m_token = level.object ? Token::BeginObject : Token::BeginArray;
    }
    if (c == '"') {
        if (!readString(m_text))
            return m_token;
        m_scalar = m_text;
        return m_token = Token::String;
    }
    if (c == '-' || isDigit(c)) {
        if (!readNumber())
            return m_token;
        return m_token = Token::Number;
    }
    if (c == 't' || c == 'f') {
        const bool value = c == 't';
        if (!readLiteral(value ? "true" : "false", value ? 4 : 5))
            return m_token;
        m_scalar = value;
        return m_token = Token::Bool;
    }
    if (c == 'n') {
        if (!readLiteral("null", 4))
            return m_token;
        m_scalar = QJsonValue(QJsonValue::Null);
        return m_token = Token::Null;
    }
    return failHere(QStringLiteral("expected a value"));
}

bool JsonStreamReader::readLiteral(const char* word, int length) {
    for (int i = 0; i < length; ++i) {
        if (peek() != word[i]) {
            fail(QStringLiteral("expected a value"));
            return false;
        }
        advance();
    }
    return true;
}

bool JsonStreamReader::readNumber() {
    m_scratch.clear();
    bool integer = true;
    const auto take = [this] {
        m_scratch.append(static_cast<char>(peek()));
        advance();
    };
    const auto digits = [&] {
        if (!isDigit(peek())) {
            failHere(QStringLiteral("expected a digit"));
            return false;
        }
        while (isDigit(peek()))
            take();
        return true;
    };
    if (peek() == '-')
        take();
    if (peek() == '0') {
        take();
        if (isDigit(peek())) {
            fail(QStringLiteral("a number cannot start with 0"));
            return false;
        }
    } else if (!digits()) {
        return false;
    }
    if (peek() == '.') {
        integer = false;
        take();
        if (!digits())
            return false;
    }
    if (peek() == 'e' || peek() == 'E') {
        integer = false;
        take();
        if (peek() == '+' || peek() == '-')
            take();
        if (!digits())
            return false;
    }
    bool ok = false;
    if (integer) {
        const qint64 value = m_scratch.toLongLong(&ok);
        if (ok) {
            m_scalar = QJsonValue(value);
            return true;
        }
    }
    const double value = m_scratch.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        fail(QStringLiteral("the number %1 is out of range").arg(QString::fromLatin1(m_scratch)));
        return false;
    }
    m_scalar = value;
    return true;
}

bool JsonStreamReader::appendEscape(QByteArray& bytes) {
    const auto hex4 = [this](char32_t& unit) {
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(peek());
            if (digit < 0) {
                failHere(peek() < 0 ? QStringLiteral("the document ends inside a string")
                                    : QStringLiteral("expected four hex digits after \\u"));
                return false;
            }
            unit = unit * 16 + static_cast<char32_t>(digit);
            advance();
        }
        return true;
    };
    const int c = peek();
    if (c < 0) {
        failHere(QStringLiteral("the document ends inside a string"));
        return false;
    }
    advance();
    switch (c) {
    case '"':
    case '\\':
    case '/':
        bytes.append(static_cast<char>(c));
        return true;
    case 'b':
        bytes.append('\b');
        return true;
    case 'f':
        bytes.append('\f');
        return true;
    case 'n':
        bytes.append('\n');
        return true;
    case 'r':
        bytes.append('\r');
        return true;
    case 't':
        bytes.append('\t');
        return true;
    case 'u': {
        char32_t unit = 0;
        if (!hex4(unit))
            return false;
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            failHere(QStringLiteral("\\u escape of a low surrogate without a high one before it"));
            return false;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            // A character beyond U+FFFF: the pair \uD83D\uDE00 together.
            char32_t low = 0;
            if (peek() != '\\') {
                failHere(
                    QStringLiteral("\\u escape of a high surrogate without a low one after it"));
                return false;
            }
            advance();
            if (peek() != 'u') {
                failHere(
                    QStringLiteral("\\u escape of a high surrogate without a low one after it"));
                return false;
            }
            advance();
            if (!hex4(low))
                return false;
            if (low < 0xDC00 || low > 0xDFFF) {
                failHere(
                    QStringLiteral("\\u escape of a high surrogate without a low one after it"));
                return false;
            }
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(bytes, unit);
        return true;
    }
    default:
        m_start.offset = m_consumed - 2; // at the backslash
        m_start.line = m_line;
        m_start.column = m_column - 2;
        fail(QStringLiteral("unknown escape \\%1").arg(QChar(c)));
        return false;
    }
}

bool JsonStreamReader::readString(QString& out) {
    advance(); // the opening quote
    m_scratch.clear();
    for (;;) {
        const int c = peek();
        if (c < 0) {
            fail(QStringLiteral("the document ends inside a string"));
            return false;
        }
        if (c == '"') {
            advance();
            break;
        }
        if (c == '\\') {
            advance();
            if (!appendEscape(m_scratch))
                return false;
            continue;
        }
        if (c < 0x20) {
            failHere(QStringLiteral("a control character must be escaped inside a string"));
            return false;
        }
        // The plain run up to the next quote, escape or end of chunk, at once; it holds no
        // newline (that would be a control character), so only the column moves.
        qsizetype end = m_pos;
        const char* data = m_buffer.constData();
        while (end < m_buffer.size() && data[end] != '"' && data[end] != '\\' &&
               static_cast<unsigned char>(data[end]) >= 0x20)
            ++end;
        m_scratch.append(data + m_pos, end - m_pos);
        m_column += end - m_pos;
        m_consumed += end - m_pos;
        m_pos = end;
    }
    out = QString::fromUtf8(m_scratch);
    return true;
}

bool JsonStreamReader::readValue(QJsonValue& value) {
    switch (m_token) {
    case Token::String:
    case Token::Number:
    case Token::Bool:
    case Token::Null:
        value = m_scalar;
        return true;
    case Token::BeginObject: {
        QJsonObject object;
        for (;;) {
            const Token token = next();
            if (token == Token::EndObject)
                break;
            if (token != Token::Name)
                return false;
            const QString name = m_text;
            next();
            QJsonValue member;
            if (!readValue(member))
                return false;
            object.insert(name, member);
        }
        value = object;
        return true;
    }
    case Token::BeginArray: {
        QJsonArray array;
        for (;;) {
            const Token token = next();
            if (token == Token::EndArray)
                break;
            QJsonValue element;
            if (!readValue(element))
                return false;
            array.append(element);
        }
        value = array;
        return true;
    }
    default:
        return false;
    }
}

bool JsonStreamReader::skipValue() {
    int depth = 0;
    for (Token token = m_token;; token = next()) {
        switch (token) {
        case Token::BeginObject:
        case Token::BeginArray:
            ++depth;
            break;
        case Token::EndObject:
        case Token::EndArray:
            --depth;
            break;
        case Token::Name:
            break;
        case Token::String:
        case Token::Number:
        case Token::Bool:
        case Token::Null:
            break;
        default:
            return false;
        }
        if (depth == 0 && token != Token::Name)
            return true;
    }
}

} // namespace mm
