#include "ui/shell/GuiApp.h"

#include "data/DefaultDatabase.h"
#include "data/ServerAddress.h"
#include "ui/shell/CheckedOpen.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Preferences.h"
#include "ui/shell/ServerOpen.h"

#include <QApplication>
#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

namespace mm {

namespace {

QString databaseArgument(const QStringList& arguments, const Preferences& preferences) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--db") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (!arguments.at(i).startsWith(u'-') &&
            (i == 1 || arguments.at(i - 1) != QStringLiteral("--db")))
            return arguments.at(i);
    }
    return preferences.defaultDatabasePath.isEmpty() ? defaultDatabasePath()
                                                     : preferences.defaultDatabasePath;
}

// A server database named on the command line: connected off the GUI thread, with a password
// prompt when the server asks for one. Refused, the message names the server and libpq's reason.
int runOnServer(QApplication& app, const QString& url) {
    auto login = openServerForWindow(nullptr, url);
    if (!login) {
        if (login.error().rule == QLatin1String("cancelled"))
            return 1;
        QMessageBox box(
            QMessageBox::Critical, QApplication::translate("mm::GuiApp", "Cannot open database"),
            QApplication::translate("mm::GuiApp", "ModelMarket cannot open %1.").arg(url));
        box.setInformativeText(login.error().toString());
        box.addButton(QMessageBox::Close);
        box.exec();
        return 1;
    }
    MainWindow window(std::move(login->db));
    window.show();
    return app.exec();
}

} // namespace

int runGui(QApplication& app, const QStringList& arguments) {
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/modelmarket.svg")));
    const Preferences preferences = Preferences::load();
    preferences.apply();
    QString path = databaseArgument(arguments, preferences);
    if (ServerAddress::isServerUrl(path))
        return runOnServer(app, path);
    for (;;) {
        const qint64 limit = preferences.fullCheckMaxBytes;
        DatabaseOpener open = [path, limit] { return openOrCreate(path, true, limit); };
        auto opened = openForWindow(nullptr, path, open, limit);
        QString refusal;
        if (opened) {
            MainWindow window(std::move(opened->db));
            // A big file is shown while its pages are checked; failing, it is closed unwritten
            // and refused below like a file that fails at once.
            QObject::connect(&window, &MainWindow::pageCheckRefused, &window,
                             [&refusal, &window](const QString& message) {
                                 refusal = message;
                                 window.close();
                                 QCoreApplication::exit(1);
                             });
            if (opened->pagesUnchecked)
                window.checkPagesInBackground(std::move(open));
            window.show();
            const int code = app.exec();
            if (refusal.isEmpty())
                return code;
        } else {
            refusal = opened.error().toString();
        }
        // Nothing was changed on disk; let the user pick another file rather than just quitting.
        QMessageBox box(
            QMessageBox::Critical, QApplication::translate("mm::GuiApp", "Cannot open database"),
            QApplication::translate("mm::GuiApp", "ModelMarket cannot open %1.").arg(path));
        box.setInformativeText(refusal);
        QPushButton* other = box.addButton(QApplication::translate("mm::GuiApp", "Open Another…"),
                                           QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton*>(other))
            return 1;
        path = QFileDialog::getOpenFileName(
            nullptr, QApplication::translate("mm::GuiApp", "Open Database"), {},
            QApplication::translate("mm::GuiApp",
                                    "ModelMarket databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return 1;
    }
}

} // namespace mm
