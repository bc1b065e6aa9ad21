#include "data/Csv.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QVarLengthArray>
#include <algorithm>
#include <cstring>
#include <limits>

namespace mm::csv {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::csv)
};

constexpr char16_t kQuote = u'"';

QString whereAt(int line, int column) {
    if (column <= 0)
        return Tr::tr("line %1").arg(line);
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

Error errorAt(const QString& message, QLatin1String rule, int line, int column = 0) {
    return makeError(message, whereAt(line, column), QString(rule));
}

bool isValidDelimiter(QChar delimiter) {
    return delimiter != u'"' && delimiter != u'\r' && delimiter != u'\n' &&
           !delimiter.isSurrogate();
}

Error badDelimiter(QChar delimiter) {
    return makeError(Tr::tr("U+%1 cannot separate fields: it already means a quote or a line break")
                         .arg(delimiter.unicode(), 4, 16, QLatin1Char('0')),
                     {}, QString(kRuleBadDelimiter));
}

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0U) == 0x80U;
}

// Offset of the first byte that is not well-formed UTF-8 (Unicode table 3-7: no overlong forms,
// no surrogates, nothing past U+10FFFF), or -1. QString::fromUtf8 would silently substitute
// U+FFFD, turning a Latin-1 file into garbage instead of an error the designer can fix.
qsizetype firstInvalidUtf8(const char* data, qsizetype size) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        // Almost all catalog text is ASCII; checking eight bytes at a time keeps validation far
        // below the cost of decoding.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, bytes + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char secondMin = 0x80;
        unsigned char secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                secondMin = 0xA0; // overlong
            else if (lead == 0xED)
                secondMax = 0x9F; // UTF-16 surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                secondMin = 0x90; // overlong
            else if (lead == 0xF4)
                secondMax = 0x8F; // past U+10FFFF
        } else {
            return i;
        }
        if (size - i < length)
            return i;
        const unsigned char second = bytes[i + 1];
        if (second < secondMin || second > secondMax)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if (!isContinuation(bytes[i + k]))
                return i;
        }
        i += length;
    }
    return -1;
}

template <typename Unit>
int countLineBreaks(const Unit* begin, const Unit* end) {
    int breaks = 0;
    for (const Unit* p = begin; p < end; ++p) {
        if (*p == Unit('\n'))
            ++breaks;
        else if (*p == Unit('\r') && (p + 1 == end || p[1] != Unit('\n')))
            ++breaks;
    }
    return breaks;
}

template <typename Unit>
struct Codec;

template <>
struct Codec<char> {
    // One UTF-16 unit takes at most three UTF-8 bytes (a doubled quote two), so a raw field
    // longer than three times the limit cannot decode within it and is refused undecoded.
    static constexpr qsizetype kRawUnitsPerChar = 3;
    static QString decode(const char* data, qsizetype size) {
        // fromUtf8 drops a leading BOM; inside a file it is the field's own U+FEFF, so keep it.
        qsizetype boms = 0;
        while (size - 3 * boms >= 3 && std::memcmp(data + 3 * boms, "\xEF\xBB\xBF", 3) == 0)
            ++boms;
        if (boms == 0)
            return QString::fromUtf8(data, size);
        return QString(boms, QChar(0xFEFF)) + QString::fromUtf8(data + 3 * boms, size - 3 * boms);
    }
    static qsizetype firstInvalid(const char* data, qsizetype size) {
        return firstInvalidUtf8(data, size);
    }
};

template <>
struct Codec<char16_t> {
    static constexpr qsizetype kRawUnitsPerChar = 2; // a doubled quote
    static QString decode(const char16_t* data, qsizetype size) {
        return QStringView(data, size).toString();
    }
    static qsizetype firstInvalid(const char16_t*, qsizetype) { return -1; }
};

// One pass over code units. Only '"', CR, LF and the delimiter are structural, and in UTF-8 none
// of them can occur inside a multi-byte sequence, so splitting bytes before decoding is safe and
// each field is decoded from one slice instead of being built character by character.
template <typename Unit>
class Parser {
public:
    Parser(const Unit* begin, const Unit* end, Unit delimiter, const Limits& limits,
           int firstLine = 1)
        : m_pos(begin)
        , m_end(end)
        , m_delimiter(delimiter)
        , m_limits(limits)
        , m_line(firstLine) {
        const qsizetype maxChars = std::max<qsizetype>(0, limits.maxFieldChars);
        constexpr qsizetype kMax = std::numeric_limits<qsizetype>::max();
        m_rawLimit = maxChars > kMax / Codec<Unit>::kRawUnitsPerChar
                         ? kMax
                         : maxChars * Codec<Unit>::kRawUnitsPerChar;
    }

