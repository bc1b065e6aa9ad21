// The catalog's windowed item model against a generated catalog of ~5,000 models: counts, order,
// filters and aggregates compared with direct SQL; stale generations; the page cache's bound;
// value conversion for edits; reloading rows written through the repository.

#include "ResultChecks.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/ModelRepository.h"
#include "models/CatalogModel.h"
#include "models/CatalogQuery.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

constexpr int kModels = 5000;
constexpr int kTimeoutMs = 20000;

// Asks for the row the way a view does (data() on it) until the model has it loaded.
bool waitForRow(CatalogModel& model, int row) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kTimeoutMs) {
        if (row < model.rowCount() && model.isRowLoaded(row))
            return true;
        if (row < model.rowCount())
            static_cast<void>(model.data(model.index(row, 0)));
        QTest::qWait(2);
    }
    return false;
}

bool waitForCount(CatalogModel& model) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kTimeoutMs) {
        if (model.isRowCountKnown() && !model.isLoading())
            return true;
        QTest::qWait(2);
    }
    return false;
}

QString nameAt(CatalogModel& model, int row) {
    return model.data(model.index(row, catalogSection(CatalogColumn::Name))).toString();
}

qint64 idAtRow(CatalogModel& model, int row) {
    return model.data(model.index(row, 0), CatalogModel::RecordIdRole).toLongLong();
}

} // namespace

class TestCatalogModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void escapeLikeAndPlans();
    void rowCountArrivesAndFirstRowLoads();
    void aggregatesMatchSql();
    void displayEditAndAlignment();
    void sortMatchesSql_data();
    void sortMatchesSql();
    void sortByCompositeMatchesSql_data();
    void sortByCompositeMatchesSql();
    void unsortableColumnLeavesOrder();
    void sortLeavesNoIndexOnAnotherModel();
    void jumpToEndAndScrollBackByKey();
    void filtersMatchSqlCounts_data();
    void filtersMatchSqlCounts();
    void textFilterIsLiteral();
    void staleGenerationsAreDropped();
    void cacheStaysBounded();
    void flagsAndSetDataOnlyRequest();
    void applyValueConvertsAndValidates();
    void refreshRowsPicksUpRepositoryWrite();
    void refreshPicksUpNewRows();
    void unreadableDatabaseReportsFailure();

private:
    qint64 scalar(const QString& sql, const QVariantList& values = {});
    QList<qint64> ids(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCatalogModel::initTestCase() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(u"catalog.sqlite"_s));
    MM_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    GeneratorOptions options;
    options.models = kModels;
    options.buyers = 40;
    options.licenses = 3000;
    options.seed = 7;
    MM_VERIFY_OK(generateEconomy(*m_db, EconomyConfig::defaults(), options));

    // Names with LIKE's wildcards and a quote, and decoys the wildcards would match.
    ModelRepository repository(*m_db);
    QList<ModelRecord> extra;
    for (const QString& name :
         {u"100% O'Brien_x"_s, u"1000 O'BrienAx"_s, u"100 percent O'Brien-x"_s}) {
        ModelRecord record;
        record.name = name;
        record.architecture = Architecture::Rnn;
        record.sizeClass = SizeClass::Small;
        record.parameters = 1'000'000;
        record.createdOn = QDate(2024, 1, 1);
        extra.append(record);
    }
    MM_VERIFY_OK(repository.insertMany(extra));
}

void TestCatalogModel::cleanupTestCase() {
    m_db.reset();
    m_dir.reset();
}

