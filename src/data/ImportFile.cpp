#include "data/Csv.h"
#include "data/Exchange.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mm::exchange {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::exchange)
};

} // namespace

Result<std::unique_ptr<QFile>> openImportFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Tr::tr("no such file"), path, QStringLiteral("import-no-file"));
    // Checked before reading: a huge file must not be loaded into memory to be refused.
    if (info.size() > kMaxImportBytes)
        return makeError(Tr::tr("the file is %1 bytes, more than the %2 MB an import accepts")
                             .arg(info.size())
                             .arg(kMaxImportBytes / (1024 * 1024)),
                         path, QString(csv::kRuleInputTooLarge));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return makeError(Tr::tr("cannot read the file: %1").arg(file->errorString()), path,
                         QStringLiteral("import-read"));
    return file;
}

Result<QByteArray> readImportFile(const QString& path) {
    auto file = openImportFile(path);
    if (!file)
        return file.error();
    QByteArray bytes = (*file)->read(kMaxImportBytes + 1);
    if ((*file)->error() != QFileDevice::NoError)
        return makeError(Tr::tr("cannot read the file: %1").arg((*file)->errorString()), path,
                         QStringLiteral("import-read"));
    return bytes;
}

Status importEconomyFile(Database& db, const QString& path, bool replace,
                         const Progress& progress) {
    auto file = openImportFile(path);
    if (!file)
        return file.error();
    auto done = importEconomy(db, **file, replace, progress);
    if (!done && done.error().where.isEmpty() &&
        done.error().rule == QLatin1String("import-json")) {
        Error error = done.error();
        error.where = path;
        return error;
    }
    return done;
}

} // namespace mm::exchange
