// Two windows on one team-server database (the throwaway PostgreSQL server of
// scripts/pg-test-cluster.sh), as two designers work together:
//
// - a commit in one window, or by another program (`modelmarket import`), reaches the other
//   window within a second through LISTEN/NOTIFY, and the window that made it does not reload
//   for its own commit but still shows it;
// - an idle window sends the server nothing (no polling);
// - undoing an edit whose model the other window saved since is refused, naming the model, and
//   the other window's value stays.

#include "CliRunner.h"
#include "PgTestServer.h"
#include "ResultChecks.h"
#include "core/EconomyConfig.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/ModelRepository.h"
#include "data/Transaction.h"
#include "models/CatalogColumns.h"
#include "models/CatalogModel.h"
#include "ui/catalog/CatalogArea.h"
#include "ui/shell/Workspace.h"
#include "ui/shell/WriteGate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace mm;
using namespace mm::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 10'000;     // for the catalog to read its rows again
constexpr int kAnnouncedMs = 1'000; // another window's commit is seen within a second

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

void setEfficiency(CatalogModel& model, const QString& name, double value) {
    const int row = rowOfModel(model, name);
    QVERIFY2(row >= 0, qPrintable(u"the catalog does not show %1"_s.arg(name)));
    model.setData(model.index(row, catalogSection(CatalogColumn::Efficiency)), value);
}

ModelRecord model(const QString& name) {
    ModelRecord record;
    record.name = name;
    record.sizeClass = SizeClass::Medium;
    record.parameters = 7'000'000'000;
    record.datasetTokens = 2'000'000'000'000;
    record.trainingCost = Money::fromCents(123'456'789);
    record.trainingDays = 12.5;
    record.createdOn = QDate(2025, 3, 14);
    return record;
}

std::optional<ModelRecord> storedModel(const QString& url, const QString& name) {
    auto db = Database::open(url, Database::ReadOnly);
    if (!db) {
        qWarning() << db.error().toString();
        return std::nullopt;
    }
    auto found = ModelRepository(**db).findByName(name);
    if (!found || !found->has_value())
        return std::nullopt;
    return **found;
}

// A window's catalog: its own connection, undo stack and area.
struct CatalogWindow {
    explicit CatalogWindow(std::unique_ptr<Database> db)
        : workspace(std::move(db))
        , area(workspace) {}
    Workspace workspace;
    CatalogArea area;
};

} // namespace

class TestTeamServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowsSeeEachOthersCommitsWithinASecond();
    void windowsHearWritesMadeOutsideModelMarket();
    void idleWindowsSendTheServerNothing();
    void undoOfAnEditTheOtherWindowChangedIsRefused();
    void editWaitsForAnotherWriterWithoutFreezing();

private:
    std::unique_ptr<CatalogWindow> openWindowShowing(const QString& name);

    std::unique_ptr<PgTestDatabase> m_server;
    QTemporaryDir m_dir;
};

void TestTeamServer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTeamServer::init() {
    m_server = std::make_unique<PgTestDatabase>();
    MM_REQUIRE_PG_DATABASE(*m_server);
    auto db = Database::open(m_server->url());
    MM_VERIFY_OK(db);
    MM_VERIFY_OK(EconomyRepository(**db).saveConfig(EconomyConfig::defaults()));
    for (const QString& name : {u"Atlas"_s, u"Borealis"_s}) {
        ModelRecord record = model(name);
        MM_VERIFY_OK(ModelRepository(**db).insert(record));
    }
}

void TestTeamServer::cleanup() {
    m_server.reset();
}