    Result<QList<Record>> run() {
        QList<Record> records;
        qsizetype lastWidth = 0;
        while (m_pos < m_end) {
            if (isLineBreak(*m_pos)) {
                skipLineBreak(); // blank lines separate nothing in a spreadsheet export
                continue;
            }
            if (records.size() >= m_limits.maxRecords) {
                return errorAt(Tr::tr("more than %1 records").arg(m_limits.maxRecords),
                               kRuleTooManyRecords, m_line);
            }
            Record record;
            record.line = m_line;
            record.fields.reserve(lastWidth);
            for (int column = 1;; ++column) {
                if (column > m_limits.maxColumns) {
                    return errorAt(
                        Tr::tr("more than %1 columns in one row").arg(m_limits.maxColumns),
                        kRuleTooManyColumns, m_line, column);
                }
                QString field;
                if (auto error = readField(field, column))
                    return std::move(*error);
                record.fields.append(std::move(field));
                if (m_pos == m_end)
                    break;
                if (*m_pos == m_delimiter) {
                    ++m_pos;
                    continue;
                }
                skipLineBreak();
                break;
            }
            lastWidth = record.fields.size();
            records.append(std::move(record));
        }
        return records;
    }

    // The line the next record would start on: where parsing the following slice continues.
    int nextLine() const { return m_line; }

private:
    static bool isLineBreak(Unit c) { return c == Unit('\n') || c == Unit('\r'); }

