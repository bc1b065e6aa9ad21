// Scenarios and balance rules on real SQLite files: the repositories' reads and writes, names
// unique in any case, overrides checked against the stored config with nothing written when one
// is refused, undo through save(), and both lists through the scenarios file and the economy JSON.

#include "ResultChecks.h"
#include "TestStore.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/ScenarioRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

class TestScenarios : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createListFindRenameDuplicateRemove();
    void namesAreUniqueInAnyCase();
    void overridesAreCheckedAndNothingIsWrittenWhenRefused();
    void removingAnOverride();
    void saveRestoresExactlyAndReinsertsWithItsId();
    void importIsAllOrNothing();
    void scenariosFileRoundTrip();
    void balanceRules();
    void schemaRefusesWhatTheRulesRefuse();
    void economyJsonCarriesBoth();
    void economyJsonRefusesBadScenarioOrRule();

private:
    std::unique_ptr<Database> openDb(const QString& name);
    qint64 count(Database& db, const QString& table);
    QString dump(Database& db);

    std::unique_ptr<testing::TestStore> m_store;
};

void TestScenarios::init() {
    m_store = std::make_unique<testing::TestStore>();
    MM_REQUIRE_STORE(*m_store);
}

void TestScenarios::cleanup() {
    m_store.reset();
}

