#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

class QIODevice;

// RFC 4180 CSV and spreadsheet TSV, the format designers move catalog and economy tables in and
// out of LibreOffice and Excel with. Parsing is strict where a lenient reading could silently
// shift columns (an unterminated quote, text after a closing quote, invalid UTF-8) and lenient
// where nothing is lost (a quote inside an unquoted field is kept as text, as spreadsheets do).
namespace mm::csv {

struct Record {
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};

// Hostile or broken files must fail with a message, not exhaust memory; every limit is checked
// before the string it guards is built.
struct Limits {
    qint64 maxInputBytes = 512LL * 1024 * 1024; // parseText counts UTF-16 code units instead
    qsizetype maxFieldChars = 1024 * 1024;      // UTF-16 code units of one decoded field
    int maxColumns = 4096;
    qsizetype maxRecords = 50'000'000;
};

// Error rules (Error::rule), stable for tests and scripts.
inline constexpr QLatin1String kRuleUnterminatedQuote{"csv.unterminated-quote"};
inline constexpr QLatin1String kRuleTextAfterQuote{"csv.text-after-quote"};
inline constexpr QLatin1String kRuleInvalidUtf8{"csv.invalid-utf8"};
inline constexpr QLatin1String kRuleFieldTooLong{"csv.field-too-long"};
inline constexpr QLatin1String kRuleTooManyColumns{"csv.too-many-columns"};
inline constexpr QLatin1String kRuleTooManyRecords{"csv.too-many-records"};
inline constexpr QLatin1String kRuleInputTooLarge{"csv.input-too-large"};
inline constexpr QLatin1String kRuleBadDelimiter{"csv.bad-delimiter"};
inline constexpr QLatin1String kRuleWriteFailed{"csv.write-failed"};

// UTF-8 (a leading BOM is skipped), records end with LF, CRLF or a lone CR, and quoted fields may
// hold delimiters, doubled quotes and line breaks. Use '\t' for TSV copied from spreadsheets.
// Empty lines are not records (so a trailing newline adds nothing); a line holding only "" is a
// record with one empty field. Errors carry where = "line L, column C" (C counts fields, 1-based).
// The delimiter may be any character except '"', CR and LF.
Result<QList<Record>> parse(QByteArrayView utf8, QChar delimiter = u',', const Limits& limits = {});
// Same rules for text that is already decoded, such as the clipboard. A leading U+FEFF is kept as
// data: the decoder (QString::fromUtf8, QTextStream) has already consumed the file's BOM.
Result<QList<Record>> parseText(QStringView text, QChar delimiter = u',',
                                const Limits& limits = {});

// parse() over a device read in slices, for files too large to hold at once: each call of next()
// reads about one slice and returns the records that end in it, with the same lines, errors and
// limits (maxInputBytes and maxRecords count the whole input) as parse() over all of it. Memory
// stays at one slice plus the record that straddles its end. Only ASCII delimiters.
class StreamReader {
public:
    static constexpr qsizetype kDefaultSliceBytes = 1024 * 1024;

    explicit StreamReader(QIODevice* in, QChar delimiter = u',', const Limits& limits = {},
                          qsizetype sliceBytes = kDefaultSliceBytes);

    // The next records (possibly none while blank lines are skipped); after an error or once
    // atEnd(), it returns nothing more.
    Result<QList<Record>> next();
    bool atEnd() const { return m_finished; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    // Where the last complete record in m_pending ends (0: none yet), scanning on from m_scanned.
    qsizetype recordBoundary();

    QIODevice* m_in = nullptr;
    char m_delimiter = ',';
    Limits m_limits;
    qsizetype m_sliceBytes = kDefaultSliceBytes;
    QByteArray m_pending;
    qsizetype m_scanned = 0;
    qsizetype m_boundary = 0;
    enum class Scan { FieldStart, Unquoted, Quoted, QuoteInQuoted } m_scan = Scan::FieldStart;
    int m_line = 1;
    qsizetype m_records = 0;
    qint64 m_bytesRead = 0;
    bool m_started = false; // the leading BOM is handled
    bool m_inputEnded = false;
    bool m_finished = false;
    std::optional<Error> m_badDelimiter;
};

// Quotes only when reading back would otherwise differ: the field holds the delimiter, a quote,
// CR or LF, or starts or ends with a space or tab (spreadsheets trim those), or starts with a BOM.
QString formatField(const QString& field, QChar delimiter = u',');
// No line terminator. A row of one empty field is written as "" so it does not read back as a
// blank line (which the parser skips); a row of no fields is an empty string.
QString formatRow(const QStringList& fields, QChar delimiter = u',');
// "\r\n" for CSV (RFC 4180), "\n" for TSV, which is what spreadsheets put on the clipboard.
QString lineTerminator(QChar delimiter);
// UTF-8 without BOM; the header row is left out when empty.
QByteArray write(const QStringList& header, const QList<QStringList>& rows, QChar delimiter = u',');

// formatField for UTF-8 text, appended to `out` (with a delimiter first unless `first`): the same
// bytes as formatField(...).toUtf8(), without building a QString, for exports of millions of rows.
void appendField(QByteArray& out, QByteArrayView utf8, bool first, char delimiter = ',');

// Streams rows (header first, like any other row) to a device, for exports too large to build in
// memory. The first failure is kept: later calls return it again without writing, so a caller
// may check only finish().
class Writer {
public:
    explicit Writer(QIODevice* out, QChar delimiter = u',');

    Status writeRow(const QStringList& fields);
    // Rows already formatted (appendField, each ended by the terminator), `rows` of them.
    Status writeFormatted(QByteArrayView bytes, qsizetype rows);
    // Flushes a file device so a full disk is reported here and not lost at close.
    Status finish();
    qsizetype rowsWritten() const { return m_rows; }

private:
    Status fail(const QString& message);

    QIODevice* m_out = nullptr;
    QChar m_delimiter;
    QByteArray m_terminator;
    qsizetype m_rows = 0;
    std::optional<Error> m_error;
};

// Spreadsheets run a text cell starting with '=', '+', '-', '@', TAB or CR as a formula, so an
// exported name like "=HYPERLINK(...)" would execute on open. Apply to text cells only (a number
// like -5 must stay a number). neutralizeFormula adds one apostrophe when, after all leading
// apostrophes, the first character is a trigger; restoreFormula removes one under the same
// condition, so restoreFormula(neutralizeFormula(s)) == s for every s, including "'=x".
QString neutralizeFormula(const QString& text);
// The same for UTF-8 bytes, appended to `out` (every trigger character is ASCII).
void appendNeutralized(QByteArray& out, QByteArrayView utf8);
QString restoreFormula(const QString& text);

// Header cells matched to known column names, trimmed and case-insensitive, in any order.
struct HeaderMap {
    QHash<QString, int> indexOf; // known name as spelled by the caller -> 0-based column
    QStringList unknown;         // header cells (trimmed) matching no known name
    QStringList missing;         // required names absent from the header
    QStringList duplicate;       // known names appearing more than once; the first one is used

    int column(const QString& name) const; // -1 if absent; name matched like header cells
    bool complete() const { return missing.isEmpty(); }
};

// Required names count as known even when not listed in `known`. Empty header cells are ignored.
HeaderMap mapHeader(const QStringList& header, const QStringList& known,
                    const QStringList& required = {});

} // namespace mm::csv
