// Names on both backends, on the demo economy in a file and (models.namefilters.postgres) on the
// test server: the name filters of the licenses and marketplace tables find a word typed in any
// case in names of any case, % and _ are letters, not wildcards; and the catalog sorts names
// without regard to case, as a file's NOCASE column does; its name filter folds the ASCII letters
// alone on both.

#include "ResultChecks.h"
#include "TestStore.h"
#include "models/CatalogQuery.h"
#include "models/CatalogRowLocator.h"
#include "models/LicenseQuery.h"
#include "models/ListingQuery.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

// How many rows of `sql` there are, counted without the queries under test.
qint64 countOf(Database& db, const QString& sql, const QVariantList& values) {
    auto q = db.query(sql, values, u"counting"_s);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

} // namespace

class TestNameFilters : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void licenseFiltersIgnoreCase();
    void listingFilterIgnoresCase();
    void wildcardsAreLetters();
    void catalogSortsNamesWithoutCase();
    void catalogFilterFoldsAsciiLettersOnly();

private:
    std::unique_ptr<testing::TestStore> m_store;
    std::unique_ptr<Database> m_db;
};

void TestNameFilters::initTestCase() {
    m_store = std::make_unique<testing::TestStore>();
    MM_REQUIRE_STORE(*m_store);
    MM_STORE_LOCATION(demo, *m_store, made(u"demo"_s, {u"init"_s}));
    auto opened = Database::open(demo);
    MM_VERIFY_OK(opened);
    m_db = std::move(opened).value();
}

void TestNameFilters::licenseFiltersIgnoreCase() {
    // A model and a buyer that sold: their names, shouted and whispered.
    auto sample = m_db->query(u"SELECT m.name, b.name FROM licenses li JOIN models m ON m.id = "
                              "li.model_id JOIN buyers b ON b.id = li.buyer_id ORDER BY li.id"_s,
                              {}, u"a sale"_s);
    MM_VERIFY_OK(sample);
    QVERIFY2(sample->next(), "the demo economy has no sales");
    const QString modelWord = sample->value(0).toString().section(u' ', 0, 0);
    const QString buyerWord = sample->value(1).toString().section(u' ', 0, 0);
    QVERIFY(!modelWord.isEmpty() && !buyerWord.isEmpty());

    const qint64 modelMatches =
        countOf(*m_db,
                u"SELECT count(*) FROM licenses li JOIN models m ON m.id = li.model_id WHERE "
                "lower(m.name) LIKE '%' || lower(?) || '%'"_s,
                {modelWord});
    const qint64 buyerMatches =
        countOf(*m_db,
                u"SELECT count(*) FROM licenses li JOIN buyers b ON b.id = li.buyer_id WHERE "
                "lower(b.name) LIKE '%' || lower(?) || '%'"_s,
                {buyerWord});
    QVERIFY(modelMatches > 0 && buyerMatches > 0);

    for (const QString& typed : {modelWord, modelWord.toUpper(), modelWord.toLower()}) {
        LicenseFilter filter;
        filter.modelText = typed;
        auto page = LicenseQuery(filter, {}).fetch(*m_db);
        MM_VERIFY_OK(page);
        QCOMPARE(page->totalMatching, modelMatches);
    }
    for (const QString& typed : {buyerWord, buyerWord.toUpper(), buyerWord.toLower()}) {
        LicenseFilter filter;
        filter.buyerText = typed;
        auto page = LicenseQuery(filter, {}).fetch(*m_db);
        MM_VERIFY_OK(page);
        QCOMPARE(page->totalMatching, buyerMatches);
        for (const LicenseRow& row : std::as_const(page->rows))
            QVERIFY2(row.buyerName.contains(typed, Qt::CaseInsensitive), qPrintable(row.buyerName));
    }
}

void TestNameFilters::listingFilterIgnoresCase() {
    auto sample =
        m_db->query(u"SELECT m.name FROM listings l JOIN models m ON m.id = l.model_id ORDER BY "
                    "l.id"_s,
                    {}, u"a listing"_s);
    MM_VERIFY_OK(sample);
    QVERIFY2(sample->next(), "the demo economy lists nothing");
    const QString word = sample->value(0).toString().section(u' ', 0, 0);
    const qint64 matches = countOf(*m_db,
                                   u"SELECT count(*) FROM listings l JOIN models m ON m.id = "
                                   "l.model_id WHERE lower(m.name) LIKE '%' || lower(?) || '%'"_s,
                                   {word});
    QVERIFY(matches > 0);
    for (const QString& typed : {word, word.toUpper(), word.toLower()}) {
        ListingFilter filter;
        filter.text = typed;
        auto page = ListingQuery(filter, {}).fetch(*m_db);
        MM_VERIFY_OK(page);
        QCOMPARE(page->totalMatching, matches);
    }
}

