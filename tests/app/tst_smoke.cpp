#include "CliRunner.h"
#include "data/DefaultDatabase.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <functional>

using namespace mm;

// The application starts offscreen and shows its main window, with every area, on the demo
// economy of a fresh database.
class TestSmoke : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("ModelMarketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("smoke"));
    }

    void mainWindowShowsEveryArea() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("smoke.sqlite"));
        auto db = openOrCreate(path, true);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("smoke.sqlite")));

        QStringList titles;
        for (int i = 0; i < window.areas()->count(); ++i)
            titles.append(window.areas()->tabText(i));
        const QStringList expected{QStringLiteral("Catalog"),  QStringLiteral("Training"),
                                   QStringLiteral("Research"), QStringLiteral("Marketplace"),
                                   QStringLiteral("Licenses"), QStringLiteral("Buyers"),
                                   QStringLiteral("Revenue"),  QStringLiteral("Forecast"),
                                   QStringLiteral("Scenarios")};
        QCOMPARE(titles, expected);

        // Menus and the actions the issue names are there and reachable by keyboard.
        QStringList menus;
        for (QAction* menu : window.menuBar()->actions())
            menus.append(menu->text().remove(u'&'));
        for (const char* name : {"File", "Edit", "View", "Game", "Help"})
            QVERIFY2(menus.contains(QLatin1StringView(name)), name);
        for (const char* name :
             {"actionNew", "actionOpen", "actionSaveCopy", "actionQuit", "actionUndo", "actionRedo",
              "actionCut", "actionCopy", "actionPaste", "actionPasteAsNewRows", "actionFillDown",
              "actionDelete", "actionFind", "actionPreferences"}) {
            QAction* action = window.action(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
        }
        QVERIFY(window.findChild<QToolBar*>(QStringLiteral("clockToolBar")));

        // Every change is saved as it is made: no unsaved-work mark, ever. Undo and Redo are the
        // undo stack's own actions and follow it.
        QAction* undo = window.action(QStringLiteral("actionUndo"));
        QAction* redo = window.action(QStringLiteral("actionRedo"));
        QVERIFY(!undo->isEnabled() && !redo->isEnabled());
        window.workspace().undoStack()->push(new QUndoCommand(QStringLiteral("an edit")));
        QVERIFY(!window.isWindowModified());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo an edit"));
        undo->trigger();
        QCOMPARE(window.workspace().undoStack()->index(), 0);
        QVERIFY(redo->isEnabled() && !undo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("&Redo an edit"));
        redo->trigger();
        QCOMPARE(window.workspace().undoStack()->index(), 1);
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.grab().width() > 0);

        // Paste and Fill Down are enabled only where the area does them (the catalog), not in
        // the tables that have nothing to paste into; Copy works everywhere.
        for (int i = 0; i < window.areas()->count(); ++i) {
            window.areas()->setCurrentIndex(i);
            const bool catalog = window.areas()->tabText(i) == QStringLiteral("Catalog");
            const QString area = window.areas()->tabText(i);
            QCOMPARE(window.action(QStringLiteral("actionPaste"))->isEnabled(), catalog);
            QCOMPARE(window.action(QStringLiteral("actionFillDown"))->isEnabled(), catalog);
            QCOMPARE(window.action(QStringLiteral("actionPasteAsNewRows"))->isEnabled(), catalog);
            QVERIFY2(window.action(QStringLiteral("actionCopy"))->isEnabled(), qPrintable(area));
        }
    }

    void newAndOpenRefuseMissingFolder() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("open.sqlite"));
        auto db = openOrCreate(path, false);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString missing = dir.filePath(QStringLiteral("no/such/folder"));
        const QString typo = missing + QStringLiteral("/x.sqlite");
        const auto refusal = [&window](const std::function<void()>& attempt) {
            QString shown;
            QTimer::singleShot(0, &window, [&shown] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                shown = box->text();
                box->accept();
            });
            attempt();
            return shown;
        };
        for (const auto& [what, attempt] : {std::pair<const char*, std::function<void()>>{
                                                "New", [&] { window.newDatabaseAt(typo); }},
                                            {"Open", [&] { window.openDatabaseAt(typo); }}}) {
            const QString message = refusal(attempt);
            QVERIFY2(message.contains(QDir::toNativeSeparators(missing)), what);
            QVERIFY2(message.contains(QStringLiteral("does not exist")), what);
            QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))), what);
            QCOMPARE(window.workspace().database().path(), path); // still the open one
        }
    }

    void binaryVersionWithoutDisplay() {
        const CliResult result = runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral(MODELMARKET_VERSION)));
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
