#include "data/EconomyCopy.h"

#include "data/DbError.h"
#include "data/DefaultDatabase.h"
#include "data/ServerAddress.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace mm::exchange {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::exchange)
};

// Reading the source takes this share of the progress bar; the import the rest.
constexpr double kExportShare = 0.3;

Error cancelled() {
    return makeError(Tr::tr("the copy was cancelled; nothing was written"), {},
                     QStringLiteral("cancelled"));
}

} // namespace

Status copyEconomy(Database& source, const QString& target,
                   const Database::OpenOptions& targetOptions, bool replace,
                   const Progress& progress) {
    const auto report = [&progress](double share) { return !progress || progress(share); };
    if (!report(0))
        return cancelled();
    auto economy = exportEconomy(source);
    if (!economy)
        return economy.error();
    if (!report(kExportShare))
        return cancelled();
    auto opened = openOrCreate(target, false, targetOptions);
    if (!opened)
        return opened.error();
    Database& into = **opened;
    if (into.isReadOnly())
        return makeError(Tr::tr("%1 is read-only; nothing was written").arg(into.path()), {},
                         QString(kRuleDbReadOnly));
    QBuffer buffer;
    buffer.setData(QJsonDocument(*economy).toJson(QJsonDocument::Compact));
    if (!buffer.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("cannot read the economy back from memory"));
    const Progress importProgress = [&report](double share) {
        return report(kExportShare + share * (1.0 - kExportShare));
    };
    return importEconomy(into, buffer, replace, importProgress);
}

Status copyEconomy(const QString& source, const QString& target, bool replace,
                   const Progress& progress) {
    if (!ServerAddress::isServerUrl(source) && !QFileInfo::exists(source))
        return makeError(Tr::tr("no database at %1").arg(source), {}, QString(kRuleDbCannotOpen));
    auto from = Database::open(source, Database::ReadOnly);
    if (!from)
        return from.error();
    return copyEconomy(**from, target, {}, replace, progress);
}

Status copyEconomyToFile(Database& source, const QString& path, const Progress& progress) {
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return makeError(Tr::tr("the folder %1 does not exist")
                             .arg(QDir::toNativeSeparators(info.absolutePath())),
                         path, QString(kRuleDbCannotOpen));
    // A free name in the same folder (so the rename below cannot cross file systems); the
    // database is made there from nothing.
    QString partial;
    {
        QTemporaryFile name(
            info.absoluteDir().filePath(info.fileName() + QStringLiteral(".XXXXXX")));
        if (!name.open())
            return makeError(name.errorString(), path, QString(kRuleDbCannotOpen));
        partial = name.fileName();
    }
    const auto removePartial = [&partial] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(partial + suffix);
    };
    Status copied = copyEconomy(source, partial, {}, false, progress);
    if (!copied) {
        removePartial();
        return copied;
    }
    // Closed by copyEconomy(): the copy is one complete file now. rename() replaces `path` in one
    // step, so a reader sees the old file or the new one, never a part.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) !=
        0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        removePartial();
        return makeError(Tr::tr("cannot move the copy into place: %1").arg(reason), path,
                         QString(kRuleDbCannotOpen));
    }
    return Ok{};
}

} // namespace mm::exchange