qint64 TestCatalogModel::scalar(const QString& sql, const QVariantList& values) {
    auto q = m_db->query(sql, values, u"test query"_s);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

QList<qint64> TestCatalogModel::ids(const QString& sql) {
    QList<qint64> result;
    auto q = m_db->query(sql, {}, u"test query"_s);
    while (q && q->next())
        result.append(q->value(0).toLongLong());
    return result;
}

void TestCatalogModel::escapeLikeAndPlans() {
    QCOMPARE(CatalogQuery::escapeLike(u"100% O'Brien_x\\"_s), u"100\\% O'Brien\\_x\\\\"_s);

    // Nothing known: the start is nearest for early rows, the end (when counted) for late ones.
    QMap<qint64, SortKey> anchors;
    PagePlan plan = CatalogQuery::planWindow(400, 200, anchors, 1'000'000);
    QVERIFY(!plan.backward && !plan.boundary);
    QCOMPARE(plan.offset, 400);
    plan = CatalogQuery::planWindow(999'800, 200, anchors, 1'000'000);
    QVERIFY(plan.backward && !plan.boundary);
    QCOMPARE(plan.offset, 0);
    QCOMPARE(plan.limit, 200);
    // The last, partial page.
    plan = CatalogQuery::planWindow(999'900, 200, anchors, 999'950);
    QCOMPARE(plan.limit, 50);
    QCOMPARE(plan.offset, 0);

    // A key just before the window: pure keyset, no offset.
    anchors.insert(599, SortKey{u"m"_s, 42});
    plan = CatalogQuery::planWindow(600, 200, anchors, 1'000'000);
    QVERIFY(!plan.backward && plan.boundary);
    QCOMPARE(plan.boundary->id, 42);
    QCOMPARE(plan.offset, 0);
    // A key a little after the window: backward with a small offset.
    anchors.insert(900'000, SortKey{u"x"_s, 7});
    plan = CatalogQuery::planWindow(899'000, 200, anchors, 1'000'000);
    QVERIFY(plan.backward && plan.boundary);
    QCOMPARE(plan.boundary->id, 7);
    QCOMPARE(plan.offset, 800);

    // Past a key: the same key with a later id first, then later keys; every value is bound.
    CatalogFilter filter;
    filter.text = u"Nova"_s;
    filter.sizeClass = SizeClass::Large;
    const CatalogQuery query(filter, CatalogSort{CatalogColumn::Name, Qt::DescendingOrder});
    PagePlan keyed;
    keyed.limit = 200;
    keyed.boundary = SortKey{u"Nova-Chat 7"_s, 7};
    const SqlStatement statement = query.firstStatement(keyed);
    QVERIFY2(statement.sql.contains(u"m.name = ? AND m.id < ?"_s), qPrintable(statement.sql));
    QVERIFY2(statement.sql.contains(u"ORDER BY m.name DESC, m.id DESC"_s),
             qPrintable(statement.sql));
    QVERIFY2(statement.sql.contains(u"+m.size_class = ?"_s), qPrintable(statement.sql));
    QVERIFY(!statement.sql.contains(u"Nova"_s));
    QCOMPARE(statement.values.size(), 6); // text, size class, key, id, limit, offset
}

void TestCatalogModel::rowCountArrivesAndFirstRowLoads() {
    CatalogModel model(*m_db);
    QSignalSpy counted(&model, &CatalogModel::rowCountKnown);
    QSignalSpy loading(&model, &CatalogModel::loadingChanged);
    QCOMPARE(model.rowCount(), 0); // nothing synchronous
    QVERIFY(model.isLoading());
    QCOMPARE(model.data(model.index(0, 0)), QVariant());
    QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 1, kTimeoutMs);
    const qint64 expected = scalar(u"SELECT COUNT(*) FROM models"_s);
    QCOMPARE(counted.front().front().toLongLong(), expected);
    QCOMPARE(model.rowCount(), expected);
    QVERIFY(waitForRow(model, 0));
    QCOMPARE(idAtRow(model, 0), scalar(u"SELECT id FROM models ORDER BY id LIMIT 1"_s));
    auto q = m_db->query(u"SELECT name FROM models ORDER BY id LIMIT 1"_s, {}, u"test"_s);
    QVERIFY(q && q->next());
    QCOMPARE(nameAt(model, 0), q->value(0).toString());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeoutMs);
    QVERIFY(!loading.isEmpty()); // true was emitted in the constructor, before the spy
    QCOMPARE(loading.back().front().toBool(), false);
    // A sort turns loading on until the recount and the first page are in.
    loading.clear();
    model.sort(catalogSection(CatalogColumn::Name));
    static_cast<void>(model.data(model.index(0, 0)));
    QVERIFY(model.isLoading());
    QCOMPARE(loading.size(), 1);
    QCOMPARE(loading.front().front().toBool(), true);
    QVERIFY(waitForRow(model, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeoutMs);
    QCOMPARE(loading.back().front().toBool(), false);
}

void TestCatalogModel::aggregatesMatchSql() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    // A model with sales and one without, wherever they are.
    const qint64 sold =
        scalar(u"SELECT model_id FROM licenses GROUP BY model_id ORDER BY COUNT(*) DESC, "
               u"model_id LIMIT 1"_s);
    const qint64 unsold =
        scalar(u"SELECT m.id FROM models m WHERE NOT EXISTS (SELECT 1 FROM licenses l "
               u"WHERE l.model_id = m.id) ORDER BY m.id LIMIT 1"_s);
    for (qint64 id : {sold, unsold}) {
        // Default order is by id, so the row is the number of smaller ids.
        const int row =
            static_cast<int>(scalar(u"SELECT COUNT(*) FROM models WHERE id < ?"_s, {id}));
        QVERIFY(waitForRow(model, row));
        QCOMPARE(model.rowOf(id), row);
        QCOMPARE(model.idAt(row), id);
        const qint64 licenses = scalar(u"SELECT COUNT(*) FROM licenses WHERE model_id = ?"_s, {id});
        const qint64 revenue = scalar(
            u"SELECT (SELECT COALESCE(SUM(fee_cents), 0) FROM licenses WHERE model_id = ?) + "
            u"(SELECT COALESCE(SUM(u.amount_cents), 0) FROM usage_charges u JOIN licenses l ON "
            u"l.id = u.license_id WHERE l.model_id = ?)"_s,
            {id, id});
        QCOMPARE(
            model.data(model.index(row, catalogSection(CatalogColumn::LicensesSold)), Qt::EditRole)
                .toLongLong(),
            licenses);
        QCOMPARE(model.data(model.index(row, catalogSection(CatalogColumn::Revenue)), Qt::EditRole)
                     .toLongLong(),
                 revenue);
        QCOMPARE(model.data(model.index(row, catalogSection(CatalogColumn::Revenue))).toString(),
                 Money::fromCents(revenue).toDisplayString());
        QStringList tiers;
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            const qint64 price = scalar(
                u"SELECT COALESCE((SELECT price_cents FROM listings WHERE model_id = ? AND tier = ?), -1)"_s,
                {id, enumKey(tier)});
            const QVariant cell = model.data(
                model.index(row, catalogSection(catalogPriceColumn(tier))), Qt::EditRole);
            if (price < 0) {
                QVERIFY(cell.isNull());
            } else {
                QCOMPARE(cell.toLongLong(), price);
                tiers << enumKey(tier);
            }
        }
        QCOMPARE(
            model.data(model.index(row, catalogSection(CatalogColumn::TiersListed)), Qt::EditRole)
                .toString(),
            tiers.join(u','));
        if (id == sold)
            QVERIFY(licenses > 0);
    }
}

void TestCatalogModel::displayEditAndAlignment() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    QVERIFY(waitForRow(model, 0));
    auto q = m_db->query(
        u"SELECT parameters, architecture, status, training_cost_cents, created_on FROM models "
        u"ORDER BY id LIMIT 1"_s,
        {}, u"test"_s);
    QVERIFY(q && q->next());
    const QModelIndex parameters = model.index(0, catalogSection(CatalogColumn::Parameters));
    QCOMPARE(model.data(parameters, Qt::EditRole).toLongLong(), q->value(0).toLongLong());
    QCOMPARE(model.data(parameters).toString(), QLocale().toString(q->value(0).toLongLong()));
    QCOMPARE(model.data(parameters, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    const QModelIndex architecture = model.index(0, catalogSection(CatalogColumn::Architecture));
    QCOMPARE(model.data(architecture, Qt::EditRole).toString(), q->value(1).toString());
    QCOMPARE(model.data(architecture).toString(),
             enumLabel(*enumFromKey<Architecture>(q->value(1).toString())));
    QCOMPARE(model.data(architecture, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignLeft | Qt::AlignVCenter));
    QCOMPARE(model.data(model.index(0, catalogSection(CatalogColumn::ModelStatus)), Qt::EditRole)
                 .toString(),
             q->value(2).toString());
    const QModelIndex cost = model.index(0, catalogSection(CatalogColumn::TrainingCost));
    QCOMPARE(model.data(cost, Qt::EditRole).toLongLong(), q->value(3).toLongLong());
    QCOMPARE(model.data(cost).toString(),
             Money::fromCents(q->value(3).toLongLong()).toDisplayString());
    QCOMPARE(
        model.data(model.index(0, catalogSection(CatalogColumn::CreatedOn)), Qt::EditRole).toDate(),
        QDate::fromString(q->value(4).toString(), Qt::ISODate));
    QCOMPARE(model.headerData(catalogSection(CatalogColumn::Parameters), Qt::Horizontal).toString(),
             u"Parameters"_s);
    QCOMPARE(model.columnCount(), kCatalogColumnCount);
    // A row far away is not loaded yet: the placeholder, and no id.
    const int far = model.rowCount() / 2;
    QCOMPARE(model.data(model.index(far, 0)).toString(), u"…"_s);
    QVERIFY(!model.data(model.index(far, 0), CatalogModel::RecordIdRole).isValid());
    QVERIFY(!model.idAt(far));
}

void TestCatalogModel::sortMatchesSql_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("orderBy");
    const QList<std::pair<CatalogColumn, QString>> columns{
        {CatalogColumn::Name, u"name"_s},
        {CatalogColumn::Architecture, u"architecture"_s},
        {CatalogColumn::SizeClass, u"size_class"_s},
        {CatalogColumn::ModelStatus, u"status"_s},
        {CatalogColumn::Parameters, u"parameters"_s},
        {CatalogColumn::TrainingCost, u"training_cost_cents"_s},
        {CatalogColumn::CreatedOn, u"created_on"_s}};
    for (const auto& [column, sql] : columns) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
            QTest::addRow("%s%s", qPrintable(catalogColumnKey(column)), qPrintable(direction))
                << catalogSection(column) << int(order) << sql + direction + u", id"_s + direction;
        }
    }
}

