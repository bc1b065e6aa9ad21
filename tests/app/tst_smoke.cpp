#include "CliRunner.h"
#include "data/DefaultDatabase.h"
#include "data/Exchange.h"
#include "ui/shell/EconomyComparisonDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
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
        const QStringList expected{
            QStringLiteral("Catalog"),     QStringLiteral("Training"), QStringLiteral("Research"),
            QStringLiteral("Marketplace"), QStringLiteral("Licenses"), QStringLiteral("Buyers"),
            QStringLiteral("Revenue"),     QStringLiteral("Forecast"), QStringLiteral("Scenarios")};
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

    void compareWithEconomyShowsTheChanges() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = openOrCreate(dir.filePath(QStringLiteral("mine.sqlite")), true);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.action(QStringLiteral("actionCompareEconomy")));

        // The other economy: this one's export with a listing repriced and a buyer gone.
        auto exported = exchange::exportEconomy(window.workspace().database());
        QVERIFY(exported);
        QJsonObject other = *exported;
        QJsonArray listings = other.value(QStringLiteral("listings")).toArray();
        QJsonObject listing = listings.at(3).toObject();
        listing.insert(QStringLiteral("price"), QStringLiteral("12345.67"));
        listings.replace(3, listing);
        other.insert(QStringLiteral("listings"), listings);
        QJsonArray buyers = other.value(QStringLiteral("buyers")).toArray();
        buyers.removeAt(0);
        other.insert(QStringLiteral("buyers"), buyers);
        const QString otherPath = dir.filePath(QStringLiteral("other.json"));
        {
            QFile file(otherPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(exchange::economyJsonText(other));
        }

        auto* dialog = new EconomyComparisonDialog(window.workspace(), otherPath, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QPointer<EconomyComparisonDialog> alive(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 30000);
        QCOMPARE(dialog->errorText(), QString());
        QCOMPARE(dialog->diff().changes.size(), 2);
        QCOMPARE(dialog->visibleChanges(), 2);
        QCOMPARE(dialog->countLabel()->text(),
                 QStringLiteral("Changes: 2 (0 added, 1 removed, 1 changed)"));
        QCOMPARE(dialog->changesView()->model()->rowCount(), 2); // buyers, listings

        QTest::keyClicks(dialog->filterEdit(), QStringLiteral("12345.67"));
        QCOMPARE(dialog->visibleChanges(), 1);
        QVERIFY(dialog->countLabel()->text().startsWith(QStringLiteral("Changes: 1 of 2 shown")));
        dialog->filterEdit()->clear();
        QTest::keyClicks(dialog->filterEdit(), QStringLiteral("BUYERS")); // a table's name
        QCOMPARE(dialog->visibleChanges(), 1);
        if (const QString shots = qEnvironmentVariable("MM_COMPARE_SCREENSHOT"); !shots.isEmpty()) {
            dialog->filterEdit()->clear();
            QVERIFY(dialog->grab().save(shots));
        }

        // Esc closes it, from the filter box too.
        dialog->filterEdit()->setFocus();
        QTest::keyClick(dialog->filterEdit(), Qt::Key_Escape);
        QTRY_VERIFY(alive.isNull());

        // A file it cannot read is named in the dialog.
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        EconomyComparisonDialog refused(window.workspace(), missing, &window);
        QTRY_VERIFY_WITH_TIMEOUT(refused.isLoaded(), 30000);
        QVERIFY2(refused.errorText().contains(missing), qPrintable(refused.errorText()));
        QVERIFY(refused.countLabel()->text().contains(missing));
    }

    void binaryVersionWithoutDisplay() {
        const CliResult result = runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral(MODELMARKET_VERSION)));
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
