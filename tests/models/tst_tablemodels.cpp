// Every table model on AsyncTableModel over the demo economy, each watched by
// QAbstractItemModelTester: it loads in the background, finds its rows by id, and shows a write
// after refresh() as changed rows, not as a reset. The windowed catalog model gets the tester too.

#include "ResultChecks.h"
#include "core/TrainingEstimator.h"
#include "data/BuyerRepository.h"
#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "data/EconomyRepository.h"
#include "data/ResearchRepository.h"
#include "data/TrainingService.h"
#include "models/BuyerTableModel.h"
#include "models/CatalogModel.h"
#include "models/JobTableModel.h"
#include "models/LicenseTableModel.h"
#include "models/ListingTableModel.h"
#include "models/ResearchTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

// Waits for the answer to the model's newest read.
bool waitUntilUpToDate(const KeyedTableModel& model) {
    return QTest::qWaitFor([&model] { return model.isUpToDate(); }, 20000);
}

// Ids and rows agree both ways.
void verifyIdsAndRows(const KeyedTableModel& model) {
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.idAt(row);
        QCOMPARE(model.index(row, 0).data(KeyedTableModel::IdRole).toLongLong(), id);
        QCOMPARE(model.rowOfId(id), std::optional<int>(row));
    }
}

} // namespace

class TestTableModels : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buyers();
    void listings();
    void licenses();
    void jobs();
    void research();
    void catalog();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTableModels::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = openOrCreate(m_dir->filePath(u"economy.sqlite"_s), true);
    MM_VERIFY_OK(opened);
    m_db = std::move(opened).value();
}

void TestTableModels::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void TestTableModels::buyers() {
    BuyerTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilUpToDate(model));
    QVERIFY(model.rowCount() > 0);
    verifyIdsAndRows(model);

    BuyerRecord buyer = model.rowAt(0)->buyer;
    buyer.size += 1;
    MM_VERIFY_OK(BuyerRepository(*m_db).update(buyer));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QVERIFY(waitUntilUpToDate(model));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.front().front().value<QModelIndex>().row(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOfBuyer(buyer.id)->buyer.size, buyer.size);
}

void TestTableModels::listings() {
    ListingTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilUpToDate(model));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.totalMatching() >= model.rowCount());
    verifyIdsAndRows(model);

    // A narrower filter removes rows; a sort reorders them: no reset either way.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    const int before = model.rowCount();
    ListingFilter filter;
    filter.tier = model.rowAt(0)->tier;
    model.setFilter(filter);
    QVERIFY(waitUntilUpToDate(model));
    if (model.rowCount() < before)
        QVERIFY(removed.size() > 0);
    model.sort(static_cast<int>(ListingColumn::Price), Qt::DescendingOrder);
    QVERIFY(waitUntilUpToDate(model));
    verifyIdsAndRows(model);
    QCOMPARE(reset.size(), 0);
}

void TestTableModels::licenses() {
    LicenseTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilUpToDate(model));
    QVERIFY(model.totalMatching() >= model.rowCount());
    verifyIdsAndRows(model);
    model.sort(static_cast<int>(LicenseColumn::Fee), Qt::AscendingOrder);
    QVERIFY(waitUntilUpToDate(model));
    verifyIdsAndRows(model);
}

void TestTableModels::jobs() {
    auto config = EconomyRepository(*m_db).loadConfig();
    MM_VERIFY_OK(config);
    TrainingInputs inputs = TrainingInputs::preset(*config, SizeClass::Small);
    inputs.modelName = u"Tested-1B"_s;
    auto queued = TrainingService(*m_db).queueJob(inputs);
    MM_VERIFY_OK(queued);

    JobTableModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilUpToDate(model));
    verifyIdsAndRows(model);
    QVERIFY(model.rowOfJob(queued->id) >= 0);
    // The queue's state comes with the jobs, for the area's summary.
    QCOMPARE(model.queue().gameDate, *EconomyRepository(*m_db).gameDate());

    // A day of training moves progress and money: rows change in place.
    MM_VERIFY_OK(TrainingService(*m_db).advance(1));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QVERIFY(waitUntilUpToDate(model));
    QVERIFY(changed.size() >= 1);
    QCOMPARE(reset.size(), 0);
    verifyIdsAndRows(model);
}

void TestTableModels::research() {
    ResearchProjectRecord project;
    project.name = u"Tested project"_s;
    project.field = u"Architecture"_s;
    project.points = 300;
    project.startedOn = QDate(2024, 6, 1);
    project.completedOn = QDate(2024, 9, 1);
    MM_VERIFY_OK(ResearchRepository(*m_db).insert(project));

    ResearchTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilUpToDate(model));
    QVERIFY(model.rowOf(project.id) >= 0);
    QCOMPARE(model.availablePoints(), *ResearchRepository(*m_db).availablePoints());
    verifyIdsAndRows(model);

    ResearchProjectRecord second = project;
    second.id = 0;
    second.name = u"Tested project 2"_s;
    second.startedOn = QDate(2024, 7, 1);
    MM_VERIFY_OK(ResearchRepository(*m_db).insert(second));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QVERIFY(waitUntilUpToDate(model));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QVERIFY(model.rowOf(second.id) >= 0);
    verifyIdsAndRows(model);
    QCOMPARE(model.availablePoints(), *ResearchRepository(*m_db).availablePoints());

    // Edits go to the installed editor; the model itself never writes.
    int edits = 0;
    model.setCellEditor([&edits](int, int, const QVariant&) { return ++edits > 0; });
    QVERIFY(model.setData(model.index(0, ResearchTableModel::Name), u"x"_s, Qt::EditRole));
    QCOMPARE(edits, 1);
}

// The catalog is a windowed model of its own (pages loaded as views ask), on the same worker
// pool through RowLoader.
void TestTableModels::catalog() {
    CatalogModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Rows load as a view asks for them: ask for the first one the way a view does.
    const auto settled = [&model] {
        if (model.rowCount() > 0)
            static_cast<void>(model.data(model.index(0, 0)));
        return model.isRowCountKnown() && !model.isLoading() &&
               (model.rowCount() == 0 || model.isRowLoaded(0));
    };
    QVERIFY(QTest::qWaitFor(settled, 20000));
    QVERIFY(model.rowCount() > 0);
    CatalogFilter filter;
    filter.sizeClass = SizeClass::Small;
    model.setFilter(filter);
    QVERIFY(QTest::qWaitFor(settled, 20000));
    model.refresh();
    QVERIFY(QTest::qWaitFor(settled, 20000));
}

QTEST_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