void TestCatalogModel::sortMatchesSql() {
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, orderBy);
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    model.sort(column, static_cast<Qt::SortOrder>(order));
    QCOMPARE(model.currentSort().column, catalogColumnAt(column));
    const QList<qint64> expected = ids(u"SELECT id FROM models ORDER BY "_s + orderBy);
    QCOMPARE(model.rowCount(), expected.size());
    for (int row : {0, 2500, 4999, 201, 199}) {
        QVERIFY(waitForRow(model, row));
        QCOMPARE(idAtRow(model, row), expected[row]);
    }
    // The next pages by key continue exactly where the cached one ended, also inside long runs
    // of equal keys (architecture, size class, status).
    for (int row = 200; row < 800; ++row) {
        QVERIFY(waitForRow(model, row));
        QCOMPARE(idAtRow(model, row), expected[row]);
    }
    if (column == catalogSection(CatalogColumn::Name))
        QCOMPARE(model.data(model.index(0, 0), CatalogModel::SortKeyRole).toString(),
                 nameAt(model, 0).toLower());
}

void TestCatalogModel::sortByCompositeMatchesSql_data() {
    QTest::addColumn<int>("order");
    QTest::newRow("ascending") << int(Qt::AscendingOrder);
    QTest::newRow("descending") << int(Qt::DescendingOrder);
}