std::unique_ptr<Database> TestScenarios::openDb(const QString& name) {
    const QString location = m_store->location(name + u".sqlite"_s);
    if (location.isEmpty()) {
        qWarning() << m_store->error();
        return nullptr;
    }
    auto opened = Database::open(location);
    if (!opened) {
        qWarning() << opened.error().toString();
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    if (auto saved = EconomyRepository(*db).saveConfig(EconomyConfig::defaults()); !saved) {
        qWarning() << saved.error().toString();
        return nullptr;
    }
    return db;
}

qint64 TestScenarios::count(Database& db, const QString& table) {
    auto q = db.query(u"SELECT COUNT(*) FROM "_s + table, {}, u"test"_s);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// Every scenario, override and rule as text, to show that a refused write changed nothing.
QString TestScenarios::dump(Database& db) {
    QStringList lines;
    for (
        const QString& sql :
        {u"SELECT id, name, notes FROM scenarios ORDER BY id"_s,
         u"SELECT scenario_id, path, value FROM scenario_overrides ORDER BY scenario_id, path"_s,
         u"SELECT id, name, metric, statistic, minimum, maximum FROM balance_rules ORDER BY id"_s}) {
        auto q = db.query(sql, {}, u"test"_s);
        if (!q)
            return q.error().toString();
        while (q->next()) {
            QStringList cells;
            for (int i = 0; i < q->record().count(); ++i)
                cells << (q->value(i).isNull() ? u"NULL"_s : q->value(i).toString());
            lines << cells.join(u'|');
        }
    }
    return lines.join(u'\n');
}

void TestScenarios::createListFindRenameDuplicateRemove() {
    auto db = openDb(u"crud"_s);
    QVERIFY(db);
    ScenarioRepository repository(*db);
    auto list = repository.list();
    MM_VERIFY_OK(list);
    QVERIFY(list->isEmpty());

    auto zeta = repository.create(u"  Zeta  "_s, u"last by name"_s);
    MM_VERIFY_OK(zeta);
    auto alpha = repository.create(u"alpha"_s);
    MM_VERIFY_OK(alpha);
    MM_VERIFY_OK(repository.setOverride(*zeta, u"tiers.commercial.priceFloor"_s, u"$60,000"_s));
    MM_VERIFY_OK(repository.setOverride(*zeta, u"listingPricePercent.commercial"_s, u"85"_s));
    MM_VERIFY_OK(repository.setOverride(*zeta, u"demand.renewalLoyalty"_s, u"0.50"_s));

    list = repository.list();
    MM_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, u"alpha"_s);
    const Scenario& z = list->at(1);
    QCOMPARE(z.name, u"Zeta"_s); // trimmed
    QCOMPARE(z.notes, u"last by name"_s);
    // Sorted by path, in canonical text.
    const QList<ParameterOverride> expected{{u"demand.renewalLoyalty"_s, u"0.5"_s},
                                            {u"listingPricePercent.commercial"_s, u"85"_s},
                                            {u"tiers.commercial.priceFloor"_s, u"60000.00"_s}};
    QCOMPARE(z.overrides, expected);

    auto found = repository.find(u"ZETA"_s);
    MM_VERIFY_OK(found);
    QCOMPARE(*found, z);
    auto loaded = repository.load(*zeta);
    MM_VERIFY_OK(loaded);
    QCOMPARE(*loaded, z);

    auto missing = repository.find(u"Omega"_s);
    MM_VERIFY_RULE(missing, "scenario-missing");
    QVERIFY2(missing.error().message.contains(u"'Omega'"_s), qPrintable(missing.error().message));
    QVERIFY2(missing.error().message.contains(u"alpha, Zeta"_s),
             qPrintable(missing.error().message));
    MM_VERIFY_RULE(repository.load(999), "scenario-missing");

    auto copy = repository.duplicate(*zeta, u"Zeta 2"_s);
    MM_VERIFY_OK(copy);
    auto copied = repository.load(*copy);
    MM_VERIFY_OK(copied);
    QCOMPARE(copied->overrides, expected);
    QCOMPARE(copied->notes, z.notes);

    MM_VERIFY_OK(repository.rename(*zeta, u"zeta"_s)); // its own name in another case
    MM_VERIFY_OK(repository.setNotes(*zeta, u"renamed"_s));
    found = repository.find(u"zeta"_s);
    MM_VERIFY_OK(found);
    QCOMPARE(found->name, u"zeta"_s);
    QCOMPARE(found->notes, u"renamed"_s);

    QCOMPARE(count(*db, u"scenario_overrides"_s), 6);
    MM_VERIFY_OK(repository.remove(*zeta));
    QCOMPARE(count(*db, u"scenario_overrides"_s), 3); // the copy's
    MM_VERIFY_RULE(repository.remove(*zeta), "scenario-missing");
    MM_VERIFY_RULE(repository.rename(*zeta, u"x"_s), "scenario-missing");
    MM_VERIFY_RULE(repository.setOverride(*zeta, u"demand.renewalLoyalty"_s, u"0.4"_s),
                   "scenario-missing");
}

void TestScenarios::namesAreUniqueInAnyCase() {
    auto db = openDb(u"names"_s);
    QVERIFY(db);
    ScenarioRepository repository(*db);
    auto first = repository.create(u"Cheaper Commercial"_s);
    MM_VERIFY_OK(first);
    auto other = repository.create(u"Other"_s);
    MM_VERIFY_OK(other);
    const QString before = dump(*db);

    auto taken = repository.create(u"cheaper COMMERCIAL"_s);
    MM_VERIFY_RULE(taken, "scenario-name-taken");
    QVERIFY2(taken.error().message.contains(u"Cheaper Commercial"_s),
             qPrintable(taken.error().message));
    MM_VERIFY_RULE(repository.duplicate(*other, u"CHEAPER commercial"_s), "scenario-name-taken");
    MM_VERIFY_RULE(repository.rename(*other, u"cheaper commercial"_s), "scenario-name-taken");
    MM_VERIFY_RULE(repository.create(u"   "_s), "scenario-name");
    MM_VERIFY_RULE(repository.rename(*other, QString()), "scenario-name");
    Scenario clash{*other, u"Cheaper commercial"_s, {}, {}};
    MM_VERIFY_RULE(repository.save(clash), "scenario-name-taken");
    QCOMPARE(dump(*db), before);
}

void TestScenarios::overridesAreCheckedAndNothingIsWrittenWhenRefused() {
    auto db = openDb(u"checked"_s);
    QVERIFY(db);
    ScenarioRepository repository(*db);
    auto id = repository.create(u"Prices"_s);
    MM_VERIFY_OK(id);
    MM_VERIFY_OK(repository.setOverride(*id, u"tiers.commercial.priceFloor"_s, u"60000"_s));
    const QString before = dump(*db);

    // Unknown parameter: named with its value.
    auto unknown = repository.setOverride(*id, u"tiers.commercial.priceFlor"_s, u"1"_s);
    MM_VERIFY_RULE(unknown, "scenario-unknown-parameter");
    QVERIFY2(unknown.error().toString().contains(u"tiers.commercial.priceFlor"_s),
             qPrintable(unknown.error().toString()));
    // Not a number.
    auto notNumber = repository.setOverride(*id, u"demand.renewalLoyalty"_s, u"lots"_s);
    MM_VERIFY_RULE(notNumber, "scenario-value-invalid");
    QVERIFY2(notNumber.error().toString().contains(u"demand.renewalLoyalty"_s) &&
                 notNumber.error().toString().contains(u"'lots'"_s),
             qPrintable(notNumber.error().toString()));
    MM_VERIFY_RULE(repository.setOverride(*id, u"tiers.commercial.termMonths"_s, u"1.5"_s),
                   "scenario-value-invalid");
    MM_VERIFY_RULE(repository.setOverride(*id, u"listingPricePercent.commercial"_s, u"0"_s),
                   "scenario-value-range");
    // A floor above the stored ceiling (500000.00): refused by the economy rules.
    auto aboveCeiling =
        repository.setOverride(*id, u"tiers.commercial.priceFloor"_s, u"600000.00"_s);
    QVERIFY(!aboveCeiling);
    QVERIFY2(aboveCeiling.error().toString().contains(u"tiers.commercial.priceFloor"_s) &&
                 aboveCeiling.error().toString().contains(u"600000.00"_s),
             qPrintable(aboveCeiling.error().toString()));
    // Nor through the ceiling, with the floor overridden to 60000.
    QVERIFY(!repository.setOverride(*id, u"tiers.commercial.priceCeiling"_s, u"55000"_s));
    QCOMPARE(dump(*db), before);

    // An override equal to the base value is a real override all the same.
    MM_VERIFY_OK(repository.setOverride(*id, u"listingPricePercent.commercial"_s, u"100"_s));
    auto loaded = repository.load(*id);
    MM_VERIFY_OK(loaded);
    QCOMPARE(loaded->overrideOf(u"listingPricePercent.commercial"_s), std::optional(u"100"_s));
}

void TestScenarios::removingAnOverride() {
    auto db = openDb(u"remove"_s);
    QVERIFY(db);
    ScenarioRepository repository(*db);
    auto id = repository.create(u"Wide"_s);
    MM_VERIFY_OK(id);
    MM_VERIFY_OK(repository.setOverride(*id, u"tiers.commercial.priceCeiling"_s, u"900000"_s));
    MM_VERIFY_OK(repository.setOverride(*id, u"tiers.commercial.priceFloor"_s, u"700000"_s));
    const QString before = dump(*db);
    // Without its ceiling the floor would sit above the stored ceiling.
    auto refused = repository.setOverride(*id, u"tiers.commercial.priceCeiling"_s, QString());
    QVERIFY(!refused);
    QVERIFY2(refused.error().toString().contains(u"tiers.commercial.priceCeiling"_s),
             qPrintable(refused.error().toString()));
    QCOMPARE(dump(*db), before);
    MM_VERIFY_OK(repository.setOverride(*id, u"tiers.commercial.priceFloor"_s, QString()));
    MM_VERIFY_OK(repository.setOverride(*id, u"tiers.commercial.priceCeiling"_s, u"  "_s));
    QCOMPARE(count(*db, u"scenario_overrides"_s), 0);
    // Removing what is not there: fine for a parameter, an error for a typo.
    MM_VERIFY_OK(repository.setOverride(*id, u"demand.renewalLoyalty"_s, QString()));
    MM_VERIFY_RULE(repository.setOverride(*id, u"no.such"_s, QString()),
                   "scenario-unknown-parameter");
    // An override the config no longer knows can always be removed.
    MM_VERIFY_OK(
        db->exec(u"INSERT INTO scenario_overrides VALUES (%1, 'gone.parameter', '1')"_s.arg(*id),
                 u"test"_s));
    MM_VERIFY_OK(repository.setOverride(*id, u"gone.parameter"_s, QString()));
    QCOMPARE(count(*db, u"scenario_overrides"_s), 0);
}

void TestScenarios::saveRestoresExactlyAndReinsertsWithItsId() {
    auto db = openDb(u"save"_s);
    QVERIFY(db);
    ScenarioRepository repository(*db);
    auto id = repository.create(u"Undo me"_s, u"notes"_s);
    MM_VERIFY_OK(id);
    MM_VERIFY_OK(repository.setOverride(*id, u"demand.outsideUtility"_s, u"1.5"_s));
    auto before = repository.load(*id);
    MM_VERIFY_OK(before);

    MM_VERIFY_OK(repository.setOverride(*id, u"demand.visibilityWeight"_s, u"0.9"_s));
    MM_VERIFY_OK(repository.rename(*id, u"Done"_s));
    MM_VERIFY_OK(repository.save(*before)); // undo
    auto after = repository.load(*id);
    MM_VERIFY_OK(after);
    QCOMPARE(*after, *before);

    MM_VERIFY_OK(repository.remove(*id));
    MM_VERIFY_OK(repository.save(*before)); // undo of the delete: same id
    after = repository.load(*id);
    MM_VERIFY_OK(after);
    QCOMPARE(*after, *before);

    Scenario twice = *before;
    twice.overrides.append(twice.overrides.first());
    const QString kept = dump(*db);
    MM_VERIFY_RULE(repository.save(twice), "scenario-duplicate-override");
    QCOMPARE(dump(*db), kept);
}

void TestScenarios::importIsAllOrNothing() {
    auto db = openDb(u"import"_s);
    QVERIFY(db);
    ScenarioRepository repository(*db);
    auto id = repository.create(u"Existing"_s, u"old"_s);
    MM_VERIFY_OK(id);
    MM_VERIFY_OK(repository.setOverride(*id, u"demand.outsideUtility"_s, u"1.5"_s));
    const QString before = dump(*db);

    Scenario fresh{0, u"Fresh"_s, u"new"_s, {{u"tiers.academic.priceFloor"_s, u"1500.00"_s}}};
    Scenario existing{0, u"EXISTING"_s, u"replaced"_s, {{u"demand.renewalLoyalty"_s, u"0.2"_s}}};
    auto clash = repository.importScenarios({fresh, existing}, false);
    MM_VERIFY_RULE(clash, "scenario-name-taken");
    QVERIFY2(clash.error().message.contains(u"Existing"_s), qPrintable(clash.error().message));
    QCOMPARE(dump(*db), before);

    Scenario bad{0, u"Bad"_s, {}, {{u"tiers.academic.priceFloor"_s, u"20000.00"_s}}};
    QVERIFY(!repository.importScenarios({fresh, bad}, true)); // floor above the ceiling
    QCOMPARE(dump(*db), before);
    MM_VERIFY_RULE(repository.importScenarios({fresh, fresh}, true), "scenario-name-taken");
    QCOMPARE(dump(*db), before);

    MM_VERIFY_OK(repository.importScenarios({fresh, existing}, true));
    auto list = repository.list();
    MM_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, *id); // replaced in place
    QCOMPARE(list->at(0).notes, u"replaced"_s);
    QCOMPARE(list->at(0).overrides, existing.overrides);
    QCOMPARE(list->at(1).name, u"Fresh"_s);
    QCOMPARE(list->at(1).overrides, fresh.overrides);
}

