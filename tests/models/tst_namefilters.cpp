// The name filters of the licenses and marketplace tables on the demo economy, in a file and
// (models.namefilters.postgres) on the test server: a word typed in any case finds the names that
// hold it in any case, on both backends, and % and _ are letters, not wildcards.

#include "ResultChecks.h"
#include "TestStore.h"
#include "models/LicenseQuery.h"
#include "models/ListingQuery.h"

#include <QSqlQuery>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestNameFilters)
#include "tst_namefilters.moc"