void TestCatalogModel::sortByCompositeMatchesSql() {
    QFETCH(int, order);
    const bool ascending = order == Qt::AscendingOrder;
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    model.sort(catalogSection(CatalogColumn::Composite), static_cast<Qt::SortOrder>(order));
    // SQLite puts NULLs first ascending and last descending, like COALESCE(composite, -1).
    const QList<qint64> expected =
        ids(ascending ? u"SELECT id FROM models ORDER BY COALESCE(composite, -1) ASC, id ASC"_s
                      : u"SELECT id FROM models ORDER BY COALESCE(composite, -1) DESC, id DESC"_s);
    const qint64 nulls = scalar(u"SELECT COUNT(*) FROM models WHERE composite IS NULL"_s);
    QVERIFY(nulls > 200); // the NULL segment spans pages, so paging crosses it
    const int boundary = static_cast<int>(ascending ? nulls : expected.size() - nulls);
    for (int row : {0, 2500, 4999, boundary - 1, boundary, boundary + 1, boundary + 250}) {
        QVERIFY(waitForRow(model, row));
        QCOMPARE(idAtRow(model, row), expected[row]);
    }
    // Walk by key across the NULL / value boundary page after page.
    const int firstPage = (boundary / CatalogModel::kPageSize - 1) * CatalogModel::kPageSize;
    for (int row = firstPage;
         row < firstPage + 3 * CatalogModel::kPageSize && row < expected.size(); ++row) {
        QVERIFY(waitForRow(model, row));
        QCOMPARE(idAtRow(model, row), expected[row]);
    }
    // Jump to the last row: read from the end.
    const int last = model.rowCount() - 1;
    QVERIFY(waitForRow(model, last));
    QCOMPARE(idAtRow(model, last), expected[last]);
}

void TestCatalogModel::unsortableColumnLeavesOrder() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    model.sort(catalogSection(CatalogColumn::ModelStatus), Qt::AscendingOrder);
    QSignalSpy layout(&model, &CatalogModel::layoutChanged);
    model.sort(catalogSection(CatalogColumn::Revenue), Qt::DescendingOrder);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(model.currentSort().column, CatalogColumn::ModelStatus);
    QVERIFY(waitForRow(model, 0));
    QCOMPARE(idAtRow(model, 0), scalar(u"SELECT id FROM models ORDER BY status, id LIMIT 1"_s));
    // Back to creation order.
    model.sort(-1);
    QVERIFY(!model.currentSort().column);
    QVERIFY(waitForRow(model, 0));
    QCOMPARE(idAtRow(model, 0), scalar(u"SELECT MIN(id) FROM models"_s));
}