void TestScenarios::scenariosFileRoundTrip() {
    auto a = openDb(u"a"_s);
    QVERIFY(a);
    ScenarioRepository from(*a);
    for (const QString& name : {u"One"_s, u"Two"_s}) {
        auto id = from.create(name, name + u" notes, \"quoted\""_s);
        MM_VERIFY_OK(id);
        MM_VERIFY_OK(from.setOverride(*id, u"tiers.enterprise.priceFloor"_s, u"1200000"_s));
        MM_VERIFY_OK(from.setOverride(*id, u"gpuTypes.h100.hourlyRate"_s, u"2.75"_s));
        MM_VERIFY_OK(from.setOverride(*id, u"listingPricePercent.academic"_s, u"120"_s));
    }
    auto exported = from.list();
    MM_VERIFY_OK(exported);
    const QByteArray text =
        QJsonDocument(scenariosDocument(*exported)).toJson(QJsonDocument::Indented);

    auto b = openDb(u"b"_s);
    QVERIFY(b);
    auto read =
        scenariosFromDocument(QJsonDocument::fromJson(text).object(), EconomyConfig::defaults());
    MM_VERIFY_OK(read);
    MM_VERIFY_OK(ScenarioRepository(*b).importScenarios(*read, false));
    auto imported = ScenarioRepository(*b).list();
    MM_VERIFY_OK(imported);
    QCOMPARE(QJsonDocument(scenariosDocument(*imported)).toJson(QJsonDocument::Indented), text);
    QCOMPARE(imported->size(), 2);
    QCOMPARE(imported->at(0).overrides, exported->at(0).overrides);
}

