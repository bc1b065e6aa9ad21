// The window and another program on one file at once, as when a designer keeps ModelMarket open
// while a script runs `modelmarket sell` or a colleague's window saves edits:
//
// - sales and imports made by another process show up in the open window by themselves (the
//   workspace polls PRAGMA data_version), and the status bar says where they came from;
// - a cell edit in the window merges with another program's edit of the same model (only the
//   edited cell changes, so neither side's change is lost), and the other program sees it;
// - undoing an edit whose model another program saved since is refused with a message naming the
//   model; the other program's value stays;
// - while another program holds the write lock, an edit and an undo in the window wait for it
//   without freezing the window (the status bar says what waits) and are made once the lock is
//   free; held longer than the busy timeout, the edit is refused with a message saying so and
//   nothing is written; once the lock is gone the same edit works;
// - opening the file a second time in this process (File > Open of the same file, a dialog's own
//   connection) leaves SQLite's locks in place: another program closing its connection must not
//   take itself for the last user and delete the WAL under the open window, which would lose
//   every later commit.

#include "ReliabilitySupport.h"
#include "data/Database.h"
#include "data/ModelRepository.h"
#include "models/CatalogColumns.h"
#include "models/CatalogModel.h"
#include "models/LicenseTableModel.h"
#include "ui/catalog/CatalogArea.h"
#include "ui/licenses/LicensesArea.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UndoHistoryView.h"
#include "ui/shell/Workspace.h"
#include "ui/shell/WriteGate.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace mm;
using namespace mm::reliability;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 10'000; // the poll runs every second; a loaded CI machine may lag

QString cli() {
    return QStringLiteral(MM_APP_BINARY);
}

QString writer() {
    return QStringLiteral(MM_WRITER_BINARY);
}

struct Finished {
    int exitCode = -1;
    QString output;
};

// Runs another program to completion without spinning this process's event loop, so the window
// cannot notice the change before the test looks.
Finished runOther(const QString& program, const QStringList& arguments,
                  const QByteArray& input = {}) {
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(program, arguments);
    if (!process.waitForStarted(30'000))
        return {};
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

int rowOfModel(const CatalogModel& model, const QString& name) {
    const int nameColumn = catalogSection(CatalogColumn::Name);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, nameColumn)).toString() == name)
            return row;
    }
    return -1;
}

double shownEfficiency(const CatalogModel& model, const QString& name) {
    const int row = rowOfModel(model, name);
    if (row < 0)
        return -1;
    return model.data(model.index(row, catalogSection(CatalogColumn::Efficiency)), Qt::EditRole)
        .toDouble();
}

std::optional<ModelRecord> storedModel(const QString& path, const QString& name) {
    auto db = Database::open(path, Database::ReadOnly);
    if (!db) {
        qWarning() << db.error().toString();
        return std::nullopt;
    }
    auto found = ModelRepository(**db).findByName(name);
    if (!found || !found->has_value()) {
        qWarning() << (found ? u"no model %1"_s.arg(name) : found.error().toString());
        return std::nullopt;
    }
    return **found;
}

// The catalog as a second window shows it: its own connection, undo stack and area.
struct CatalogWindow {
    explicit CatalogWindow(std::unique_ptr<Database> db)
        : workspace(std::move(db))
        , area(workspace) {}
    Workspace workspace;
    CatalogArea area;
};

} // namespace

class TestTwoWindows : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void windowShowsAnotherProgramsSalesAndImports();
    void editsMergeAndStaleUndoIsRefused();
    void editDuringAnotherProgramsLongWriteIsRefusedCleanly();
    void editAndUndoWaitForAnotherProgramsWriteWithoutFreezing();
    void windowSaysWhatWaitsAndEscapeGivesItUp();
    void undoHistoryStepWaitsForTheLock();
    void secondOpenInThisProcessKeepsTheWal();

