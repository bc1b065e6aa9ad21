#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

class QFile;
class QIODevice;

namespace mm {

class Database;

// What can be moved in and out as CSV.
enum class ExchangeTable { Catalog, Buyers, Licenses };

// One problem in an import: physical line (1-based, header = line 1), column name, reason.
struct ImportProblem {
    int line = 0;
    QString column;
    QString reason;

    QString toString() const;
};

struct ImportReport {
    qint64 inserted = 0;
    qint64 updated = 0;
    QStringList unknownColumns;    // reported, ignored
    QList<ImportProblem> problems; // non-empty: nothing was written

    bool ok() const { return problems.isEmpty(); }
    QString summary() const;
};

// CSV per RFC 4180 with a header row mapped by column name. Import reads the file in slices and
// checks and writes each row inside one transaction, listing every bad row; if there is any, it
// rolls back, so it writes all or nothing. Memory does not grow with the file. Rows whose name
// matches an existing record update it. Export writes the same columns, so export → import
// round-trips exactly.
namespace exchange {

// Share done (0..1) of a long import or export; return false to cancel it (an import then
// writes nothing, and the call fails with rule "cancelled").
using Progress = std::function<bool(double share)>;

QStringList csvColumns(ExchangeTable table);
Result<ImportReport> importCsv(Database& db, ExchangeTable table, const QByteArray& csvUtf8,
                               const Progress& progress = {});
Result<ImportReport> importCsvFile(Database& db, ExchangeTable table, const QString& path,
                                   const Progress& progress = {});
Status exportCsv(Database& db, ExchangeTable table, QIODevice& out, const Progress& progress = {});

// The whole economy (config, catalog, buyers, listings, licenses, usage, research, jobs, clock) as
// one JSON document that round-trips losslessly. Import replaces everything, in one transaction,
// and only into a database that has no models, buyers or licenses yet unless `replace` is set.
// It streams the document (keys in any order) record by record, so memory does not grow with
// it; `in` must be seekable, as it is read twice (EconomyImport.cpp says why). A bad record fails
// the import with the first problem as the error, the other problems of its list in the
// message. Before it commits, the imported economy must pass domainProblems() (IntegrityCheck.h),
// the rules `modelmarket check` enforces; otherwise it rolls back and fails with rule "domain",
// the message listing every broken rule with its table and ids.
Result<QJsonObject> exportEconomy(Database& db);
Status importEconomy(Database& db, QIODevice& in, bool replace = false,
                     const Progress& progress = {});
// The same for a document already in memory.
Status importEconomy(Database& db, const QJsonObject& economy, bool replace = false);

// The `format` and `version` of the economy JSON. docs/economy.schema.json describes this version
// and changes with it.
inline constexpr char kEconomyFormat[] = "modelmarket-economy";
inline constexpr int kEconomyVersion = 1;

// The economy JSON as text that diffs well line by line in git: keys sorted at every level, each
// element of a top-level list compact on a line of its own, the config pretty-printed, UTF-8,
// ending in a newline. Every writer of economy JSON uses it; readers accept any valid JSON.
QByteArray economyJsonText(const QJsonObject& economy);

// Largest input file accepted; bigger ones are refused before reading.
constexpr qint64 kMaxImportBytes = 512LL * 1024 * 1024;

// The bytes of an import file: refused with rule csv.input-too-large before anything is read when
// it is bigger than kMaxImportBytes, or with import-no-file / import-read.
Result<QByteArray> readImportFile(const QString& path);
// The same checks, then the file opened for reading, for imports that stream it.
Result<std::unique_ptr<QFile>> openImportFile(const QString& path);
// openImportFile, then importEconomy streaming the file; a syntax error names its line, column
// and path.
Status importEconomyFile(Database& db, const QString& path, bool replace = false,
                         const Progress& progress = {});

} // namespace exchange

} // namespace mm
