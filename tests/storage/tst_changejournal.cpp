// The change journal on one connection, on a file and (storage.changejournal.postgres) on the test
// server: committed writes are announced once, with their tables, row ids and kinds; rolled-back
// ones never; nested guards announce at the outermost commit.

#include "ResultChecks.h"
#include "TestStore.h"
#include "data/ChangeJournal.h"
#include "data/ChangeSet.h"
#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "data/EconomyRepository.h"
#include "data/ModelRepository.h"
#include "data/TableNames.h"
#include "data/Transaction.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

// Whether `changes` names the models rows `ids` as written this `kind` of way. A file's journal
// knows the ids (SQLite's update hook); a server connection has no hook and flags the whole
// table, so its readers reload all of it (ChangeJournal.h). Empty when it does; else what is off.
QString namesModels(const ChangeSet& changes, RowChange kind, const QList<qint64>& ids) {
    if (!changes.kinds(dbtable::models).testFlag(kind))
        return u"the models table is not flagged with this kind of change"_s;
    if (testing::testsOnServer()) {
        return changes.idsComplete(dbtable::models)
                   ? u"a server connection claims to know which rows it wrote"_s
                   : QString();
    }
    if (!changes.idsComplete(dbtable::models))
        return u"the file's journal lost the ids"_s;
    const QList<qint64> found = changes.ids(dbtable::models, kind);
    for (qint64 id : ids) {
        if (!found.contains(id))
            return u"id %1 is missing"_s.arg(id);
    }
    return found.size() == ids.size() ? QString() : u"more ids than written"_s;
}

} // namespace

class TestChangeJournal : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void committedEditIsAnnouncedOnce();
    void nestedGuardsAnnounceAtTheOutermostCommit();
    void rolledBackTransactionIsNotAnnounced();
    void doomedTransactionIsNotAnnounced();
    void statementOutsideATransactionIsAnnounced();
    void insertAndDeleteAreTold();
    void bulkWriteKeepsKindsButNotIds();
    void mergeUnitesIds();

private:
    ModelRecord firstModel();
    static ChangeSet changesAt(const QSignalSpy& spy, int index);

    std::unique_ptr<testing::TestStore> m_store;
    std::unique_ptr<Database> m_db;
};

void TestChangeJournal::initTestCase() {
    m_store = std::make_unique<testing::TestStore>();
    MM_REQUIRE_STORE(*m_store);
}