private:
    // A catalog on the test's file once it shows the model `name`; null (with a warning) when it
    // cannot be opened or does not show it in time.
    std::unique_ptr<CatalogWindow> openCatalogShowing(const QString& name);
    // Starts the writer holding the test file's write lock for `ms`; true once it holds it.
    bool startHoldingLock(QProcess& holder, int ms);
    // The main window on the test file, shown with its catalog loaded; null when it is not.
    std::unique_ptr<MainWindow> openMainWindow();

    QTemporaryDir m_dir;
    QString m_db;
    QString m_listedModel; // listed in the commercial tier
    QString m_buyer;       // may license it there
};

void TestTwoWindows::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTwoWindows::init() {
    m_db = m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    const Finished generated =
        runOther(cli(), {u"--db"_s, m_db, u"generate"_s, u"--models"_s, u"30"_s, u"--buyers"_s,
                         u"12"_s, u"--licenses"_s, u"0"_s, u"--seed"_s, u"11"_s});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.output));

    auto db = Database::open(m_db);
    QVERIFY(db);
    auto models = (*db)->query(u"SELECT m.name FROM listings l JOIN models m ON m.id = l.model_id "
                               "WHERE l.tier = 'commercial' AND m.status = 'listed' ORDER BY m.id "
                               "LIMIT 1"_s,
                               {}, u"choosing a model"_s);
    QVERIFY(models && models->next());
    m_listedModel = models->value(0).toString();
    auto buyers = (*db)->query(u"SELECT name FROM buyers WHERE type = 'enterprise' ORDER BY id "
                               "LIMIT 1"_s,
                               {}, u"choosing a buyer"_s);
    QVERIFY(buyers && buyers->next());
    m_buyer = buyers->value(0).toString();
    auto rich = (*db)->query(u"UPDATE buyers SET budget_cents = 100000000000000"_s, {},
                             u"raising budgets"_s);
    QVERIFY(rich);
}

bool TestTwoWindows::startHoldingLock(QProcess& holder, int ms) {
    holder.setProcessEnvironment(childEnvironment());
    holder.start(writer(), {u"hold-lock"_s, m_db, u"--ms"_s, QString::number(ms)});
    return holder.waitForReadyRead(30'000) && holder.readLine().trimmed() == "locked";
}

std::unique_ptr<MainWindow> TestTwoWindows::openMainWindow() {
    auto db = Database::open(m_db);
    if (!db) {
        qWarning() << db.error().toString();
        return nullptr;
    }
    auto window = std::make_unique<MainWindow>(std::move(*db));
    window->show();
    auto* catalog = window->findChild<CatalogArea*>(u"catalogArea"_s);
    if (!QTest::qWaitForWindowExposed(window.get()) || !catalog ||
        !QTest::qWaitFor([catalog] { return catalog->model()->rowCount() == 30; }, kWaitMs)) {
        qWarning() << "the window did not show the catalog";
        return nullptr;
    }
    return window;
}

std::unique_ptr<CatalogWindow> TestTwoWindows::openCatalogShowing(const QString& name) {
    auto opened = Database::open(m_db);
    if (!opened) {
        qWarning() << opened.error().toString();
        return nullptr;
    }
    auto window = std::make_unique<CatalogWindow>(std::move(*opened));
    QElapsedTimer waiting;
    waiting.start();
    while (rowOfModel(*window->area.model(), name) < 0) {
        if (waiting.elapsed() > kWaitMs) {
            qWarning() << "the catalog does not show" << name;
            return nullptr;
        }
        QTest::qWait(20);
    }
    return window;
}

void TestTwoWindows::windowShowsAnotherProgramsSalesAndImports() {
    auto db = Database::open(m_db);
    QVERIFY(db);
    MainWindow window(std::move(*db));
    auto* catalog = window.findChild<CatalogArea*>(u"catalogArea"_s);
    auto* licenses = window.findChild<LicensesArea*>(u"licensesArea"_s);
    QVERIFY(catalog && licenses);
    QTRY_COMPARE_WITH_TIMEOUT(catalog->model()->rowCount(), 30, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(licenses->model()->rowCount(), 0, kWaitMs);

    const Finished sold = runOther(cli(), {u"--db"_s, m_db, u"sell"_s, u"--model"_s, m_listedModel,
                                           u"--buyer"_s, m_buyer, u"--tier"_s, u"commercial"_s});
    QVERIFY2(sold.exitCode == 0, qPrintable(sold.output));
    QCOMPARE(licenses->model()->rowCount(), 0); // nothing has looked yet
    QTRY_COMPARE_WITH_TIMEOUT(licenses->model()->rowCount(), 1, kWaitMs);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"another program"_s),
             qPrintable(window.statusBar()->currentMessage()));

    const QString csv = m_dir.filePath(u"one_model.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,architecture,size_class,parameters\n"
                   "Imported Elsewhere,transformer,small,1500000000\n");
    }
    const Finished imported = runOther(cli(), {u"--db"_s, m_db, u"import"_s, u"catalog"_s, csv});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.output));
    QTRY_COMPARE_WITH_TIMEOUT(catalog->model()->rowCount(), 31, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfModel(*catalog->model(), u"Imported Elsewhere"_s) >= 0, kWaitMs);

    // View > Reload reads everything at once, without waiting for the poll.
    QAction* reload = window.findChild<QAction*>(u"actionReload"_s);
    QVERIFY(reload);
    QCOMPARE(reload->shortcut(), QKeySequence(u"Ctrl+R"_s));
    const Finished soldAgain =
        runOther(cli(), {u"--db"_s, m_db, u"sell"_s, u"--model"_s, m_listedModel, u"--buyer"_s,
                         m_buyer, u"--tier"_s, u"commercial"_s});
    QVERIFY2(soldAgain.exitCode == 0, qPrintable(soldAgain.output));
    reload->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(licenses->model()->rowCount(), 2, 2000);
}