    void skipLineBreak() {
        if (*m_pos == Unit('\r') && m_pos + 1 < m_end && m_pos[1] == Unit('\n'))
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    // Leaves m_pos on the delimiter or line break that ends the field, or at the end.
    std::optional<Error> readField(QString& out, int column) {
        const int startLine = m_line;
        if (m_pos == m_end || *m_pos != Unit(kQuote)) {
            const Unit* begin = m_pos;
            while (m_pos < m_end && *m_pos != m_delimiter && !isLineBreak(*m_pos))
                ++m_pos;
            return decodeField(out, begin, m_pos, false, startLine, column);
        }

        const Unit* begin = ++m_pos;
        bool doubledQuotes = false;
        for (;;) {
            while (m_pos < m_end && *m_pos != Unit(kQuote)) {
                if (*m_pos == Unit('\n') ||
                    (*m_pos == Unit('\r') && (m_pos + 1 == m_end || m_pos[1] != Unit('\n'))))
                    ++m_line;
                ++m_pos;
            }
            if (m_pos == m_end) {
                // The opening line is where the mistake is; the end of the file says nothing.
                return errorAt(Tr::tr("the quoted field starting here is never closed "
                                      "(a \" is missing)"),
                               kRuleUnterminatedQuote, startLine, column);
            }
            if (m_pos + 1 < m_end && m_pos[1] == Unit(kQuote)) {
                doubledQuotes = true;
                m_pos += 2;
                continue;
            }
            break;
        }
        const Unit* end = m_pos++;
        if (m_pos < m_end && *m_pos != m_delimiter && !isLineBreak(*m_pos)) {
            return errorAt(Tr::tr("text after the closing quote of a quoted field "
                                  "(a quote inside a quoted field is written \"\")"),
                           kRuleTextAfterQuote, m_line, column);
        }
        return decodeField(out, begin, end, doubledQuotes, startLine, column);
    }

    std::optional<Error> decodeField(QString& out, const Unit* begin, const Unit* end,
                                     bool doubledQuotes, int line, int column) const {
        const qsizetype rawSize = end - begin;
        if (rawSize > m_rawLimit)
            return fieldTooLong(line, column);
        if (const qsizetype bad = Codec<Unit>::firstInvalid(begin, rawSize); bad >= 0) {
            const auto byte = static_cast<unsigned char>(begin[bad]);
            return errorAt(Tr::tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                               .arg(byte, 2, 16, QLatin1Char('0')),
                           kRuleInvalidUtf8, line + countLineBreaks(begin, begin + bad), column);
        }
        if (!doubledQuotes) {
            out = Codec<Unit>::decode(begin, rawSize);
        } else {
            // Inside the span every quote is doubled (the scanner guarantees it); keep one.
            QVarLengthArray<Unit, 256> collapsed;
            collapsed.reserve(rawSize);
            for (const Unit* p = begin; p < end;) {
                const Unit* quote = std::find(p, end, Unit(kQuote));
                if (quote == end) {
                    collapsed.append(p, end - p);
                    break;
                }
                collapsed.append(p, quote - p + 1);
                p = quote + 2;
            }
            out = Codec<Unit>::decode(collapsed.constData(), collapsed.size());
        }
        if (out.size() > m_limits.maxFieldChars) {
            out.clear();
            return fieldTooLong(line, column);
        }
        return std::nullopt;
    }

    Error fieldTooLong(int line, int column) const {
        return errorAt(Tr::tr("field is longer than %1 characters").arg(m_limits.maxFieldChars),
                       kRuleFieldTooLong, line, column);
    }

    const Unit* m_pos;
    const Unit* m_end;
    Unit m_delimiter;
    const Limits& m_limits;
    qsizetype m_rawLimit = 0;
    int m_line;
};

Error inputTooLarge(qint64 size, qint64 limit, const char* unit) {
    return makeError(Tr::tr("the input is %1 %2, more than the limit of %3")
                         .arg(size)
                         .arg(QLatin1String(unit))
                         .arg(limit),
                     {}, QString(kRuleInputTooLarge));
}

bool isFormulaTrigger(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool startsLikeFormula(const QString& text) {
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && isFormulaTrigger(text[i]);
}

QString normalizedName(const QString& name) {
    return name.trimmed().toCaseFolded();
}

} // namespace

Result<QList<Record>> parse(QByteArrayView utf8, QChar delimiter, const Limits& limits) {
    if (utf8.size() > limits.maxInputBytes)
        return inputTooLarge(utf8.size(), limits.maxInputBytes, "bytes");
    if (!isValidDelimiter(delimiter))
        return badDelimiter(delimiter);
    const char* begin = utf8.data();
    const char* end = begin + utf8.size();
    if (utf8.size() >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0)
        begin += 3;
    if (delimiter.unicode() < 0x80) {
        return Parser<char>(begin, end, static_cast<char>(delimiter.unicode()), limits).run();
    }
    // A non-ASCII delimiter spans several bytes; this rare case decodes first.
    if (const qsizetype bad = firstInvalidUtf8(begin, end - begin); bad >= 0) {
        const auto byte = static_cast<unsigned char>(begin[bad]);
        return errorAt(Tr::tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                           .arg(byte, 2, 16, QLatin1Char('0')),
                       kRuleInvalidUtf8, 1 + countLineBreaks(begin, begin + bad));
    }
    const QString text = Codec<char>::decode(begin, end - begin);
    const char16_t* units = QStringView(text).utf16();
    return Parser<char16_t>(units, units + text.size(), delimiter.unicode(), limits).run();
}

Result<QList<Record>> parseText(QStringView text, QChar delimiter, const Limits& limits) {
    if (text.size() > limits.maxInputBytes)
        return inputTooLarge(text.size(), limits.maxInputBytes, "characters");
    if (!isValidDelimiter(delimiter))
        return badDelimiter(delimiter);
    const char16_t* begin = text.utf16();
    return Parser<char16_t>(begin, begin + text.size(), delimiter.unicode(), limits).run();
}

StreamReader::StreamReader(QIODevice* in, QChar delimiter, const Limits& limits,
                           qsizetype sliceBytes)
    : m_in(in)
    , m_limits(limits)
    , m_sliceBytes(std::max<qsizetype>(1, sliceBytes)) {
    if (!isValidDelimiter(delimiter) || delimiter.unicode() >= 0x80)
        m_badDelimiter = badDelimiter(delimiter);
    else
        m_delimiter = static_cast<char>(delimiter.unicode());
}

qsizetype StreamReader::recordBoundary() {
    // Follows the parser's view of quotes: only a quote at the start of a field opens a quoted
    // field, so a line break inside one never ends a record here either.
    const char* data = m_pending.constData();
    const qsizetype size = m_pending.size();
    qsizetype i = m_scanned;
    for (; i < size; ++i) {
        const char c = data[i];
        const bool lineBreak = c == '\n' || c == '\r';
        switch (m_scan) {
        case Scan::Quoted:
            if (c == '"')
                m_scan = Scan::QuoteInQuoted;
            continue;
        case Scan::QuoteInQuoted:
            if (c == '"') {
                m_scan = Scan::Quoted;
                continue;
            }
            break;
        case Scan::FieldStart:
            if (c == '"') {
                m_scan = Scan::Quoted;
                continue;
            }
            break;
        case Scan::Unquoted:
            break;
        }
        if (c == m_delimiter) {
            m_scan = Scan::FieldStart;
        } else if (lineBreak) {
            if (c == '\r') {
                // CRLF is one break: a CR at the end of what is read yet waits for the next byte.
                if (i + 1 == size && !m_inputEnded)
                    break;
                if (i + 1 < size && data[i + 1] == '\n')
                    continue;
            }
            m_scan = Scan::FieldStart;
            m_boundary = i + 1;
        } else {
            m_scan = Scan::Unquoted;
        }
    }
    m_scanned = i;
    return m_boundary;
}

Result<QList<Record>> StreamReader::next() {
    if (m_badDelimiter) {
        m_finished = true;
        return *m_badDelimiter;
    }
    while (!m_finished) {
        if (!m_inputEnded) {
            const QByteArray slice = m_in ? m_in->read(m_sliceBytes) : QByteArray();
            if (m_in && slice.isEmpty() && !m_in->atEnd()) {
                m_finished = true;
                return makeError(
                    QStringLiteral("cannot read the input: %1").arg(m_in->errorString()), {},
                    QStringLiteral("import-read"));
            }
            m_inputEnded = slice.isEmpty();
            m_bytesRead += slice.size();
            if (m_bytesRead > m_limits.maxInputBytes) {
                m_finished = true;
                return inputTooLarge(m_bytesRead, m_limits.maxInputBytes, "bytes");
            }
            m_pending += slice;
        }
        if (!m_started) {
            if (m_pending.size() < 3 && !m_inputEnded)
                continue;
            if (m_pending.startsWith("\xEF\xBB\xBF"))
                m_pending.remove(0, 3);
            m_started = true;
        }
        const qsizetype end = m_inputEnded ? m_pending.size() : recordBoundary();
        if (end == 0) {
            if (m_inputEnded)
                m_finished = true;
            continue;
        }
        const char* begin = m_pending.constData();
        Limits sliceLimits = m_limits;
        sliceLimits.maxRecords = std::numeric_limits<qsizetype>::max();
        Parser<char> parser(begin, begin + end, m_delimiter, sliceLimits, m_line);
        auto records = parser.run();
        if (!records) {
            m_finished = true;
            return records;
        }
        if (m_records + records->size() > m_limits.maxRecords) {
            m_finished = true;
            const Record& over = records->at(m_limits.maxRecords - m_records);
            return errorAt(QStringLiteral("more than %1 records").arg(m_limits.maxRecords),
                           kRuleTooManyRecords, over.line);
        }
        m_records += records->size();
        m_line = parser.nextLine();
        m_pending.remove(0, end);
        m_scanned -= std::min(m_scanned, end);
        m_boundary = 0;
        if (m_inputEnded)
            m_finished = true;
        return records;
    }
    return QList<Record>();
}

QString formatField(const QString& field, QChar delimiter) {
    bool needsQuotes = false;
    qsizetype quotes = 0;
    if (!field.isEmpty()) {
        const QChar first = field.front();
        const QChar last = field.back();
        needsQuotes = first == u' ' || first == u'\t' || last == u' ' || last == u'\t' ||
                      first == QChar(0xFEFF);
    }
    for (const QChar c : field) {
        if (c == u'"')
            ++quotes;
        else if (c == delimiter || c == u'\r' || c == u'\n')
            needsQuotes = true;
    }
    if (!needsQuotes && quotes == 0)
        return field;
    QString out;
    out.reserve(field.size() + quotes + 2);
    out += kQuote;
    if (quotes == 0) {
        out += field;
    } else {
        for (const QChar c : field) {
            out += c;
            if (c == u'"')
                out += c;
        }
    }
    out += kQuote;
    return out;
}

void appendField(QByteArray& out, QByteArrayView utf8, bool first, char delimiter) {
    if (!first)
        out += delimiter;
    bool needsQuotes = false;
    bool hasQuotes = false;
    if (!utf8.isEmpty()) {
        const char head = utf8.front();
        const char tail = utf8.back();
        needsQuotes = head == ' ' || head == '\t' || tail == ' ' || tail == '\t' ||
                      utf8.startsWith("\xEF\xBB\xBF"); // U+FEFF
    }
    for (const char c : utf8) {
        if (c == '"')
            hasQuotes = true;
        else if (c == delimiter || c == '\r' || c == '\n')
            needsQuotes = true;
    }
    if (!needsQuotes && !hasQuotes) {
        out += utf8;
        return;
    }
    out += '"';
    if (!hasQuotes) {
        out += utf8;
    } else {
        for (const char c : utf8) {
            out += c;
            if (c == '"')
                out += c;
        }
    }
    out += '"';
}

QString formatRow(const QStringList& fields, QChar delimiter) {
    if (fields.size() == 1 && fields.front().isEmpty())
        return QStringLiteral("\"\"");
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += delimiter;
        row += formatField(fields[i], delimiter);
    }
    return row;
}

