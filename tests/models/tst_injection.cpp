// SQL injection through the catalog's filter: the search text is plain text found anywhere in the
// name, case-insensitively. Quotes, %, _, backslashes and SQL keywords match themselves and
// nothing else, through CatalogQuery (count and pages) and through CatalogModel as the filter bar
// drives it; the tables are untouched afterwards.

#include "core/EconomyConfig.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/ModelRepository.h"
#include "models/CatalogModel.h"
#include "models/CatalogQuery.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

// Names that hold every character LIKE or SQL treat specially, and ordinary ones around them.
const QStringList kNames{
    u"Atlas"_s,
    u"100% pure"_s,
    u"under_score"_s,
    u"underXscore"_s,
    u"back\\slash"_s,
    u"O'Brien"_s,
    u"Robert'); DROP TABLE models;--"_s,
    u"x' OR '1'='1"_s,
    u"quote \"double\""_s,
    u"semi; colon"_s,
    u"percent%sign"_s,
    u"SELECT * FROM models"_s,
    u"plain model"_s,
};

// SQLite's LIKE folds ASCII letters only; the names and filters here are ASCII.
QStringList expectedMatches(const QString& filter) {
    const QString needle = filter.trimmed();
    QStringList matches;
    for (const QString& name : kNames) {
        if (needle.isEmpty() || name.contains(needle, Qt::CaseInsensitive))
            matches.append(name);
    }
    return matches;
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

QString tableState(Database& db) {
    QString state;
    auto schema = db.query(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s, {},
                           u"schema"_s);
    if (!schema)
        return {};
    while (schema->next())
        state += schema->value(1).toString() + u':' + schema->value(2).toString() + u'\n';
    auto names = db.query(u"SELECT id, name, revision FROM models ORDER BY id"_s, {}, u"rows"_s);
    if (!names)
        return {};
    while (names->next())
        state += names->value(0).toString() + u'|' + names->value(1).toString() + u'|' +
                 names->value(2).toString() + u'\n';
    return state;
}

} // namespace

class TestInjection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void queryTreatsFilterAsText_data();
    void queryTreatsFilterAsText();
    void modelTreatsFilterAsText_data();
    void modelTreatsFilterAsText();
    void tablesAreIntact();

private:
    void filters();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_stateBefore;
};

void TestInjection::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"injection.sqlite"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    QVERIFY(EconomyRepository(*m_db).saveConfig(EconomyConfig::defaults()));
    QList<ModelRecord> models;
    for (const QString& name : kNames) {
        ModelRecord model;
        model.name = name;
        model.createdOn = QDate(2024, 5, 1);
        models.append(model);
    }
    auto inserted = ModelRepository(*m_db).insertMany(models);
    QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().toString()));
    m_stateBefore = tableState(*m_db);
    QVERIFY(!m_stateBefore.isEmpty());
}

void TestInjection::filters() {
    QTest::addColumn<QString>("text");
    for (const QString& text : {u"%"_s,
                                u"_"_s,
                                u"\\"_s,
                                u"'"_s,
                                u"\""_s,
                                u"%%"_s,
                                u"100%"_s,
                                u"under_"_s,
                                u"r_s"_s,
                                u"' OR '1'='1"_s,
                                u"'; DROP TABLE models; --"_s,
                                u"Robert'); DROP TABLE models;--"_s,
                                u"\" OR \"\"=\""_s,
                                u"%' OR name LIKE '%"_s,
                                u"*"_s,
                                u"SELECT"_s,
                                u") OR (1=1"_s,
                                u"\\%"_s,
                                u"\\_"_s,
                                u"--"_s,
                                u";"_s,
                                u"  o'b  "_s,
                                u"DROP"_s})
        QTest::newRow(qPrintable(text)) << text;
}

void TestInjection::queryTreatsFilterAsText_data() {
    filters();
}

void TestInjection::queryTreatsFilterAsText() {
    QFETCH(QString, text);
    CatalogFilter filter;
    filter.text = text;
    const CatalogQuery query(filter, CatalogSort{});
    const QStringList expected = expectedMatches(text);

    auto counted = query.count(*m_db);
    QVERIFY2(counted, qPrintable(counted ? QString() : counted.error().toString()));
    QCOMPARE(*counted, qint64(expected.size()));

    const PagePlan plan = CatalogQuery::planWindow(0, 100, {}, *counted);
    auto rows = query.fetch(*m_db, plan);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QStringList names;
    for (const CatalogRow& row : std::as_const(*rows))
        names.append(row.name);
    QCOMPARE(names, expected);

    // The same with every other part of the filter set, so the text is bound among others.
    filter.status = ModelStatus::Draft;
    filter.sizeClass = SizeClass::Small;
    filter.architecture = Architecture::Transformer;
    auto combined =
        CatalogQuery(filter, CatalogSort{CatalogColumn::Name, Qt::DescendingOrder}).count(*m_db);
    QVERIFY(combined);
    QCOMPARE(*combined, qint64(expected.size()));
}

void TestInjection::modelTreatsFilterAsText_data() {
    filters();
}

void TestInjection::modelTreatsFilterAsText() {
    QFETCH(QString, text);
    CatalogModel model(*m_db);
    QVERIFY(waitForCount(model));
    QCOMPARE(model.rowCount(), int(kNames.size()));

    CatalogFilter filter;
    filter.text = text;
    model.setFilter(filter);
    QVERIFY(waitForCount(model));
    const QStringList expected = expectedMatches(text);
    QCOMPARE(model.rowCount(), int(expected.size()));
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(waitForRow(model, row));
        names.append(model.data(model.index(row, catalogSection(CatalogColumn::Name))).toString());
    }
    QCOMPARE(names, expected);
}

void TestInjection::tablesAreIntact() {
    QCOMPARE(tableState(*m_db), m_stateBefore);
    auto problems = m_db->integrityProblems();
    QVERIFY(problems);
    QVERIFY(problems->isEmpty());
}

QTEST_GUILESS_MAIN(TestInjection)
#include "tst_injection.moc"