void TestScenarios::balanceRules() {
    auto db = openDb(u"rules"_s);
    QVERIFY(db);
    BalanceRuleRepository repository(*db);
    auto metric = ForecastMetric::parse(u"tier-share:enterprise@24"_s);
    MM_VERIFY_OK(metric);
    BalanceRule rule;
    rule.name = u"Enterprise share"_s;
    rule.metric = *metric;
    rule.minimum = 4000;
    rule.maximum = 7000;
    auto id = repository.add(rule);
    MM_VERIFY_OK(id);
    BalanceRule payback;
    payback.name = u"Payback"_s;
    payback.metric = *ForecastMetric::parse(u"payback:medium"_s);
    payback.statistic = Statistic::P90;
    payback.maximum = 18;
    auto second = repository.add(payback);
    MM_VERIFY_OK(second);

    auto list = repository.list();
    MM_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    rule.id = *id;
    payback.id = *second;
    QCOMPARE(list->at(0), rule);
    QCOMPARE(list->at(1), payback);
    auto found = repository.find(u"PAYBACK"_s);
    MM_VERIFY_OK(found);
    QCOMPARE(*found, payback);
    auto missing = repository.find(u"Nope"_s);
    MM_VERIFY_RULE(missing, "balance-rule-missing");
    QVERIFY2(missing.error().message.contains(u"Enterprise share, Payback"_s),
             qPrintable(missing.error().message));

    const QString before = dump(*db);
    BalanceRule taken = rule;
    taken.name = u"enterprise SHARE"_s;
    MM_VERIFY_RULE(repository.add(taken), "balance-rule-name-taken");
    BalanceRule inverted = rule;
    inverted.name = u"Inverted"_s;
    inverted.minimum = 8000;
    MM_VERIFY_RULE(repository.add(inverted), "balance-rule-bounds");
    BalanceRule unbounded = rule;
    unbounded.name = u"Unbounded"_s;
    unbounded.minimum.reset();
    unbounded.maximum.reset();
    MM_VERIFY_RULE(repository.add(unbounded), "balance-rule-bounds");
    MM_VERIFY_RULE(repository.save(inverted), "balance-rule-bounds");
    payback.name = rule.name;
    MM_VERIFY_RULE(repository.save(payback), "balance-rule-name-taken");
    payback.name = u"Payback"_s;
    QCOMPARE(dump(*db), before);

    payback.maximum = 24;
    MM_VERIFY_OK(repository.save(payback));
    found = repository.find(u"Payback"_s);
    MM_VERIFY_OK(found);
    QCOMPARE(found->maximum, std::optional<qint64>(24));
    MM_VERIFY_OK(repository.remove(payback.id));
    MM_VERIFY_RULE(repository.remove(payback.id), "balance-rule-missing");
    MM_VERIFY_OK(repository.save(payback)); // undo of the delete: same id
    list = repository.list();
    MM_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1), payback);
}