QString lineTerminator(QChar delimiter) {
    return delimiter == u'\t' ? QStringLiteral("\n") : QStringLiteral("\r\n");
}

QByteArray write(const QStringList& header, const QList<QStringList>& rows, QChar delimiter) {
    const QString terminator = lineTerminator(delimiter);
    QString text;
    if (!header.isEmpty())
        text += formatRow(header, delimiter) + terminator;
    for (const QStringList& row : rows)
        text += formatRow(row, delimiter) + terminator;
    return text.toUtf8();
}

Writer::Writer(QIODevice* out, QChar delimiter)
    : m_out(out)
    , m_delimiter(delimiter)
    , m_terminator(lineTerminator(delimiter).toUtf8()) {
}

Status Writer::writeRow(const QStringList& fields) {
    if (m_error)
        return *m_error;
    if (!isValidDelimiter(m_delimiter)) {
        m_error = badDelimiter(m_delimiter);
        return *m_error;
    }
    if (m_out == nullptr || !m_out->isWritable())
        return fail(Tr::tr("the destination is not open for writing"));
    QByteArray bytes = formatRow(fields, m_delimiter).toUtf8();
    bytes += m_terminator;
    if (m_out->write(bytes) != bytes.size())
        return fail(m_out->errorString());
    ++m_rows;
    return Ok{};
}