// Each test on a demo economy of its own.
void TestChangeJournal::init() {
    MM_STORE_LOCATION(location, *m_store,
                      made(QString::fromLatin1(QTest::currentTestFunction()), {u"init"_s}));
    auto db = Database::open(location);
    MM_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void TestChangeJournal::cleanup() {
    m_db.reset();
}

ModelRecord TestChangeJournal::firstModel() {
    auto q = m_db->query(u"SELECT id FROM models ORDER BY id LIMIT 1"_s, {}, u"test"_s);
    if (!q || !q->next())
        return {};
    auto found = ModelRepository(*m_db).find(q->value(0).toLongLong());
    return found && *found ? **found : ModelRecord{};
}

ChangeSet TestChangeJournal::changesAt(const QSignalSpy& spy, int index) {
    return spy.at(index).at(0).value<ChangeSet>();
}

void TestChangeJournal::committedEditIsAnnouncedOnce() {
    QSignalSpy spy(&m_db->changeJournal(), &ChangeJournal::changed);
    ModelRecord model = firstModel();
    QVERIFY(model.id > 0);
    model.name += u" (edited)"_s;

    Transaction transaction(*m_db, u"edit"_s);
    MM_VERIFY_OK(ModelRepository(*m_db).update(model));
    QCOMPARE(spy.size(), 0); // nothing is announced before it is in the file
    MM_VERIFY_OK(transaction.commit());

    QCOMPARE(spy.size(), 1);
    const ChangeSet changes = changesAt(spy, 0);
    QCOMPARE(changes.tables(), QStringList{u"models"_s});
    QCOMPARE(changes.kinds(dbtable::models), RowChanges(RowChange::Update));
    const QString off = namesModels(changes, RowChange::Update, {model.id});
    QVERIFY2(off.isEmpty(), qPrintable(off));
    QVERIFY(m_db->changeJournal().pending().isEmpty());
}

void TestChangeJournal::nestedGuardsAnnounceAtTheOutermostCommit() {
    QSignalSpy spy(&m_db->changeJournal(), &ChangeJournal::changed);
    ModelRecord model = firstModel();
    model.name += u" (nested)"_s;
    Transaction outer(*m_db, u"outer"_s);
    {
        Transaction inner(*m_db, u"inner"_s);
        MM_VERIFY_OK(ModelRepository(*m_db).update(model));
        MM_VERIFY_OK(inner.commit());
    }
    QCOMPARE(spy.size(), 0);
    MM_VERIFY_OK(outer.commit());
    QCOMPARE(spy.size(), 1);
    const QString off = namesModels(changesAt(spy, 0), RowChange::Update, {model.id});
    QVERIFY2(off.isEmpty(), qPrintable(off));
}

void TestChangeJournal::rolledBackTransactionIsNotAnnounced() {
    QSignalSpy spy(&m_db->changeJournal(), &ChangeJournal::changed);
    ModelRecord model = firstModel();
    model.name += u" (rolled back)"_s;
    {
        Transaction transaction(*m_db, u"rolled back"_s);
        MM_VERIFY_OK(ModelRepository(*m_db).update(model));
        transaction.rollback();
    }
    QCOMPARE(spy.size(), 0);
    QVERIFY(m_db->changeJournal().pending().isEmpty());

    // The next commit announces only its own rows, none of the rolled-back ones.
    auto settings = m_db->query(u"UPDATE settings SET value = value WHERE key = ?"_s,
                                {EconomyRepository::kGameDateKey}, u"test"_s);
    MM_VERIFY_OK(settings);
    QCOMPARE(spy.size(), 1);
    QVERIFY(!changesAt(spy, 0).touches(dbtable::models));
}

void TestChangeJournal::doomedTransactionIsNotAnnounced() {
    QSignalSpy spy(&m_db->changeJournal(), &ChangeJournal::changed);
    ModelRecord model = firstModel();
    model.name += u" (doomed)"_s;
    Transaction outer(*m_db, u"outer"_s);
    MM_VERIFY_OK(ModelRepository(*m_db).update(model));
    {
        Transaction inner(*m_db, u"inner"_s);
        inner.rollback(); // dooms the outer transaction
    }
    QVERIFY(!outer.commit());
    QCOMPARE(spy.size(), 0);
}

void TestChangeJournal::statementOutsideATransactionIsAnnounced() {
    QSignalSpy spy(&m_db->changeJournal(), &ChangeJournal::changed);
    const ModelRecord model = firstModel();
    MM_VERIFY_OK(
        m_db->query(u"UPDATE models SET name = name || '!' WHERE id = ?"_s, {model.id}, u"test"_s));
    QCOMPARE(spy.size(), 1);
    const QString off = namesModels(changesAt(spy, 0), RowChange::Update, {model.id});
    QVERIFY2(off.isEmpty(), qPrintable(off));

    // A statement that fails announces nothing.
    QVERIFY(!m_db->query(u"UPDATE models SET name = NULL WHERE id = ?"_s, {model.id}, u"test"_s));
    QCOMPARE(spy.size(), 1);
}

void TestChangeJournal::insertAndDeleteAreTold() {
    QSignalSpy spy(&m_db->changeJournal(), &ChangeJournal::changed);
    ModelRecord copy = firstModel();
    copy.id = 0;
    copy.name = u"Journal Copy"_s;
    MM_VERIFY_OK(ModelRepository(*m_db).insert(copy));
    QVERIFY(copy.id > 0);
    QVERIFY(!spy.isEmpty());
    QVERIFY(changesAt(spy, spy.size() - 1).kinds(dbtable::models).testFlag(RowChange::Insert));
    const QString inserted =
        namesModels(changesAt(spy, spy.size() - 1), RowChange::Insert, {copy.id});
    QVERIFY2(inserted.isEmpty(), qPrintable(inserted));

    spy.clear();
    MM_VERIFY_OK(ModelRepository(*m_db).remove(copy.id));
    QCOMPARE(spy.size(), 1);
    const QString deleted = namesModels(changesAt(spy, 0), RowChange::Delete, {copy.id});
    QVERIFY2(deleted.isEmpty(), qPrintable(deleted));
}

void TestChangeJournal::bulkWriteKeepsKindsButNotIds() {
    ChangeSet changes;
    for (qint64 id = 1; id <= ChangeSet::kMaxIdsPerTable + 1; ++id)
        changes.add(dbtable::licenses, RowChange::Insert, id);
    changes.add(dbtable::buyers, RowChange::Update, 7);
    QVERIFY(changes.touches(dbtable::licenses));
    QVERIFY(!changes.idsComplete(dbtable::licenses));
    QVERIFY(changes.ids(dbtable::licenses).isEmpty());
    QCOMPARE(changes.kinds(dbtable::licenses), RowChanges(RowChange::Insert));
    QVERIFY(changes.idsComplete(dbtable::buyers));
    QCOMPARE(changes.ids(dbtable::buyers), QList<qint64>{7});
}

void TestChangeJournal::mergeUnitesIds() {
    ChangeSet first;
    first.add(dbtable::models, RowChange::Update, 3);
    ChangeSet second;
    second.add(dbtable::models, RowChange::Delete, 1);
    second.add(dbtable::listings, RowChange::Delete, 9);
    first.merge(second);
    QCOMPARE(first.ids(dbtable::models), (QList<qint64>{1, 3}));
    QCOMPARE(first.kinds(dbtable::models), RowChange::Update | RowChange::Delete);
    QVERIFY(first.touchesAny({dbtable::licenses, dbtable::listings}));
    QVERIFY(!first.touchesAny({dbtable::licenses, dbtable::buyers}));
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