// A view's current row and selection are persistent indexes: after a sort they must not point
// at rows that now hold other models (the detail panel would disagree with the current row).
void TestCatalogModel::sortLeavesNoIndexOnAnotherModel() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    QVERIFY(waitForRow(model, 3));
    const qint64 id = idAtRow(model, 3);
    const QPersistentModelIndex current(model.index(3, 0));
    model.sort(catalogSection(CatalogColumn::Name), Qt::DescendingOrder);
    const QList<qint64> sorted = ids(u"SELECT id FROM models ORDER BY name DESC, id DESC"_s);
    QVERIFY(sorted.indexOf(id) != 3); // the model really moves
    QVERIFY(waitForRow(model, 3));
    QVERIFY2(!current.isValid() || idAtRow(model, current.row()) == id,
             "a persistent index now points at another model");
}

void TestCatalogModel::jumpToEndAndScrollBackByKey() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    model.sort(catalogSection(CatalogColumn::TrainingCost), Qt::DescendingOrder);
    const QList<qint64> expected =
        ids(u"SELECT id FROM models ORDER BY training_cost_cents DESC, id DESC"_s);
    const int last = model.rowCount() - 1;
    QVERIFY(waitForRow(model, last));
    QCOMPARE(idAtRow(model, last), expected[last]);
    // Scrolling up from the end: each page is read backward from the key of the page below.
    for (int row = last; row > last - 700; --row) {
        QVERIFY(waitForRow(model, row));
        QCOMPARE(idAtRow(model, row), expected[row]);
    }
}

void TestCatalogModel::filtersMatchSqlCounts_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("sizeClass");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("architecture");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("values");
    QTest::newRow("text") << u"Nova"_s << -1 << -1 << -1 << -1 << u"m.name LIKE '%Nova%'"_s
                          << QVariantList{};
    QTest::newRow("size class") << QString() << -1 << int(SizeClass::Large) << -1 << -1
                                << u"m.size_class = 'large'"_s << QVariantList{};
    QTest::newRow("status") << QString() << -1 << -1 << int(ModelStatus::Listed) << -1
                            << u"m.status = 'listed'"_s << QVariantList{};
    QTest::newRow("tier")
        << QString() << int(LicenseTier::Commercial) << -1 << -1 << -1
        << u"EXISTS (SELECT 1 FROM listings l WHERE l.model_id = m.id AND l.tier = "
           u"'commercial')"_s
        << QVariantList{};
    QTest::newRow("architecture") << QString() << -1 << -1 << -1 << int(Architecture::Cnn)
                                  << u"m.architecture = 'cnn'"_s << QVariantList{};
    QTest::newRow("combined")
        << u"vision"_s << int(LicenseTier::Academic) << int(SizeClass::Small)
        << int(ModelStatus::Listed) << -1
        << u"m.name LIKE '%vision%' AND m.size_class = 'small' AND m.status = 'listed' "
           u"AND EXISTS (SELECT 1 FROM listings l WHERE l.model_id = m.id AND l.tier = "
           u"'academic')"_s
        << QVariantList{};
}

void TestCatalogModel::filtersMatchSqlCounts() {
    QFETCH(QString, text);
    QFETCH(int, tier);
    QFETCH(int, sizeClass);
    QFETCH(int, status);
    QFETCH(int, architecture);
    QFETCH(QString, where);
    QFETCH(QVariantList, values);

    CatalogFilter filter;
    filter.text = text;
    if (tier >= 0)
        filter.tier = static_cast<LicenseTier>(tier);
    if (sizeClass >= 0)
        filter.sizeClass = static_cast<SizeClass>(sizeClass);
    if (status >= 0)
        filter.status = static_cast<ModelStatus>(status);
    if (architecture >= 0)
        filter.architecture = static_cast<Architecture>(architecture);

    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    // Sorted by name, so the filter runs against the sort index's scan.
    model.sort(catalogSection(CatalogColumn::Name), Qt::AscendingOrder);
    QSignalSpy reset(&model, &CatalogModel::modelReset);
    QSignalSpy counted(&model, &CatalogModel::rowCountKnown);
    model.setFilter(filter);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 1, kTimeoutMs);
    const qint64 expected = scalar(u"SELECT COUNT(*) FROM models m WHERE "_s + where, values);
    QVERIFY(expected > 0);
    QCOMPARE(model.rowCount(), expected);
    const QList<qint64> expectedIds =
        ids(u"SELECT m.id FROM models m WHERE "_s + where + u" ORDER BY m.name, m.id"_s);
    for (int row : {0, static_cast<int>(expected) / 2, static_cast<int>(expected) - 1}) {
        QVERIFY(waitForRow(model, row));
        QCOMPARE(idAtRow(model, row), expectedIds[row]);
    }
}

