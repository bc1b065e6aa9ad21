#include "ui/shell/CheckedOpen.h"

#include "ui/shell/BackgroundTask.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace mm {

Result<std::unique_ptr<Database>> openCheckingEveryPage(QWidget* parent, const QString& path,
                                                        const DatabaseOpener& open,
                                                        qint64 fullCheckMaxBytes) {
    if (Database::skipsPageCheckAtOpen(path, fullCheckMaxBytes)) {
        const QFileInfo info(path);
        const QString label =
            QCoreApplication::translate("mm::CheckedOpen", "Checking %1 (%2) before opening it…")
                .arg(info.fileName(), QLocale().formattedDataSize(info.size()));
        const Status healthy = runOnWorker(parent, label, false, [&path](const TaskProgress&) {
            return Database::checkEveryPage(path);
        });
        if (!healthy)
            return healthy.error();
    }
    return open();
}

Result<WindowDatabase> openForWindow(QWidget* parent, const QString& path,
                                     const DatabaseOpener& open, qint64 fullCheckMaxBytes) {
    if (Database::skipsPageCheckAtOpen(path, fullCheckMaxBytes)) {
        // A read-only open refuses a file that needs migrating (NeedsUpgrade) or a hot journal
        // rolled back (db.read_only), and writes nothing either way. Every refusal takes the
        // path below, so a broken file is refused with the same words as before.
        Database::OpenOptions options;
        options.mode = Database::ReadOnly;
        options.fullCheckMaxBytes = fullCheckMaxBytes;
        auto shown = Database::open(path, options);
        if (shown)
            return WindowDatabase{std::move(*shown), true};
    }
    auto checked = openCheckingEveryPage(parent, path, open, fullCheckMaxBytes);
    if (!checked)
        return checked.error();
    return WindowDatabase{std::move(*checked), false};
}

} // namespace mm
