// The main window's side of a team server: connecting to a server database, and uploading the
// open economy to one. The rest of MainWindow serves files and servers alike.

#include "data/EconomyCopy.h"
#include "data/ServerAddress.h"
#include "ui/shell/BackgroundTask.h"
#include "ui/shell/ConnectServerDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ServerOpen.h"
#include "ui/shell/Workspace.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace mm {

void MainWindow::connectToServer() {
    ConnectServerDialog dialog(tr("Connect to Server"), this);
    if (dialog.exec() == QDialog::Accepted)
        openServerAt(dialog.url());
}

void MainWindow::openServerAt(const QString& url, const QString& password) {
    openServerForWindow(
        this, url,
        [this](Result<ServerLogin> login) {
            if (!login) {
                if (login.error().rule == QLatin1String("cancelled"))
                    showStatus(login.error().message);
                else // the database open before stays open
                    showError(tr("Connect to Server"), login.error().toString());
                return;
            }
            openWorkspace(std::move(login->db)); // it says where the window is connected now
        },
        password);
}

void MainWindow::chooseUploadTarget() {
    ConnectServerDialog dialog(tr("Upload to Server"), this);
    if (dialog.exec() == QDialog::Accepted)
        uploadToServer(dialog.url());
}

void MainWindow::uploadToServer(const QString& url, const QString& password, bool replace) {
    if (url == m_workspace->database().path()) {
        showError(tr("Upload to Server"),
                  tr("%1 is the database open in this window; choose another one.").arg(url));
        return;
    }
    Database::OpenOptions options;
    options.password = password;
    startInBackground(
        this, m_workspace->database(),
        tr("Uploading the economy to %1…").arg(serverDisplayName(url)),
        [url, options, replace](Database& connection, const TaskProgress& progress) {
            return exchange::copyEconomy(connection, url, options, replace, progress);
        },
        [this, url, password, replace](const Status& done) {
            const QString rule = done ? QString() : done.error().rule;
            if (rule == QLatin1String("cancelled")) {
                showStatus(done.error().message);
            } else if (rule == kRuleDbPassword) {
                if (const auto asked = askServerPassword(this, url, !password.isEmpty()))
                    uploadToServer(url, *asked, replace);
            } else if (rule == QLatin1String("import-not-empty")) {
                if (QMessageBox::question(
                        this, tr("Upload to Server"),
                        tr("%1 already holds an economy. Replace it with this one? Everyone "
                           "using that database sees the change; it cannot be undone.")
                            .arg(serverDisplayName(url))) == QMessageBox::Yes)
                    uploadToServer(url, password, true);
            } else if (!done) {
                showError(tr("Upload to Server"), done.error().toString());
            } else if (QMessageBox::question(
                           this, tr("Upload to Server"),
                           tr("The economy is on %1 now. Open the server copy in this window?")
                               .arg(serverDisplayName(url))) == QMessageBox::Yes) {
                // Not from inside this answer: opening replaces the workspace, which ends the
                // background task still delivering it.
                QTimer::singleShot(0, this, [this, url, password] { openServerAt(url, password); });
            } else {
                showStatus(tr("Uploaded the economy to %1").arg(serverDisplayName(url)));
            }
        });
}

} // namespace mm