void TestCatalogModel::textFilterIsLiteral() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    const QList<std::pair<QString, int>> cases{
        {u"100% O'Brien_x"_s, 1}, {u"% o'brien_"_s, 1}, {u"_"_s, 1}, {u"%"_s, 1},
        {u"O'Brien"_s, 3},        {u"\\"_s, 0}};
    for (const auto& [text, expected] : cases) {
        QSignalSpy counted(&model, &CatalogModel::rowCountKnown);
        CatalogFilter filter;
        filter.text = text;
        model.setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 1, kTimeoutMs);
        QCOMPARE(model.rowCount(), expected);
        if (expected == 1) {
            QVERIFY(waitForRow(model, 0));
            QCOMPARE(nameAt(model, 0), u"100% O'Brien_x"_s);
        }
    }
}

void TestCatalogModel::staleGenerationsAreDropped() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    QVERIFY(waitForRow(model, 0));
    const QList<qint64> byNameDesc = ids(u"SELECT id FROM models ORDER BY name DESC, id DESC"_s);

    // Three orders in a row without letting the loader finish: only the last one may show.
    QSignalSpy changed(&model, &CatalogModel::dataChanged);
    model.sort(catalogSection(CatalogColumn::Composite), Qt::AscendingOrder);
    static_cast<void>(model.data(model.index(0, 0)));
    static_cast<void>(model.data(model.index(3000, 0)));
    QCoreApplication::processEvents(); // the first page request goes out
    model.sort(catalogSection(CatalogColumn::Parameters), Qt::DescendingOrder);
    static_cast<void>(model.data(model.index(0, 0)));
    QCoreApplication::processEvents();
    model.sort(catalogSection(CatalogColumn::Name), Qt::DescendingOrder);
    QVERIFY(!model.isRowLoaded(0));
    for (int row : {0, 3000, 4999}) {
        QVERIFY(waitForRow(model, row));
        QCOMPARE(idAtRow(model, row), byNameDesc[row]);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeoutMs);
    QVERIFY(model.staleResultsDropped() >= 1);
    // Let any late answer of the older generations arrive; the rows must not change.
    QTest::qWait(50);
    for (int row : {0, 3000, 4999})
        QCOMPARE(idAtRow(model, row), byNameDesc[row]);
    QVERIFY(!changed.isEmpty());
}

void TestCatalogModel::cacheStaysBounded() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    const int pages = (model.rowCount() + CatalogModel::kPageSize - 1) / CatalogModel::kPageSize;
    QVERIFY(pages < CatalogModel::kMaxCachedPages); // the test catalog fits; still check the bound
    for (int page = 0; page < pages; ++page)
        QVERIFY(waitForRow(model, page * CatalogModel::kPageSize));
    QCOMPARE(model.cachedPageCount(), pages);

    // A walk over more pages than the cache may hold, out of order: the least recently used
    // pages go, the rows asked for last stay, and what comes back is still right.
    model.setMaxCachedPages(5);
    QCOMPARE(model.cachedPageCount(), 5);
    model.sort(catalogSection(CatalogColumn::CreatedOn), Qt::AscendingOrder);
    const QList<qint64> expected = ids(u"SELECT id FROM models ORDER BY created_on, id"_s);
    for (int step = 0; step < pages * 2; ++step) {
        const int row = (step * 7919) % model.rowCount();
        QVERIFY(waitForRow(model, row));
        QCOMPARE(idAtRow(model, row), expected[row]);
        QVERIFY(model.cachedPageCount() <= 5);
    }
}