void TestTwoWindows::editsMergeAndStaleUndoIsRefused() {
    const auto window = openCatalogShowing(m_listedModel);
    QVERIFY(window);
    Workspace& workspace = window->workspace;
    CatalogArea& area = window->area;
    CatalogModel* model = area.model();
    const auto before = storedModel(m_db, m_listedModel);
    QVERIFY(before);

    // Another program adds research points to the model; the window, not yet refreshed, edits
    // its efficiency. Both changes must survive.
    const Finished researched = runOther(
        writer(), {u"edit-loop"_s, m_db, u"--count"_s, u"1"_s, u"--models"_s, m_listedModel});
    QVERIFY2(researched.exitCode == 0, qPrintable(researched.output));
    const int row = rowOfModel(*model, m_listedModel);
    // The model hands the edit to the area as an undo command and answers false: the row shows
    // the new value when it is read back.
    model->setData(model->index(row, catalogSection(CatalogColumn::Efficiency)), 33.5);
    QCOMPARE(workspace.undoStack()->count(), 1);
    QVERIFY2(area.problemText().isEmpty(), qPrintable(area.problemText()));
    auto merged = storedModel(m_db, m_listedModel);
    QVERIFY(merged);
    QCOMPARE(merged->efficiency, std::optional<double>(33.5));
    QCOMPARE(merged->researchPoints, before->researchPoints + 1);

    // The other program sees the window's edit and saves its own efficiency on top of it.
    const Finished overwritten = runOther(
        writer(),
        {u"stale-race"_s, m_db, u"--model"_s, m_listedModel, u"--efficiency"_s, u"44.25"_s},
        "go\n");
    QVERIFY2(overwritten.exitCode == 0, qPrintable(overwritten.output));
    QVERIFY2(overwritten.output.contains(u"result ok"_s), qPrintable(overwritten.output));
    QTRY_COMPARE_WITH_TIMEOUT(shownEfficiency(*model, m_listedModel), 44.25, kWaitMs);

    // Undoing the window's edit would silently throw the other program's value away: refused.
    QSignalSpy failures(&workspace, &Workspace::commandFailed);
    workspace.undoStack()->undo();
    QCOMPARE(failures.size(), 1);
    const QString message = failures.at(0).at(0).toString();
    QVERIFY2(message.contains(m_listedModel), qPrintable(message));
    QVERIFY2(area.problemText().contains(m_listedModel), qPrintable(area.problemText()));
    auto after = storedModel(m_db, m_listedModel);
    QVERIFY(after);
    QCOMPARE(after->efficiency, std::optional<double>(44.25));
    QCOMPARE(after->researchPoints, before->researchPoints + 1);
}