void TestScenarios::schemaRefusesWhatTheRulesRefuse() {
    auto db = openDb(u"schema"_s);
    QVERIFY(db);
    const auto refused = [&](const QString& sql) { return !db->exec(sql, u"test"_s); };
    QVERIFY(refused(u"INSERT INTO scenarios (name) VALUES ('  ')"_s));
    QVERIFY(db->exec(u"INSERT INTO scenarios (id, name) VALUES (1, 'A')"_s, u"test"_s));
    QVERIFY(refused(u"INSERT INTO scenarios (name) VALUES ('a')"_s));
    QVERIFY(refused(u"INSERT INTO scenario_overrides VALUES (2, 'demand.outsideUtility', '1')"_s));
    QVERIFY(db->exec(u"INSERT INTO scenario_overrides VALUES (1, 'demand.outsideUtility', '1')"_s,
                     u"test"_s));
    QVERIFY(refused(u"INSERT INTO scenario_overrides VALUES (1, 'demand.outsideUtility', '2')"_s));
    QVERIFY(refused(u"INSERT INTO balance_rules (name, metric, statistic, minimum) VALUES ('r', "
                    "'revenue@1', 'p99', 1)"_s));
    QVERIFY(refused(u"INSERT INTO balance_rules (name, metric) VALUES ('r', 'revenue@1')"_s));
    QVERIFY(refused(u"INSERT INTO balance_rules (name, metric, minimum, maximum) VALUES ('r', "
                    "'revenue@1', 5, 4)"_s));
    QVERIFY(refused(u"INSERT INTO balance_rules (name, metric, minimum) VALUES ('r', "
                    "'revenue@1', 1.5)"_s));
    QVERIFY(db->exec(u"INSERT INTO balance_rules (name, metric, minimum, maximum) VALUES ('r', "
                     "'revenue@1', 4, 4)"_s,
                     u"test"_s));
    QVERIFY(db->exec(u"DELETE FROM scenarios"_s, u"test"_s));
    QCOMPARE(count(*db, u"scenario_overrides"_s), 0); // cascade
}