void TestCatalogModel::flagsAndSetDataOnlyRequest() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    QVERIFY(waitForRow(model, 0));
    for (CatalogColumn column :
         {CatalogColumn::Name, CatalogColumn::Architecture, CatalogColumn::SizeClass,
          CatalogColumn::Parameters, CatalogColumn::DatasetTokens, CatalogColumn::ModelStatus,
          CatalogColumn::Performance, CatalogColumn::Accuracy, CatalogColumn::Efficiency,
          CatalogColumn::TrainingCost})
        QVERIFY(model.flags(model.index(0, catalogSection(column))).testFlag(Qt::ItemIsEditable));
    for (CatalogColumn column :
         {CatalogColumn::Composite, CatalogColumn::TiersListed, CatalogColumn::PriceCommercial,
          CatalogColumn::LicensesSold, CatalogColumn::Revenue, CatalogColumn::CreatedOn})
        QVERIFY(!model.flags(model.index(0, catalogSection(column))).testFlag(Qt::ItemIsEditable));

    QSignalSpy requested(&model, &CatalogModel::editRequested);
    const QString before = nameAt(model, 0);
    QVERIFY(!model.setData(model.index(0, 0), u"Renamed"_s));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.front().at(0).toLongLong(), idAtRow(model, 0));
    QCOMPARE(requested.front().at(1).value<CatalogColumn>(), CatalogColumn::Name);
    QCOMPARE(requested.front().at(2).toString(), u"Renamed"_s);
    QVERIFY(!model.setData(model.index(0, catalogSection(CatalogColumn::Composite)), 50.0));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(nameAt(model, 0), before);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models WHERE name = 'Renamed'"_s), 0);
}