void TestNameFilters::wildcardsAreLetters() {
    for (const QString& typed : {u"%"_s, u"_"_s}) {
        LicenseFilter licenses;
        licenses.modelText = typed;
        auto licensePage = LicenseQuery(licenses, {}).fetch(*m_db);
        MM_VERIFY_OK(licensePage);
        QCOMPARE(licensePage->totalMatching, 0);
        ListingFilter listings;
        listings.text = typed;
        auto listingPage = ListingQuery(listings, {}).fetch(*m_db);
        MM_VERIFY_OK(listingPage);
        QCOMPARE(listingPage->totalMatching, 0);
    }
}

void TestNameFilters::catalogSortsNamesWithoutCase() {
    // Two names that a byte order puts apart and a caseless order side by side.
    for (const QString& name : {u"aardvark Lab Model"_s, u"AARDVARK Lab Model 2"_s}) {
        MM_VERIFY_OK(m_db->query(u"INSERT INTO models (name, architecture, size_class, parameters, "
                                 "dataset_tokens, status, training_cost_cents, training_days, "
                                 "created_on) SELECT ?, architecture, size_class, parameters, "
                                 "dataset_tokens, 'draft', training_cost_cents, training_days, "
                                 "created_on FROM models ORDER BY id LIMIT 1"_s,
                                 {name}, u"adding a model"_s));
    }
    QList<qint64> expected;
    auto ordered = m_db->query(u"SELECT id, name FROM models"_s, {}, u"names"_s);
    MM_VERIFY_OK(ordered);
    QList<std::pair<QString, qint64>> names;
    while (ordered->next())
        names.append({ordered->value(1).toString().toLower(), ordered->value(0).toLongLong()});
    std::sort(names.begin(), names.end());
    for (const auto& [name, id] : std::as_const(names))
        expected.append(id);

    const CatalogQuery query({}, CatalogSort{CatalogColumn::Name, Qt::AscendingOrder});
    auto rows = query.fetch(*m_db, CatalogQuery::planWindow(0, 1000, {}, expected.size()));
    MM_VERIFY_OK(rows);
    QList<qint64> shown;
    for (const CatalogRow& row : std::as_const(*rows))
        shown.append(row.id);
    QCOMPARE(shown, expected);
    // The row the window selects a model in agrees with that order.
    const qint64 second = expected.at(1);
    auto located = locateCatalogRow(*m_db, query, second);
    MM_VERIFY_OK(located);
    QCOMPARE(located->value_or(-1), 1);
}

void TestNameFilters::catalogFilterFoldsAsciiLettersOnly() {
    // SQLite's LIKE folds A-Z alone; the server's filter folds the same letters, no more.
    MM_VERIFY_OK(m_db->query(u"INSERT INTO models (name, architecture, size_class, parameters, "
                             "dataset_tokens, status, training_cost_cents, training_days, "
                             "created_on) SELECT ?, architecture, size_class, parameters, "
                             "dataset_tokens, 'draft', training_cost_cents, training_days, "
                             "created_on FROM models ORDER BY id LIMIT 1"_s,
                             {u"\u00c9clair Zyx Model"_s}, u"adding a model"_s));
    const QList<std::pair<QString, qint64>> cases{
        {u"\u00c9CLAIR zYX"_s, 1}, {u"clair ZYX"_s, 1}, {u"\u00e9clair zyx"_s, 0}};
    for (const auto& [typed, expected] : cases) {
        CatalogFilter filter;
        filter.text = typed;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const CatalogQuery query(filter, CatalogSort{CatalogColumn::Name, order});
            auto total = query.count(*m_db);
            MM_VERIFY_OK(total);
            QVERIFY2(*total == expected, qPrintable(typed));
            auto rows = query.fetch(*m_db, CatalogQuery::planWindow(0, 10, {}, *total));
            MM_VERIFY_OK(rows);
            QCOMPARE(rows->size(), expected);
        }
    }
}

QTEST_GUILESS_MAIN(TestNameFilters)
#include "tst_namefilters.moc"