std::unique_ptr<CatalogWindow> TestTeamServer::openWindowShowing(const QString& name) {
    auto opened = Database::open(m_server->url());
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

void TestTeamServer::windowsSeeEachOthersCommitsWithinASecond() {
    const auto anna = openWindowShowing(u"Atlas"_s);
    const auto ben = openWindowShowing(u"Atlas"_s);
    QVERIFY(anna && ben);
    QSignalSpy annaLoads(&anna->workspace, &Workspace::externalChangesLoaded);
    QSignalSpy benLoads(&ben->workspace, &Workspace::externalChangesLoaded);

    QElapsedTimer sinceCommit;
    setEfficiency(*anna->area.model(), u"Atlas"_s, 33.5);
    sinceCommit.start();
    QVERIFY2(anna->area.problemText().isEmpty(), qPrintable(anna->area.problemText()));
    QCOMPARE(anna->workspace.undoStack()->count(), 1);
    QVERIFY2(benLoads.wait(kAnnouncedMs), "the other window did not hear of the commit");
    QVERIFY2(sinceCommit.elapsed() < kAnnouncedMs,
             qPrintable(QString::number(sinceCommit.elapsed())));
    qInfo("another window's edit was announced after %lld ms", sinceCommit.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(shownEfficiency(*ben->area.model(), u"Atlas"_s), 33.5, kWaitMs);
    // The window that saved shows its edit without taking it for someone else's.
    QTRY_COMPARE_WITH_TIMEOUT(shownEfficiency(*anna->area.model(), u"Atlas"_s), 33.5, kWaitMs);
    QTest::qWait(300);
    QCOMPARE(annaLoads.size(), 0);

    // Another program on the server: both windows hear of it.
    const QString csv = m_dir.filePath(u"one_model.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,architecture,size_class,parameters\n"
                   "Imported Elsewhere,transformer,small,1500000000\n");
    }
    benLoads.clear();
    const CliResult imported = runCli({u"--db"_s, m_server->url(), u"import"_s, u"catalog"_s, csv});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(annaLoads.wait(kAnnouncedMs));
    QTRY_VERIFY_WITH_TIMEOUT(benLoads.size() > 0, kAnnouncedMs);
    // Both catalogs read the new row count again.
    QTRY_COMPARE_WITH_TIMEOUT(anna->area.model()->rowCount(), 3, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(ben->area.model()->rowCount(), 3, kWaitMs);
}

void TestTeamServer::windowsHearWritesMadeOutsideModelMarket() {
    const auto anna = openWindowShowing(u"Atlas"_s);
    QVERIFY(anna);
    QSignalSpy loads(&anna->workspace, &Workspace::externalChangesLoaded);
    // psql, a script, another tool: a session that is not ModelMarket's.
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    QVERIFY2(m_server->exec(u"UPDATE models SET efficiency = 12.5 WHERE name = 'Atlas'"_s),
             qPrintable(m_server->error()));
    QVERIFY2(loads.wait(kAnnouncedMs), "the window did not hear of the outside write");
    qInfo("a write from outside ModelMarket was announced after %lld ms", sinceCommit.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(shownEfficiency(*anna->area.model(), u"Atlas"_s), 12.5, kWaitMs);
    // A rolled-back outside write announces nothing.
    loads.clear();
    QVERIFY2(m_server->exec(u"BEGIN; DELETE FROM listings; ROLLBACK"_s),
             qPrintable(m_server->error()));
    QTest::qWait(300);
    QCOMPARE(loads.size(), 0);
}

void TestTeamServer::idleWindowsSendTheServerNothing() {
    std::unique_ptr<Workspace> windows[2];
    for (auto& window : windows) {
        auto db = Database::open(m_server->url());
        MM_VERIFY_OK(db);
        window = std::make_unique<Workspace>(std::move(*db));
    }
    // What each ModelMarket connection last asked the server, and when.
    const QString lastQueries =
        u"SELECT string_agg(pid || ' ' || query_start || ' ' || query, '; ' ORDER BY pid) FROM "
        "pg_stat_activity WHERE datname = current_database() AND application_name = "
        "'ModelMarket'"_s;
    QTest::qWait(200);
    const QString before = m_server->scalar(lastQueries).toString();
    QVERIFY2(before.count(u"LISTEN"_s) == 2, qPrintable(before));
    QTest::qWait(3 * Workspace::kExternalChangePollMs);
    const QString after = m_server->scalar(lastQueries).toString();
    QCOMPARE(after, before);
}

void TestTeamServer::undoOfAnEditTheOtherWindowChangedIsRefused() {
    const auto anna = openWindowShowing(u"Atlas"_s);
    const auto ben = openWindowShowing(u"Atlas"_s);
    QVERIFY(anna && ben);
    QSignalSpy annaLoads(&anna->workspace, &Workspace::externalChangesLoaded);
    QSignalSpy benLoads(&ben->workspace, &Workspace::externalChangesLoaded);

    setEfficiency(*anna->area.model(), u"Atlas"_s, 33.5);
    QCOMPARE(anna->workspace.undoStack()->count(), 1);
    QVERIFY(benLoads.wait(kAnnouncedMs));
    QTRY_COMPARE_WITH_TIMEOUT(shownEfficiency(*ben->area.model(), u"Atlas"_s), 33.5, kWaitMs);

    setEfficiency(*ben->area.model(), u"Atlas"_s, 44.25);
    QVERIFY2(ben->area.problemText().isEmpty(), qPrintable(ben->area.problemText()));
    QVERIFY(annaLoads.wait(kAnnouncedMs));
    QTRY_COMPARE_WITH_TIMEOUT(shownEfficiency(*anna->area.model(), u"Atlas"_s), 44.25, kWaitMs);

    // Undoing Anna's edit would silently throw Ben's value away: refused, naming the model.
    QSignalSpy failures(&anna->workspace, &Workspace::commandFailed);
    anna->workspace.undoStack()->undo();
    QCOMPARE(failures.size(), 1);
    const QString message = failures.at(0).at(0).toString();
    QVERIFY2(message.contains(u"Atlas"_s), qPrintable(message));
    const auto stored = storedModel(m_server->url(), u"Atlas"_s);
    QVERIFY(stored);
    QCOMPARE(stored->efficiency, std::optional<double>(44.25));

    // Ben's own undo still fits: it puts back Anna's value, and Anna sees it.
    annaLoads.clear();
    ben->workspace.undoStack()->undo();
    QCOMPARE(ben->workspace.undoStack()->index(), 0);
    QVERIFY(annaLoads.wait(kAnnouncedMs));
    QTRY_COMPARE_WITH_TIMEOUT(shownEfficiency(*anna->area.model(), u"Atlas"_s), 33.5, kWaitMs);
}

void TestTeamServer::editWaitsForAnotherWriterWithoutFreezing() {
    const auto anna = openWindowShowing(u"Atlas"_s);
    QVERIFY(anna);
    // Another designer's write in progress: it holds the server's one write lock.
    auto other = Database::open(m_server->url());
    MM_VERIFY_OK(other);
    auto holding = std::make_unique<Transaction>(**other, u"a long import"_s);
    QVERIFY(holding->isActive());

    setEfficiency(*anna->area.model(), u"Atlas"_s, 12.75);
    QVERIFY(anna->workspace.writeGate().isWaiting()); // setData() returned; the window goes on
    QCOMPARE(anna->workspace.undoStack()->count(), 0);
    QVERIFY(holding->commit());
    holding.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!anna->workspace.writeGate().isWaiting(), kWaitMs);
    QCOMPARE(anna->workspace.undoStack()->count(), 1);
    const auto stored = storedModel(m_server->url(), u"Atlas"_s);
    QVERIFY(stored);
    QCOMPARE(stored->efficiency, std::optional<double>(12.75));
}

QTEST_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