void TestCatalogModel::applyValueConvertsAndValidates() {
    ModelRecord record;
    record.name = u"Helix-Coder 1"_s;
    record.performance = 80;
    record.accuracy = 70;
    record.efficiency = 60;
    record.composite = 71.5;

    auto changed = CatalogModel::applyValue(record, CatalogColumn::Accuracy, u"150"_s);
    QVERIFY(!changed);
    QCOMPARE(changed.error().message, u"accuracy must be between 0 and 100"_s);
    QCOMPARE(changed.error().rule, u"catalog-metric"_s);
    QVERIFY(!CatalogModel::applyValue(record, CatalogColumn::Performance, u"fast"_s));
    QVERIFY(!CatalogModel::applyValue(record, CatalogColumn::Efficiency, -1));

    changed = CatalogModel::applyValue(record, CatalogColumn::Accuracy, u"90"_s);
    MM_VERIFY_OK(changed);
    QCOMPARE(changed->accuracy.value_or(-1), 90.0);
    QCOMPARE(changed->composite.value_or(-1), 78.5);
    changed = CatalogModel::applyValue(record, CatalogColumn::Efficiency, QString());
    MM_VERIFY_OK(changed);
    QVERIFY(!changed->efficiency && !changed->composite);

    // Training cost: amounts as people type them, exact to the cent; cents from the editor.
    changed = CatalogModel::applyValue(record, CatalogColumn::TrainingCost, u"$25,000.50"_s);
    MM_VERIFY_OK(changed);
    QCOMPARE(changed->trainingCost.cents(), 2'500'050LL);
    QCOMPARE(CatalogModel::applyValue(record, CatalogColumn::TrainingCost, u"1.5M"_s)
                 ->trainingCost.cents(),
             150'000'000LL);
    QCOMPARE(CatalogModel::applyValue(record, CatalogColumn::TrainingCost,
                                      QVariant::fromValue<qlonglong>(1234))
                 ->trainingCost.cents(),
             1234LL);
    changed = CatalogModel::applyValue(record, CatalogColumn::TrainingCost, u"-5"_s);
    QVERIFY(!changed);
    QCOMPARE(changed.error().rule, u"catalog-training-cost"_s);
    QVERIFY(!CatalogModel::applyValue(record, CatalogColumn::TrainingCost, u"lots"_s));
    QVERIFY(!CatalogModel::applyValue(record, CatalogColumn::TrainingCost, u"1.234"_s));

    changed = CatalogModel::applyValue(record, CatalogColumn::Architecture, u"quantum"_s);
    QVERIFY(!changed);
    QCOMPARE(changed.error().rule, u"catalog-architecture"_s);
    QVERIFY(changed.error().message.contains(u"quantum"_s));
    changed =
        CatalogModel::applyValue(record, CatalogColumn::Architecture, u"Mixture-of-Experts"_s);
    MM_VERIFY_OK(changed);
    QCOMPARE(changed->architecture, Architecture::MixtureOfExperts);
    MM_VERIFY_OK(CatalogModel::applyValue(record, CatalogColumn::SizeClass, u"frontier"_s));
    QVERIFY(!CatalogModel::applyValue(record, CatalogColumn::SizeClass, u"huge"_s));
    QCOMPARE(CatalogModel::applyValue(record, CatalogColumn::ModelStatus, u"Retired"_s)->status,
             ModelStatus::Retired);
    QVERIFY(!CatalogModel::applyValue(record, CatalogColumn::ModelStatus, u"sold"_s));

    for (const QVariant& bad :
         {QVariant(u"1.5"_s), QVariant(0), QVariant(-3), QVariant(u"many"_s), QVariant(2.5)}) {
        changed = CatalogModel::applyValue(record, CatalogColumn::Parameters, bad);
        QVERIFY2(!changed, qPrintable(bad.toString()));
        QCOMPARE(changed.error().message, u"parameters must be a positive whole number"_s);
    }
    QCOMPARE(CatalogModel::applyValue(record, CatalogColumn::Parameters, u"7B"_s)->parameters,
             7'000'000'000LL);
    // Exact, as the training dialog and the CSV import read it: 4.35 is no double.
    QCOMPARE(CatalogModel::applyValue(record, CatalogColumn::Parameters, u"4.35T"_s)->parameters,
             4'350'000'000'000LL);
    QCOMPARE(
        CatalogModel::applyValue(record, CatalogColumn::DatasetTokens, u"1.4e12"_s)->datasetTokens,
        1'400'000'000'000LL);
    QCOMPARE(
        CatalogModel::applyValue(record, CatalogColumn::Parameters, u"1,500,000"_s)->parameters,
        1'500'000LL);
    QCOMPARE(CatalogModel::applyValue(record, CatalogColumn::Parameters, qint64(123))->parameters,
             123LL);
    QCOMPARE(CatalogModel::applyValue(record, CatalogColumn::DatasetTokens, 0)->datasetTokens, 0LL);
    QVERIFY(!CatalogModel::applyValue(record, CatalogColumn::DatasetTokens, -1));

    QCOMPARE(CatalogModel::applyValue(record, CatalogColumn::Name, u"  Helix-Coder 2 "_s)->name,
             u"Helix-Coder 2"_s);
    QVERIFY(!CatalogModel::applyValue(record, CatalogColumn::Name, u"   "_s));
    changed = CatalogModel::applyValue(record, CatalogColumn::Composite, 99);
    QVERIFY(!changed);
    QCOMPARE(changed.error().rule, u"catalog-read-only"_s);
    QVERIFY(!CatalogModel::applyValue(record, CatalogColumn::Revenue, 1));
}

void TestCatalogModel::refreshRowsPicksUpRepositoryWrite() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    const int row = 250;
    QVERIFY(waitForRow(model, row));
    const qint64 id = idAtRow(model, row);
    QCOMPARE(model.rowOf(id), row);

    // What an undo command does: convert, save through the repository, ask for the rows again.
    ModelRepository repository(*m_db);
    auto found = repository.find(id);
    MM_VERIFY_OK(found);
    QVERIFY(found->has_value());
    auto edited = CatalogModel::applyValue(**found, CatalogColumn::Name, u"Edited Model 250"_s);
    MM_VERIFY_OK(edited);
    edited = CatalogModel::applyValue(*edited, CatalogColumn::Accuracy, 12.5);
    MM_VERIFY_OK(edited);
    ModelRecord record = *edited;
    MM_VERIFY_OK(repository.update(record));

    QSignalSpy changed(&model, &CatalogModel::dataChanged);
    model.refreshRows({id});
    QCOMPARE(nameAt(model, row), found->value().name); // nothing synchronous
    QTRY_COMPARE_WITH_TIMEOUT(nameAt(model, row), u"Edited Model 250"_s, kTimeoutMs);
    QCOMPARE(model.data(model.index(row, catalogSection(CatalogColumn::Accuracy)), Qt::EditRole)
                 .toDouble(),
             12.5);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.back().at(0).value<QModelIndex>().row(), row);
    QCOMPARE(model.rowOf(id), row);
}

void TestCatalogModel::refreshPicksUpNewRows() {
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    const int before = model.rowCount();
    ModelRecord record;
    record.name = u"Zzz Late Arrival"_s;
    record.parameters = 5;
    record.createdOn = QDate(2024, 6, 1);
    MM_VERIFY_OK(ModelRepository(*m_db).insert(record));
    QSignalSpy inserted(&model, &CatalogModel::rowsInserted);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 1, kTimeoutMs);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(waitForRow(model, before));
    QCOMPARE(nameAt(model, before), u"Zzz Late Arrival"_s);
}

void TestCatalogModel::unreadableDatabaseReportsFailure() {
    // An in-memory database cannot be shared with the loader's threads: the model says so
    // instead of retrying forever, and shows no rows.
    auto opened = Database::open(u":memory:"_s);
    MM_VERIFY_OK(opened);
    CatalogModel model(*opened.value());
    QSignalSpy failed(&model, &CatalogModel::loadFailed);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeoutMs);
    QCOMPARE(model.rowCount(), 0);
    const qsizetype reports = failed.size();
    QTest::qWait(20);
    QCOMPARE(failed.size(), reports);
    QVERIFY(!failed.front().front().value<Error>().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
