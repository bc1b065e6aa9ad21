// AsyncTableModel<Row> on its own: each load is announced as the difference by id (removed,
// reordered, inserted, changed rows; never a reset), a selection follows its id through loads, a
// newer load interrupts the read it supersedes, and QAbstractItemModelTester watches every step.

#include "ResultChecks.h"
#include "core/ScenarioComparison.h" // kRuleCancelled
#include "data/Database.h"
#include "data/WorkerPool.h"
#include "models/AsyncTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <vector>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

struct Item {
    qint64 id = 0;
    QString name;

    bool operator==(const Item&) const = default;
};

qint64 rowId(const Item& item) {
    return item.id;
}

// Rows the test hands over directly (applySnapshot) or through a loader it chooses.
class ItemModel : public AsyncTableModel<Item> {
public:
    explicit ItemModel(const Database* source = nullptr)
        : AsyncTableModel(source) {}

    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : 2;
    }

    void show(const QList<Item>& items) { applySnapshot(Snapshot{items, {}}); }
    void load(Loader loader) {
        m_loader = std::move(loader);
        reload();
    }

protected:
    QVariant cellData(const Item& item, int column, int role) const override {
        if (role != Qt::DisplayRole)
            return {};
        return column == 0 ? QVariant(item.id) : QVariant(item.name);
    }
    Loader loader() const override { return m_loader; }

private:
    Loader m_loader;
};

QList<Item> items(std::initializer_list<std::pair<qint64, const char*>> rows) {
    QList<Item> list;
    for (const auto& [id, name] : rows)
        list.append(Item{id, QString::fromUtf8(name)});
    return list;
}

QList<qint64> idsOf(const ItemModel& model) {
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

// Counts to `limit` in SQL: seconds of work unless interrupted.
Result<ItemModel::Snapshot> countSlowly(Database& db, qint64 limit) {
    auto counted = db.query(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                            "WHERE x < ?) SELECT count(*) FROM c"_s,
                            {limit}, u"counting slowly"_s);
    if (!counted)
        return counted.error();
    ItemModel::Snapshot snapshot;
    if (counted->next())
        snapshot.rows.append(Item{counted->value(0).toLongLong(), u"counted"_s});
    return snapshot;
}

Result<ItemModel::Snapshot> readItem(Database& db, qint64 id, const QString& name) {
    auto read = db.query(u"SELECT ?, ?"_s, {id, name}, u"reading an item"_s);
    if (!read)
        return read.error();
    ItemModel::Snapshot snapshot;
    if (read->next())
        snapshot.rows.append(Item{read->value(0).toLongLong(), read->value(1).toString()});
    return snapshot;
}

} // namespace

class TestAsyncTableModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRowsAreInserted();
    void reloadAnnouncesTheDifferenceById();
    void unchangedRowsSendNothing();
    void reorderKeepsPersistentIndexes();
    void selectionFollowsItsId();
    void loadsInTheBackground();
    void newerLoadInterruptsTheOlder();
    void supersededBeforeStartingNeverRuns();
    void failedLoadKeepsTheRows();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAsyncTableModel::initTestCase() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(u"items.sqlite"_s));
    MM_VERIFY_OK(opened);
    m_db = std::move(opened).value();
}