Status Writer::writeFormatted(QByteArrayView bytes, qsizetype rows) {
    if (m_error)
        return *m_error;
    if (m_out == nullptr || !m_out->isWritable())
        return fail(QStringLiteral("the destination is not open for writing"));
    if (m_out->write(bytes.data(), bytes.size()) != bytes.size())
        return fail(m_out->errorString());
    m_rows += rows;
    return Ok{};
}

Status Writer::finish() {
    if (m_error)
        return *m_error;
    if (auto* file = qobject_cast<QFileDevice*>(m_out); file != nullptr && !file->flush())
        return fail(file->errorString());
    return Ok{};
}

Status Writer::fail(const QString& message) {
    m_error = makeError(Tr::tr("could not write the export: %1").arg(message),
                        Tr::tr("row %1").arg(m_rows + 1), QString(kRuleWriteFailed));
    return *m_error;
}

QString neutralizeFormula(const QString& text) {
    return startsLikeFormula(text) ? QChar(u'\'') + text : text;
}

void appendNeutralized(QByteArray& out, QByteArrayView utf8) {
    qsizetype i = 0;
    while (i < utf8.size() && utf8[i] == '\'')
        ++i;
    if (i < utf8.size() && isFormulaTrigger(QChar::fromLatin1(utf8[i])))
        out += '\'';
    out += utf8;
}

QString restoreFormula(const QString& text) {
    if (text.startsWith(u'\'') && startsLikeFormula(text))
        return text.mid(1);
    return text;
}

int HeaderMap::column(const QString& name) const {
    if (const auto it = indexOf.constFind(name); it != indexOf.cend())
        return it.value();
    const QString key = normalizedName(name);
    for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) {
        if (normalizedName(it.key()) == key)
            return it.value();
    }
    return -1;
}

HeaderMap mapHeader(const QStringList& header, const QStringList& known,
                    const QStringList& required) {
    QHash<QString, QString> spellingOf; // normalized -> name as the caller spells it
    for (const QStringList* names : {&known, &required}) {
        for (const QString& name : *names) {
            const QString key = normalizedName(name);
            if (!key.isEmpty() && !spellingOf.contains(key))
                spellingOf.insert(key, name);
        }
    }

    HeaderMap map;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString key = normalizedName(header[i]);
        if (key.isEmpty())
            continue;
        const auto it = spellingOf.constFind(key);
        if (it == spellingOf.cend()) {
            map.unknown.append(header[i].trimmed());
        } else if (map.indexOf.contains(it.value())) {
            if (!map.duplicate.contains(it.value()))
                map.duplicate.append(it.value());
        } else {
            map.indexOf.insert(it.value(), static_cast<int>(i));
        }
    }
    for (const QString& name : required) {
        if (map.column(name) < 0)
            map.missing.append(name);
    }
    return map;
}

} // namespace mm::csv
