#include "ui/CheckedOpen.h"

#include "ui/BackgroundTask.h"

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

} // namespace mm
