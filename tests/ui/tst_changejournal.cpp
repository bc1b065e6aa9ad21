// Workspace::changed in the areas: edits, undo and redo are announced with their rows; a sale
// leaves the catalog's size-class medians alone; an edit of the catalog alone leaves the revenue
// charts alone; an area keeps its selected row by id when a change reloads it.

#include "ResultChecks.h"
#include "data/ChangeSet.h"
#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "data/ModelRepository.h"
#include "data/TableNames.h"
#include "data/Transaction.h"
#include "models/CatalogModel.h"
#include "models/ListingTableModel.h"
#include "ui/catalog/CatalogArea.h"
#include "ui/catalog/CatalogCommands.h"
#include "ui/catalog/ModelDetailPanel.h"
#include "ui/marketplace/MarketplaceArea.h"
#include "ui/marketplace/PurchaseDialog.h"
#include "ui/revenue/RevenueArea.h"
#include "ui/shell/Workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

class TestChangeJournalUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editUndoAndRedoAreAnnounced();
    void rolledBackTransactionIsNotAnnounced();
    void saleKeepsTheCatalogMedians();
    void catalogEditDoesNotReloadRevenue();
    void marketplaceKeepsSelectedListingAcrossReload();

private:
    Database& db() { return m_workspace->database(); }
    qint64 number(const QString& sql, const QVariantList& values = {});
    ModelRecord model(qint64 id);
    // Sells an academic license of the first listed academic model; returns its model id.
    qint64 sellAcademicLicense();
    void renameModel(qint64 id, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestChangeJournalUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a throwaway test location
    QCoreApplication::setOrganizationName(u"ModelMarketTests"_s);
    QCoreApplication::setApplicationName(u"tst_changejournal"_s);
    QSettings().clear();
}

void TestChangeJournalUi::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = openOrCreate(m_dir->filePath(u"economy.sqlite"_s), true);
    MM_VERIFY_OK(opened);
    m_workspace = std::make_unique<Workspace>(std::move(opened).value());
}

void TestChangeJournalUi::cleanup() {
    m_workspace.reset();
    m_dir.reset();
    QSettings().clear();
}

