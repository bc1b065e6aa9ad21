// The application's start (runGui) in-process, as `modelmarket FILE` runs it: the window opens on
// the file with the event loop already running and its close ends the application with 0; a file
// or a server that cannot be opened is refused with the reason, left untouched, and Close ends
// with 1. A big file that needs its pages read first is read on a worker behind a progress dialog
// while the loop runs on, and then migrated.

#include "FileChecks.h"
#include "ResultChecks.h"
#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "data/Migrations.h"
#include "ui/shell/GuiApp.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

MainWindow* visibleMainWindow() {
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<MainWindow*>(widget); window && window->isVisible())
            return window;
    }
    return nullptr;
}

// Runs runGui on `arguments` while `step` looks at the application every 20 ms until it returns
// true. Returns runGui's exit code; -1 when it had not ended after a minute.
int runGuiWhile(const QStringList& arguments, const std::function<bool()>& step) {
    QTimer poll;
    bool finished = false;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!finished && step())
            finished = true;
    });
    poll.start(20);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [] { QCoreApplication::exit(-1); });
    deadline.start(60000);
    return runGui(*qApp, QStringList{u"modelmarket"_s} + arguments);
}

// Closes the main window once it is on screen, keeping the path it shows.
bool closeWindowOnceShown(QString* shownPath) {
    MainWindow* window = visibleMainWindow();
    if (!window)
        return false;
    *shownPath = window->workspace().database().path();
    window->close();
    return true;
}

// Presses `button` on the message box on screen, keeping its text.
bool answerMessageBox(QMessageBox::StandardButton button, QString* text) {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!box || !box->isVisible())
        return false;
    *text = box->text() + u'\n' + box->informativeText();
    box->button(button)->click();
    return true;
}

} // namespace

class TestStartup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void windowOpensOnTheFileAndItsCloseEnds() {
        const QString path = m_dir.filePath(u"demo.sqlite"_s);
        {
            auto db = openOrCreate(path, true);
            MM_VERIFY_OK(db);
        }
        QString shownPath;
        const int code = runGuiWhile({path}, [&] { return closeWindowOnceShown(&shownPath); });
        QCOMPARE(code, 0);
        QCOMPARE(shownPath, path);
    }

    void fileThatIsNoDatabaseIsRefusedUntouched() {
        const QString path = m_dir.filePath(u"notes.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64 * 1024, 'x'));
        file.close();
        const QByteArray before = testing::fileHash(path);
        QString said;
        const int code =
            runGuiWhile({path}, [&] { return answerMessageBox(QMessageBox::Close, &said); });
        QCOMPARE(code, 1);
        QVERIFY2(said.contains(path), qPrintable(said));
        QVERIFY(!visibleMainWindow());
        QCOMPARE(testing::fileHash(path), before);
    }

    void bigFileNeedingUpgradeIsReadOnAWorkerFirst() {
        // A schema-version-1 file, bigger than the (lowered) whole-read limit: its pages are read
        // on a worker before it is migrated, and the window opens on it once they passed.
        const QString path = m_dir.filePath(u"v1.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(MM_TEST_DATA_DIR) + u"/schema_v1.sqlite"_s, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QSettings().setValue(u"preferences/fullCheckMaxBytes"_s, 0);
        QString shownPath;
        const int code = runGuiWhile({path}, [&] { return closeWindowOnceShown(&shownPath); });
        QSettings().remove(u"preferences/fullCheckMaxBytes"_s);
        QCOMPARE(code, 0);
        QCOMPARE(shownPath, path);
        auto db = Database::open(path);
        MM_VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), kCurrentSchemaVersion);
    }

    void unreachableServerIsRefusedWithItsAddress() {
        const QString url =
            u"postgresql://nobody@/economy?host=%1"_s.arg(m_dir.filePath(u"none"_s));
        QString said;
        const int code = runGuiWhile({u"--db"_s, url},
                                     [&] { return answerMessageBox(QMessageBox::Close, &said); });
        QCOMPARE(code, 1);
        QVERIFY2(said.contains(url), qPrintable(said));
        QVERIFY(!visibleMainWindow());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