void TestTwoWindows::editDuringAnotherProgramsLongWriteIsRefusedCleanly() {
    const auto window = openCatalogShowing(m_listedModel);
    QVERIFY(window);
    Workspace& workspace = window->workspace;
    CatalogArea& area = window->area;
    CatalogModel* model = area.model();
    const auto before = storedModel(m_db, m_listedModel);
    QVERIFY(before);
    QSignalSpy refusals(&workspace, &Workspace::commandFailed);

    const int holdMs = workspace.database().busyTimeout() + 2500;
    QProcess holder;
    QVERIFY(startHoldingLock(holder, holdMs));

    const int row = rowOfModel(*model, m_listedModel);
    const QModelIndex efficiency = model->index(row, catalogSection(CatalogColumn::Efficiency));
    model->setData(efficiency, 12.25);
    // The edit waits in the gate's queue; setData() has returned and the window goes on.
    QVERIFY(workspace.writeGate().isWaiting());
    QTRY_COMPARE_WITH_TIMEOUT(refusals.size(), 1, holdMs);
    const QString refusal = refusals.at(0).at(0).toString();
    QVERIFY2(refusal.contains(u"another program kept"_s) && refusal.contains(m_db),
             qPrintable(refusal));
    QVERIFY(!workspace.writeGate().isWaiting());
    QCOMPARE(workspace.undoStack()->count(), 0);
    auto during = storedModel(m_db, m_listedModel);
    QVERIFY(during);
    QCOMPARE(during->efficiency, before->efficiency);

    QVERIFY(holder.waitForFinished(30'000));
    QCOMPARE(holder.exitCode(), 0);
    model->setData(efficiency, 12.25);
    QCOMPARE(workspace.undoStack()->count(), 1);
    auto after = storedModel(m_db, m_listedModel);
    QVERIFY(after);
    QCOMPARE(after->efficiency, std::optional<double>(12.25));
}

void TestTwoWindows::editAndUndoWaitForAnotherProgramsWriteWithoutFreezing() {
    const auto window = openCatalogShowing(m_listedModel);
    QVERIFY(window);
    Workspace& workspace = window->workspace;
    CatalogModel* model = window->area.model();
    const auto before = storedModel(m_db, m_listedModel);
    QVERIFY(before);
    QSignalSpy refusals(&workspace, &Workspace::commandFailed);
    QSignalSpy waiting(&workspace.writeGate(), &WriteGate::waitingChanged);
    const int row = rowOfModel(*model, m_listedModel);
    const QModelIndex efficiency = model->index(row, catalogSection(CatalogColumn::Efficiency));

    // Held for less than the busy timeout: the edit, and then an undo queued behind it, are made
    // once the other program lets go, in that order.
    const auto holdLock = [&](QProcess& holder) {
        return startHoldingLock(holder, workspace.database().busyTimeout() / 2);
    };
    // waitForFinished() is false for a process the event loop already saw end.
    const auto finished = [](QProcess& holder) {
        return holder.state() == QProcess::NotRunning || holder.waitForFinished(30'000);
    };
    QProcess holder;
    QVERIFY(holdLock(holder));
    model->setData(efficiency, 31.5);
    QVERIFY(workspace.writeGate().isWaiting());
    QVERIFY(!waiting.isEmpty());
    const QString announced = waiting.last().at(0).toString();
    QVERIFY2(announced.contains(u"another program is writing to"_s), qPrintable(announced));
    QCOMPARE(workspace.undoStack()->count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.writeGate().isWaiting(),
                             workspace.database().busyTimeout());
    QVERIFY(finished(holder));
    QCOMPARE(workspace.undoStack()->count(), 1);
    QCOMPARE(storedModel(m_db, m_listedModel)->efficiency, std::optional<double>(31.5));

    QProcess secondHolder;
    QVERIFY(holdLock(secondHolder));
    workspace.undo();
    QVERIFY(workspace.writeGate().isWaiting());
    QCOMPARE(workspace.undoStack()->index(), 1); // not undone yet
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.writeGate().isWaiting(),
                             workspace.database().busyTimeout());
    QVERIFY(finished(secondHolder));
    QCOMPARE(workspace.undoStack()->index(), 0);
    QCOMPARE(storedModel(m_db, m_listedModel)->efficiency, before->efficiency);
    QCOMPARE(refusals.size(), 0);
    QCOMPARE(waiting.last().at(0).toString(), QString());

    // Stop Waiting drops a waiting edit: nothing of it is written, even after the lock is free.
    QProcess thirdHolder;
    QVERIFY(holdLock(thirdHolder));
    model->setData(efficiency, 47.75);
    QVERIFY(workspace.writeGate().isWaiting());
    QSignalSpy stopped(&workspace.writeGate(), &WriteGate::stopped);
    workspace.writeGate().cancel();
    QVERIFY(!workspace.writeGate().isWaiting());
    QCOMPARE(refusals.size(), 0); // the user's own choice: a note, not an error
    QCOMPARE(stopped.size(), 1);
    QVERIFY2(stopped.at(0).at(0).toString().startsWith(u"Stopped waiting"_s),
             qPrintable(stopped.at(0).at(0).toString()));
    QVERIFY(finished(thirdHolder));
    QCOMPARE(storedModel(m_db, m_listedModel)->efficiency, before->efficiency);
    QCOMPARE(workspace.undoStack()->count(), 1); // only the undone edit, still redoable
}

void TestTwoWindows::windowSaysWhatWaitsAndEscapeGivesItUp() {
    const auto window = openMainWindow();
    QVERIFY(window);
    auto* catalog = window->findChild<CatalogArea*>(u"catalogArea"_s);
    QVERIFY(catalog);
    auto* waitLabel = window->findChild<QLabel*>(u"writeWaitStatus"_s);
    auto* stopWaiting = window->findChild<QAction*>(u"actionStopWaiting"_s);
    QVERIFY(waitLabel && stopWaiting);
    QVERIFY(!waitLabel->isVisible());
    QVERIFY(!stopWaiting->isEnabled()); // Esc belongs to editors and dialogs meanwhile

    QProcess holder;
    QVERIFY(startHoldingLock(holder, 60'000));
    CatalogModel* model = catalog->model();
    const auto before = storedModel(m_db, m_listedModel);
    QVERIFY(before);
    const QModelIndex efficiency =
        model->index(rowOfModel(*model, m_listedModel), catalogSection(CatalogColumn::Efficiency));
    model->setData(efficiency, 8.5);
    QVERIFY(waitLabel->isVisible());
    QVERIFY2(waitLabel->text().contains(QFileInfo(m_db).fileName()), qPrintable(waitLabel->text()));
    QVERIFY(stopWaiting->isEnabled());
    if (const QString shots = qEnvironmentVariable("MM_SCREENSHOT_DIR"); !shots.isEmpty())
        window->grab().save(QDir(shots).filePath(u"write-waiting.png"_s));

    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!waitLabel->isVisible());
    QVERIFY2(window->statusBar()->currentMessage().startsWith(u"Stopped waiting"_s),
             qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(!stopWaiting->isEnabled());
    holder.kill();
    holder.waitForFinished(30'000);
    QCOMPARE(storedModel(m_db, m_listedModel)->efficiency, before->efficiency);
}

void TestTwoWindows::undoHistoryStepWaitsForTheLock() {
    const auto window = openMainWindow();
    QVERIFY(window);
    auto* catalog = window->findChild<CatalogArea*>(u"catalogArea"_s);
    auto* history = window->findChild<UndoHistoryView*>(u"undoHistory"_s);
    QVERIFY(catalog && history);
    Workspace& workspace = window->workspace();
    CatalogModel* model = catalog->model();
    const auto before = storedModel(m_db, m_listedModel);
    QVERIFY(before);
    const QModelIndex efficiency =
        model->index(rowOfModel(*model, m_listedModel), catalogSection(CatalogColumn::Efficiency));
    for (double value : {12.25, 13.5}) {
        const int done = workspace.undoStack()->index();
        model->setData(efficiency, value);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.undoStack()->index(), done + 1, kWaitMs);
    }
    QCOMPARE(workspace.undoStack()->index(), 2);
    QCOMPARE(history->model()->rowCount(), 3); // opened, and the two edits
    QCOMPARE(history->currentIndex().row(), 2);
    if (const QString shots = qEnvironmentVariable("MM_SCREENSHOT_DIR"); !shots.isEmpty()) {
        window->findChild<QDockWidget*>(u"undoHistoryDock"_s)->show();
        QTest::qWait(200);
        window->grab().save(QDir(shots).filePath(u"undo-history.png"_s));
    }

    QProcess holder;
    QVERIFY(startHoldingLock(holder, workspace.database().busyTimeout() / 2));

    // Choosing "<opened>" waits for the lock with the window live, then undoes both edits.
    history->setCurrentIndex(history->model()->index(0, 0));
    QVERIFY(workspace.writeGate().isWaiting());
    QCOMPARE(workspace.undoStack()->index(), 2); // nothing undone while the other one writes
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.writeGate().isWaiting(),
                             workspace.database().busyTimeout());
    QCOMPARE(workspace.undoStack()->index(), 0);
    QCOMPARE(history->currentIndex().row(), 0);
    QCOMPARE(storedModel(m_db, m_listedModel)->efficiency, before->efficiency);
    holder.waitForFinished(30'000);

    // Given up while it waits, a step leaves the stack and the selection where they were.
    QProcess secondHolder;
    QVERIFY(startHoldingLock(secondHolder, 60'000));
    history->setCurrentIndex(history->model()->index(2, 0));
    QVERIFY(workspace.writeGate().isWaiting());
    workspace.writeGate().cancel();
    QCOMPARE(workspace.undoStack()->index(), 0);
    QCOMPARE(history->currentIndex().row(), 0);
    secondHolder.kill();
    secondHolder.waitForFinished(30'000);
    QCOMPARE(storedModel(m_db, m_listedModel)->efficiency, before->efficiency);
}

void TestTwoWindows::secondOpenInThisProcessKeepsTheWal() {
    auto window = Database::open(m_db);
    QVERIFY(window);
    const auto setPoints = [&](qint64 points) {
        auto updated = (*window)->query(u"UPDATE models SET research_points = ? WHERE name = ?"_s,
                                        {points, m_listedModel}, u"editing"_s);
        return static_cast<bool>(updated);
    };
    QVERIFY(setPoints(4241)); // the WAL now holds a commit

    {
        auto again = Database::open(m_db); // e.g. File > Open of the same file, then closed
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    }
    // A program that writes and closes: the kind that checkpoints and deletes the WAL when it
    // believes it is the last user.
    const Finished edited = runOther(
        writer(), {u"edit-loop"_s, m_db, u"--count"_s, u"1"_s, u"--models"_s, m_listedModel});
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.output));
    QVERIFY2(QFileInfo::exists(m_db + u"-shm"_s),
             "the other program deleted the WAL index while this process had the file open");

    QVERIFY(setPoints(4242));
    const Finished exported = runOther(cli(), {u"--db"_s, m_db, u"export"_s, u"catalog"_s});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.output));
    bool seen = false;
    for (const QString& line : exported.output.split(u'\n')) {
        if (line.startsWith(m_listedModel + u',') || line.startsWith(u'"' + m_listedModel))
            seen = line.contains(u",4242,"_s);
    }
    QVERIFY2(seen, "another program does not see this process's commit after the second open");
}

QTEST_MAIN(TestTwoWindows)
#include "tst_twowindows.moc"