qint64 TestChangeJournalUi::number(const QString& sql, const QVariantList& values) {
    auto q = db().query(sql, values, u"test"_s);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

ModelRecord TestChangeJournalUi::model(qint64 id) {
    auto found = ModelRepository(db()).find(id);
    return found && *found ? **found : ModelRecord{};
}

void TestChangeJournalUi::renameModel(qint64 id, const QString& name) {
    const ModelRecord before = model(id);
    ModelRecord after = before;
    after.name = name;
    MM_VERIFY_OK(WorkspaceCommand::push(
        *m_workspace, new EditModelsCommand(*m_workspace, {before}, {after}, u"rename"_s)));
}

qint64 TestChangeJournalUi::sellAcademicLicense() {
    const qint64 modelId = number(u"SELECT l.model_id FROM listings l JOIN models m ON m.id = "
                                  "l.model_id WHERE l.tier = 'academic' AND m.status = 'listed' "
                                  "ORDER BY l.id LIMIT 1"_s);
    const qint64 price = number(u"SELECT price_cents FROM listings WHERE model_id = ? AND tier = "
                                "'academic'"_s,
                                {modelId});
    const qint64 buyerId = number(u"SELECT id FROM buyers WHERE type = 'academic' AND "
                                  "budget_cents >= ? ORDER BY id LIMIT 1"_s,
                                  {price});
    if (modelId <= 0 || buyerId <= 0)
        return -1;
    PurchaseDialog dialog(*m_workspace, modelId, LicenseTier::Academic);
    if (!dialog.selectBuyer(buyerId) || !dialog.isSaleAllowed())
        return -1;
    dialog.accept();
    return dialog.soldLicenseId() > 0 ? modelId : -1;
}

void TestChangeJournalUi::editUndoAndRedoAreAnnounced() {
    QSignalSpy spy(m_workspace.get(), &Workspace::changed);
    const qint64 id = number(u"SELECT id FROM models ORDER BY id LIMIT 1"_s);
    renameModel(id, u"Renamed Through The Journal"_s);
    QCOMPARE(spy.size(), 1);
    const auto announced = [&spy](int index) { return spy.at(index).at(0).value<ChangeSet>(); };
    QCOMPARE(announced(0).tables(), QStringList{u"models"_s});
    QCOMPARE(announced(0).ids(dbtable::models, RowChange::Update), QList<qint64>{id});

    m_workspace->undoStack()->undo();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(announced(1).ids(dbtable::models, RowChange::Update), QList<qint64>{id});
    QVERIFY(model(id).name != u"Renamed Through The Journal"_s);

    m_workspace->undoStack()->redo();
    QCOMPARE(spy.size(), 3);
    QCOMPARE(announced(2).ids(dbtable::models, RowChange::Update), QList<qint64>{id});
    QCOMPARE(model(id).name, u"Renamed Through The Journal"_s);
}

void TestChangeJournalUi::rolledBackTransactionIsNotAnnounced() {
    QSignalSpy spy(m_workspace.get(), &Workspace::changed);
    ModelRecord record = model(number(u"SELECT id FROM models ORDER BY id LIMIT 1"_s));
    record.name = u"Never Saved"_s;
    {
        Transaction transaction(db(), u"rolled back"_s);
        MM_VERIFY_OK(ModelRepository(db()).update(record));
        // Destroyed without commit(): rolled back.
    }
    QCOMPARE(spy.size(), 0);
    QVERIFY(model(record.id).name != u"Never Saved"_s);
}

void TestChangeJournalUi::saleKeepsTheCatalogMedians() {
    CatalogArea area(*m_workspace);
    area.resize(1400, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    const qint64 id = number(u"SELECT id FROM models WHERE benchmarks <> '{}' ORDER BY id"_s);
    const ModelRecord shown = model(id);
    area.showModel(id);
    ModelDetailPanel* panel = area.detailPanel();
    QTRY_COMPARE(panel->modelId().value_or(-1), id);
    QTRY_VERIFY(!panel->medians(shown.sizeClass).isEmpty() && !panel->isComputingMedians());
    const QMap<QString, double> medians = panel->medians(shown.sizeClass);

    QSignalSpy changes(m_workspace.get(), &Workspace::changed);
    QVERIFY(sellAcademicLicense() > 0);
    QCOMPARE(changes.size(), 1); // the sale reached the areas...
    QVERIFY(changes.at(0).at(0).value<ChangeSet>().touches(dbtable::licenses));
    // ...and the medians were neither dropped nor read again.
    QVERIFY(!panel->isComputingMedians());
    QCOMPARE(panel->medians(shown.sizeClass), medians);

    // An edit of a model does invalidate them: the check above can see the difference.
    renameModel(id, u"Medians Follow Models"_s);
    QVERIFY(panel->medians(shown.sizeClass).isEmpty() || panel->isComputingMedians());
    QTRY_VERIFY(!panel->medians(shown.sizeClass).isEmpty() && !panel->isComputingMedians());
}

void TestChangeJournalUi::catalogEditDoesNotReloadRevenue() {
    RevenueArea area(*m_workspace);
    area.show();
    QTRY_VERIFY(area.loadsDrawn() >= 1 && !area.isLoading() && !area.isReloadScheduled());

    renameModel(number(u"SELECT id FROM models ORDER BY id LIMIT 1"_s), u"Quiet Edit"_s);
    QVERIFY(!area.isReloadScheduled());
    m_workspace->undoStack()->undo();
    QVERIFY(!area.isReloadScheduled());

    const int drawn = area.loadsDrawn();
    QVERIFY(sellAcademicLicense() > 0);
    QVERIFY(area.isReloadScheduled());
    QTRY_VERIFY(area.loadsDrawn() > drawn);
}

void TestChangeJournalUi::marketplaceKeepsSelectedListingAcrossReload() {
    MarketplaceArea area(*m_workspace);
    area.resize(1200, 700);
    area.show();
    QTRY_VERIFY(area.model()->isUpToDate() && area.model()->rowCount() > 2);
    area.view()->selectRow(2);
    QVERIFY(area.selectedListing());
    const qint64 selected = area.selectedListing()->listingId;
    // Withdrawing the listing shown first moves the selected one up a row: the selection has to
    // follow the id, not the row number.
    const qint64 first = area.model()->rowAt(0)->listingId;
    QSignalSpy loaded(area.model(), &ListingTableModel::loaded);
    MM_VERIFY_OK(db().query(u"DELETE FROM listings WHERE id = ?"_s, {first}, u"test"_s));
    QVERIFY(loaded.wait());
    QTRY_VERIFY(area.model()->isUpToDate());
    QVERIFY(!area.model()->rowOfListing(first));
    QVERIFY(area.selectedListing());
    QCOMPARE(area.selectedListing()->listingId, selected);
    QCOMPARE(area.view()->selectionModel()->selectedRows().value(0).row(), 1);
}

QTEST_MAIN(TestChangeJournalUi)
#include "tst_changejournal.moc"
