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
#include <QTimer>
#include <memory>

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

// Opens the database of the command line (or the default one) and shows the window on it, with
// the event loop already running, so that a check of a big file on a worker or a slow server keep
// the progress dialog live. Refused, it says why and offers another file; it quits the
// application with 1 when the user gives up, and with the window's code when the window closes.
class Startup : public QObject {
public:
    explicit Startup(Preferences preferences)
        : m_preferences(std::move(preferences)) {}

    void open(const QString& path) {
        if (ServerAddress::isServerUrl(path))
            openServer(path);
        else
            openFile(path);
    }

private:
    // Connected off the GUI thread, with a password prompt when the server asks for one. Refused,
    // the message names the server and libpq's reason.
    void openServer(const QString& url) {
        openServerForWindow(nullptr, url, [this, url](Result<ServerLogin> login) {
            if (!login) {
                if (login.error().rule == QLatin1String("cancelled"))
                    return QCoreApplication::exit(1);
                return refuse(url, login.error().toString(), false);
            }
            show(std::move(login->db));
        });
    }

    void openFile(const QString& path) {
        const qint64 limit = m_preferences.fullCheckMaxBytes;
        DatabaseOpener open = [path, limit] { return openOrCreate(path, true, limit); };
        openForWindow(
            nullptr, path, open,
            [this, path, open](Result<WindowDatabase> opened) {
                if (!opened)
                    return refuse(path, opened.error().toString(), true);
                MainWindow* window = show(std::move(opened->db));
                // A big file is shown while its pages are checked; failing, it is closed
                // unwritten and refused like a file that fails at once.
                QObject::connect(window, &MainWindow::pageCheckRefused, this,
                                 [this, path](const QString& message) {
                                     m_window.release()->deleteLater(); // it is still emitting
                                     refuse(path, message, true);
                                 });
                if (opened->pagesUnchecked)
                    window->checkPagesInBackground(open);
            },
            limit);
    }

    MainWindow* show(std::unique_ptr<Database> db) {
        m_window = std::make_unique<MainWindow>(std::move(db));
        m_window->installEventFilter(this);
        m_window->show();
        return m_window.get();
    }

    // The window closed by the user ends the application, as the last window would.
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Close && watched == m_window.get())
            QTimer::singleShot(0, this, [this] {
                if (m_window && !m_window->isVisible())
                    QCoreApplication::exit(0);
            });
        return QObject::eventFilter(watched, event);
    }

    // Nothing was changed on disk; a file lets the user pick another one rather than just quit.
    void refuse(const QString& what, const QString& reason, bool offerAnother) {
        QMessageBox box(
            QMessageBox::Critical, QApplication::translate("mm::GuiApp", "Cannot open database"),
            QApplication::translate("mm::GuiApp", "ModelMarket cannot open %1.").arg(what));
        box.setInformativeText(reason);
        QPushButton* other =
            offerAnother ? box.addButton(QApplication::translate("mm::GuiApp", "Open Another…"),
                                         QMessageBox::AcceptRole)
                         : nullptr;
        box.addButton(QMessageBox::Close);
        box.exec();
        if (!other || box.clickedButton() != static_cast<QAbstractButton*>(other))
            return QCoreApplication::exit(1);
        const QString path = QFileDialog::getOpenFileName(
            nullptr, QApplication::translate("mm::GuiApp", "Open Database"), {},
            QApplication::translate("mm::GuiApp",
                                    "ModelMarket databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return QCoreApplication::exit(1);
        openFile(path);
    }

    Preferences m_preferences;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

int runGui(QApplication& app, const QStringList& arguments) {
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/modelmarket.svg")));
    const Preferences preferences = Preferences::load();
    preferences.apply();
    // Startup ends the application itself: a refused file closes its window before the refusal
    // is shown, which must not end it.
    app.setQuitOnLastWindowClosed(false);
    Startup startup(preferences);
    const QString path = databaseArgument(arguments, preferences);
    QTimer::singleShot(0, &startup, [&startup, path] { startup.open(path); });
    return app.exec();
}

} // namespace mm
