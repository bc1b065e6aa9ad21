#include "ui/shell/CheckedOpen.h"

#include "ui/shell/BackgroundTask.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace mm {

void openCheckingEveryPage(QWidget* parent, const QString& path, DatabaseOpener open,
                           OpenedDone done, qint64 fullCheckMaxBytes) {
    if (!Database::skipsPageCheckAtOpen(path, fullCheckMaxBytes)) {
        done(open());
        return;
    }
    const QFileInfo info(path);
    const QString label =
        QCoreApplication::translate("mm::CheckedOpen", "Checking %1 (%2) before opening it…")
            .arg(info.fileName(), QLocale().formattedDataSize(info.size()));
    startOnWorker(
        parent, label, false,
        [path](const TaskProgress&) { return Database::checkEveryPage(path); },
        [open = std::move(open), done = std::move(done)](std::optional<Status> healthy) {
            // Not cancellable: there is always an answer.
            if (healthy && !*healthy)
                done(healthy->error());
            else
                done(open());
        });
}

void openForWindow(QWidget* parent, const QString& path, DatabaseOpener open, WindowOpenedDone done,
                   qint64 fullCheckMaxBytes) {
    if (Database::skipsPageCheckAtOpen(path, fullCheckMaxBytes)) {
        // A read-only open refuses a file that needs migrating (NeedsUpgrade) or a hot journal
        // rolled back (db.read_only), and writes nothing either way. Every refusal takes the
        // path below, so a broken file is refused with the same words as before.
        Database::OpenOptions options;
        options.mode = Database::ReadOnly;
        options.fullCheckMaxBytes = fullCheckMaxBytes;
        if (auto shown = Database::open(path, options)) {
            done(WindowDatabase{std::move(*shown), true});
            return;
        }
    }
    openCheckingEveryPage(
        parent, path, std::move(open),
        [done = std::move(done)](Result<std::unique_ptr<Database>> checked) {
            if (!checked)
                done(checked.error());
            else
                done(WindowDatabase{std::move(*checked), false});
        },
        fullCheckMaxBytes);
}

} // namespace mm