void TestAsyncTableModel::firstRowsAreInserted() {
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.show(items({{1, "a"}, {2, "b"}, {3, "c"}}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.front().at(1).toInt(), 0);
    QCOMPARE(inserted.front().at(2).toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOfId(3), std::optional<int>(2));
    QCOMPARE(model.index(1, 0).data(KeyedTableModel::IdRole).toLongLong(), qint64(2));
    QCOMPARE(model.rowOfId(9), std::nullopt);
}

void TestAsyncTableModel::reloadAnnouncesTheDifferenceById() {
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(items({{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}, {5, "e"}}));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // 2 and 3 go, 4 changes its name, 6 and 7 arrive between 4 and 5, 8 at the end.
    model.show(items({{1, "a"}, {4, "D"}, {6, "f"}, {7, "g"}, {5, "e"}, {8, "h"}}));

    QCOMPARE(idsOf(model), (QList<qint64>{1, 4, 6, 7, 5, 8}));
    QCOMPARE(model.index(1, 1).data().toString(), u"D"_s);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.front().at(1).toInt(), 1);
    QCOMPARE(removed.front().at(2).toInt(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(inserted.at(1).at(1).toInt(), 5);
    QCOMPARE(inserted.at(1).at(2).toInt(), 5);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.front().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.front().at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.front().at(1).value<QModelIndex>().column(), 1);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(reset.size(), 0);

    // Everything goes.
    model.show({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestAsyncTableModel::unchangedRowsSendNothing() {
    ItemModel model;
    model.show(items({{1, "a"}, {2, "b"}}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.show(items({{1, "a"}, {2, "b"}}));
    QCOMPARE(changed.size() + inserted.size() + removed.size() + layout.size(), 0);
}

void TestAsyncTableModel::reorderKeepsPersistentIndexes() {
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(items({{1, "a"}, {2, "b"}, {3, "c"}}));
    const QPersistentModelIndex two(model.index(1, 1));
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.show(items({{3, "c"}, {1, "a"}, {2, "b"}}));
    QCOMPARE(idsOf(model), (QList<qint64>{3, 1, 2}));
    QCOMPARE(layout.size(), 1);
    QCOMPARE(reset.size(), 0);
    QVERIFY(two.isValid());
    QCOMPARE(two.row(), 2);
    QCOMPARE(two.column(), 1);
    QCOMPARE(two.data().toString(), u"b"_s);
}

void TestAsyncTableModel::selectionFollowsItsId() {
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&model);
    model.show(items({{10, "a"}, {20, "b"}, {30, "c"}}));
    selection.setCurrentIndex(model.index(1, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const auto selectedId = [&] {
        const QModelIndexList rows = selection.selectedRows();
        return rows.size() == 1 ? model.idAt(rows.front().row()) : qint64(-1);
    };
    QCOMPARE(selectedId(), qint64(20));

    // Rows arrive above it, rows above it go, the order turns round: it stays on 20.
    model.show(items({{5, "new"}, {10, "a"}, {20, "b"}, {30, "c"}}));
    QCOMPARE(selectedId(), qint64(20));
    model.show(items({{20, "b"}, {30, "c"}}));
    QCOMPARE(selectedId(), qint64(20));
    model.show(items({{40, "d"}, {30, "c"}, {20, "B"}}));
    QCOMPARE(selectedId(), qint64(20));
    QCOMPARE(selection.currentIndex().row(), 2);

    // Once it is gone nothing is selected.
    model.show(items({{40, "d"}, {30, "c"}}));
    QCOMPARE(selectedId(), qint64(-1));
}

void TestAsyncTableModel::loadsInTheBackground() {
    ItemModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &KeyedTableModel::loadFinished);
    QSignalSpy loading(&model, &KeyedTableModel::loadingChanged);
    model.load([](Database& db) { return readItem(db, 7, u"seven"_s); });
    QVERIFY(model.isLoading());
    QVERIFY(!model.isUpToDate());
    QVERIFY(finished.wait());
    QVERIFY(model.isUpToDate());
    QCOMPARE(idsOf(model), QList<qint64>{7});
    QCOMPARE(model.index(0, 1).data().toString(), u"seven"_s);
    QCOMPARE(loading.size(), 2); // on, then off

    model.load([](Database& db) { return readItem(db, 7, u"sieben"_s); });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(finished.wait());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, 1).data().toString(), u"sieben"_s);
}

void TestAsyncTableModel::newerLoadInterruptsTheOlder() {
    ItemModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &KeyedTableModel::loadFinished);
    QSignalSpy failed(&model, &KeyedTableModel::loadFailed);

    // The slow read tells the test that it started and how it ended.
    enum : int { NotStarted, Running, Interrupted, Completed };
    auto slowState = std::make_shared<std::atomic<int>>(NotStarted);
    model.load([slowState](Database& db) -> Result<ItemModel::Snapshot> {
        *slowState = Running;
        auto counted = countSlowly(db, 4'000'000'000LL);
        *slowState = counted ? Completed : Interrupted;
        return counted;
    });
    QTRY_COMPARE(slowState->load(), int(Running));

    model.load([](Database& db) { return readItem(db, 2, u"newer"_s); });
    QTRY_COMPARE(slowState->load(), int(Interrupted));
    QTRY_COMPARE(finished.size(), 1); // the superseded read showed nothing
    QCOMPARE(failed.size(), 0);
    QCOMPARE(idsOf(model), QList<qint64>{2});
    QVERIFY(model.isUpToDate());
}

void TestAsyncTableModel::supersededBeforeStartingNeverRuns() {
    // Every pool thread busy with a slow read, so the next reads wait in the queue.
    enum : int { NotStarted, Running, Interrupted, Completed };
    std::vector<std::unique_ptr<ItemModel>> blockers;
    std::vector<std::shared_ptr<std::atomic<int>>> blockerStates;
    for (int i = 0; i < workerPool().maxThreadCount(); ++i) {
        auto state = std::make_shared<std::atomic<int>>(NotStarted);
        auto blocker = std::make_unique<ItemModel>(m_db.get());
        blocker->load([state](Database& db) -> Result<ItemModel::Snapshot> {
            *state = Running;
            auto counted = countSlowly(db, 4'000'000'000LL);
            *state = counted ? Completed : Interrupted;
            return counted;
        });
        blockers.push_back(std::move(blocker));
        blockerStates.push_back(state);
    }
    for (const auto& state : blockerStates)
        QTRY_COMPARE(state->load(), int(Running));

    ItemModel model(m_db.get());
    QSignalSpy finished(&model, &KeyedTableModel::loadFinished);
    auto skipped = std::make_shared<std::atomic<bool>>(false);
    model.load([skipped](Database& db) {
        *skipped = true;
        return readItem(db, 3, u"skipped"_s);
    });
    model.load([](Database& db) { return readItem(db, 4, u"newest"_s); });

    blockers.clear(); // interrupts their reads and frees the threads
    for (const auto& state : blockerStates)
        QTRY_COMPARE(state->load(), int(Interrupted));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(idsOf(model), QList<qint64>{4});
    QVERIFY(!skipped->load());
}

void TestAsyncTableModel::failedLoadKeepsTheRows() {
    ItemModel model(m_db.get());
    QSignalSpy finished(&model, &KeyedTableModel::loadFinished);
    QSignalSpy failed(&model, &KeyedTableModel::loadFailed);
    model.load([](Database& db) { return readItem(db, 1, u"one"_s); });
    QVERIFY(finished.wait());
    model.load([](Database&) -> Result<ItemModel::Snapshot> {
        return makeError(u"the file went away"_s, {}, u"test-failure"_s);
    });
    QVERIFY(failed.wait());
    QCOMPARE(failed.front().front().value<Error>().rule, u"test-failure"_s);
    QCOMPARE(idsOf(model), QList<qint64>{1});
    QVERIFY(!model.isLoading());
}

QTEST_MAIN(TestAsyncTableModel)
#include "tst_asynctablemodel.moc"