void TestScenarios::economyJsonCarriesBoth() {
    auto a = openDb(u"a"_s);
    QVERIFY(a);
    ScenarioRepository scenarios(*a);
    auto id = scenarios.create(u"Cheaper Commercial"_s, u"85%"_s);
    MM_VERIFY_OK(id);
    MM_VERIFY_OK(scenarios.setOverride(*id, u"listingPricePercent.commercial"_s, u"85"_s));
    MM_VERIFY_OK(scenarios.setOverride(*id, u"demand.buyerTypes.startup.needPerMonth"_s, u"0.3"_s));
    MM_VERIFY_OK(scenarios.create(u"Empty"_s));
    BalanceRule rule;
    rule.name = u"Academic revenue exists"_s;
    rule.metric = *ForecastMetric::parse(u"tier-share:academic"_s);
    rule.minimum = 200;
    MM_VERIFY_OK(BalanceRuleRepository(*a).add(rule));

    auto exported = exchange::exportEconomy(*a);
    MM_VERIFY_OK(exported);
    const QJsonArray list = exported->value(u"scenarios"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)
                 .toObject()
                 .value(u"overrides"_s)
                 .toObject()
                 .value(u"listingPricePercent.commercial"_s),
             QJsonValue(u"85"_s));
    QCOMPARE(exported->value(u"balanceRules"_s).toArray().first().toObject().value(u"min"_s),
             QJsonValue(u"2.00"_s));

    const QByteArray text = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
    auto b = openDb(u"b"_s);
    QVERIFY(b);
    // A scenario already there is replaced with the rest of the economy.
    MM_VERIFY_OK(ScenarioRepository(*b).create(u"Left over"_s));
    MM_VERIFY_OK(exchange::importEconomy(*b, QJsonDocument::fromJson(text).object(), true));
    auto again = exchange::exportEconomy(*b);
    MM_VERIFY_OK(again);
    QCOMPARE(QJsonDocument(*again).toJson(QJsonDocument::Indented), text);

    // A file from before scenarios existed: none.
    QJsonObject older = *exported;
    older.remove(u"scenarios"_s);
    older.remove(u"balanceRules"_s);
    MM_VERIFY_OK(exchange::importEconomy(*b, older, true));
    QCOMPARE(count(*b, u"scenarios"_s), 0);
    QCOMPARE(count(*b, u"balance_rules"_s), 0);
}

void TestScenarios::economyJsonRefusesBadScenarioOrRule() {
    auto a = openDb(u"a"_s);
    QVERIFY(a);
    auto exported = exchange::exportEconomy(*a);
    MM_VERIFY_OK(exported);
    auto b = openDb(u"b"_s);
    QVERIFY(b);
    MM_VERIFY_OK(ScenarioRepository(*b).create(u"Keep me"_s));
    const QString before = dump(*b);

    const auto withList = [&](const QString& key, const QJsonArray& list) {
        QJsonObject document = *exported;
        document.insert(key, list);
        return exchange::importEconomy(*b, document, true);
    };
    const QJsonObject unknown{{u"name"_s, u"Typo"_s},
                              {u"overrides"_s, QJsonObject{{u"tiers.nope"_s, u"1"_s}}}};
    auto refused = withList(u"scenarios"_s, {unknown});
    MM_VERIFY_RULE(refused, "scenario-unknown-parameter");
    QVERIFY2(refused.error().where.startsWith(u"scenarios[0]"_s),
             qPrintable(refused.error().toString()));
    const QJsonObject named{{u"name"_s, u"Twice"_s}, {u"overrides"_s, QJsonObject()}};
    MM_VERIFY_RULE(withList(u"scenarios"_s, {named, named}), "json-duplicate");
    const QJsonObject inverted{{u"name"_s, u"Inverted"_s},
                               {u"metric"_s, u"revenue@12"_s},
                               {u"statistic"_s, u"p50"_s},
                               {u"min"_s, u"10.00"_s},
                               {u"max"_s, u"5.00"_s}};
    auto badRule = withList(u"balanceRules"_s, {inverted});
    MM_VERIFY_RULE(badRule, "balance-rule-bounds");
    QVERIFY2(badRule.error().where.startsWith(u"balanceRules[0]"_s),
             qPrintable(badRule.error().toString()));
    MM_VERIFY_RULE(withList(u"balanceRules"_s, {QJsonValue(3)}), "json-format");
    QCOMPARE(dump(*b), before);
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
