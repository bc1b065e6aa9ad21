// Enum tables: stable keys that round-trip, and labels people paste from spreadsheets.
#include "core/Enums.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Checks one enum's whole table; returns an empty string or the first problem found.
template <typename E>
QString checkTable(int expectedCount) {
    const QList<E> values = mm::enumValues<E>();
    if (values.size() != expectedCount || mm::enumCount<E>() != expectedCount)
        return u"expected %1 entries, table has %2"_s.arg(expectedCount).arg(values.size());
    if (mm::enumKeys<E>().size() != expectedCount)
        return u"enumKeys() has the wrong size"_s;

    QSet<QString> keys;
    QSet<QString> labels;
    QSet<int> seenValues;
    for (int i = 0; i < values.size(); ++i) {
        const E value = values.at(i);
        // Values are listed in declaration order, each once.
        if (static_cast<int>(value) != i)
            return u"entry %1 is out of declaration order"_s.arg(i);
        seenValues.insert(static_cast<int>(value));

        const QString key = mm::enumKey(value);
        const QString label = mm::enumLabel(value);
        if (key.isEmpty() || label.isEmpty())
            return u"entry %1 has an empty key or label"_s.arg(i);
        if (key != key.toLower() || key.contains(u' '))
            return u"key '%1' is not lower-case without spaces"_s.arg(key);
        if (mm::enumKeys<E>().at(i) != key)
            return u"enumKeys() disagrees at %1"_s.arg(i);
        keys.insert(key.toLower());
        labels.insert(label.toLower());

        // Round trips: key, key in any case, label, label in any case, surrounding spaces.
        if (mm::enumFromKey<E>(key) != value)
            return u"enumFromKey('%1') does not give the value back"_s.arg(key);
        if (mm::enumFromKey<E>(key.toUpper()) != value)
            return u"enumFromKey is case-sensitive for '%1'"_s.arg(key);
        if (mm::enumFromText<E>(key) != value)
            return u"enumFromText('%1') does not give the value back"_s.arg(key);
        if (mm::enumFromText<E>(label) != value)
            return u"enumFromText('%1') does not give the value back"_s.arg(label);
        if (mm::enumFromText<E>(label.toUpper()) != value ||
            mm::enumFromText<E>(label.toLower()) != value)
            return u"enumFromText is case-sensitive for '%1'"_s.arg(label);
        if (mm::enumFromText<E>(u"  "_s + label + u"\t"_s) != value)
            return u"enumFromText does not trim '%1'"_s.arg(label);
    }
    if (keys.size() != expectedCount)
        return u"keys are not unique (case-insensitively)"_s;
    if (labels.size() != expectedCount)
        return u"labels are not unique (case-insensitively)"_s;
    if (seenValues.size() != expectedCount)
        return u"values are not unique"_s;

    // Unknown text is nullopt, never a default value.
    for (const QString& unknown :
         {u"no-such-value"_s, QString(), u" "_s, u"small-ish"_s, u"42"_s}) {
        if (mm::enumFromKey<E>(unknown).has_value() || mm::enumFromText<E>(unknown).has_value())
            return u"'%1' was accepted"_s.arg(unknown);
    }
    // An out-of-range value has no key or label rather than a wrong one.
    if (!mm::enumKey(static_cast<E>(expectedCount)).isEmpty() ||
        !mm::enumLabel(static_cast<E>(expectedCount)).isEmpty())
        return u"an out-of-range value has a key"_s;
    return {};
}

} // namespace

class TestEnums : public QObject {
    Q_OBJECT

private slots:
    void tables();
    void knownKeys();
    void labels_data();
    void labels();
    void otherLabels();
    void keysAreCaseInsensitiveButExact();
};

void TestEnums::tables() {
    QCOMPARE(checkTable<mm::SizeClass>(4), QString());
    QCOMPARE(checkTable<mm::Architecture>(6), QString());
    QCOMPARE(checkTable<mm::ModelStatus>(6), QString());
    QCOMPARE(checkTable<mm::LicenseTier>(4), QString());
    QCOMPARE(checkTable<mm::BuyerType>(4), QString());
    QCOMPARE(checkTable<mm::IntendedUse>(2), QString());
    QCOMPARE(checkTable<mm::JobStatus>(6), QString());
    QCOMPARE(checkTable<mm::LicenseStatus>(3), QString());
    QCOMPARE(checkTable<mm::Seniority>(4), QString());
}

void TestEnums::knownKeys() {
    // Keys are stored in files and the database: they must never change once shipped.
    QCOMPARE(mm::enumKeys<mm::SizeClass>(),
             QStringList({u"small"_s, u"medium"_s, u"large"_s, u"frontier"_s}));
    QCOMPARE(mm::enumKeys<mm::Architecture>(),
             QStringList({u"transformer"_s, u"mixture_of_experts"_s, u"diffusion"_s, u"cnn"_s,
                          u"rnn"_s, u"multimodal"_s}));
    QCOMPARE(mm::enumKeys<mm::ModelStatus>(),
             QStringList({u"draft"_s, u"training"_s, u"completed"_s, u"listed"_s, u"retired"_s,
                          u"failed"_s}));
    QCOMPARE(mm::enumKeys<mm::LicenseTier>(),
             QStringList({u"open_source"_s, u"academic"_s, u"commercial"_s, u"enterprise"_s}));
    QCOMPARE(mm::enumKeys<mm::BuyerType>(),
             QStringList({u"academic"_s, u"startup"_s, u"commercial"_s, u"enterprise"_s}));
    QCOMPARE(mm::enumKeys<mm::IntendedUse>(), QStringList({u"research"_s, u"business"_s}));
    QCOMPARE(mm::enumKeys<mm::JobStatus>(),
             QStringList({u"queued"_s, u"running"_s, u"paused"_s, u"completed"_s, u"failed"_s,
                          u"cancelled"_s}));
    QCOMPARE(mm::enumKeys<mm::LicenseStatus>(),
             QStringList({u"active"_s, u"expired"_s, u"revoked"_s}));
    QCOMPARE(mm::enumKeys<mm::Seniority>(),
             QStringList({u"junior"_s, u"mid"_s, u"senior"_s, u"principal"_s}));
}

void TestEnums::labels_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("architecture");

    QTest::newRow("label") << u"Mixture-of-Experts"_s << int(mm::Architecture::MixtureOfExperts);
    QTest::newRow("label, lower case")
        << u"mixture-of-experts"_s << int(mm::Architecture::MixtureOfExperts);
    QTest::newRow("label, upper case")
        << u"MIXTURE-OF-EXPERTS"_s << int(mm::Architecture::MixtureOfExperts);
    QTest::newRow("key") << u"mixture_of_experts"_s << int(mm::Architecture::MixtureOfExperts);
    QTest::newRow("key, mixed case")
        << u"Mixture_Of_Experts"_s << int(mm::Architecture::MixtureOfExperts);
    QTest::newRow("CNN") << u"CNN"_s << int(mm::Architecture::Cnn);
    QTest::newRow("cnn") << u"cnn"_s << int(mm::Architecture::Cnn);
    QTest::newRow("padded") << u"  Transformer  "_s << int(mm::Architecture::Transformer);
}

void TestEnums::labels() {
    QFETCH(QString, text);
    QFETCH(int, architecture);

    const auto parsed = mm::enumFromText<mm::Architecture>(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(int(*parsed), architecture);
}

void TestEnums::otherLabels() {
    // Labels of other enums read back too.
    QCOMPARE(mm::enumFromText<mm::LicenseTier>(u"Open Source"_s), mm::LicenseTier::OpenSource);
    QCOMPARE(mm::enumFromText<mm::LicenseTier>(u"open source"_s), mm::LicenseTier::OpenSource);
    QCOMPARE(mm::enumFromText<mm::BuyerType>(u"Academic institution"_s), mm::BuyerType::Academic);
    QCOMPARE(mm::enumFromText<mm::BuyerType>(u"commercial company"_s), mm::BuyerType::Commercial);
    QCOMPARE(mm::enumFromText<mm::Seniority>(u"Mid-level"_s), mm::Seniority::Mid);
    QCOMPARE(mm::enumLabel(mm::Architecture::MixtureOfExperts), u"Mixture-of-Experts"_s);
    QCOMPARE(mm::enumLabel(mm::LicenseTier::OpenSource), u"Open Source"_s);
}

void TestEnums::keysAreCaseInsensitiveButExact() {
    // enumFromKey reads keys only, not labels, and no prefixes or near misses.
    QCOMPARE(mm::enumFromKey<mm::LicenseTier>(u"OPEN_SOURCE"_s), mm::LicenseTier::OpenSource);
    QVERIFY(!mm::enumFromKey<mm::LicenseTier>(u"Open Source"_s).has_value());
    QVERIFY(!mm::enumFromKey<mm::Architecture>(u"Mixture-of-Experts"_s).has_value());
    QVERIFY(!mm::enumFromKey<mm::SizeClass>(u"smal"_s).has_value());
    QVERIFY(!mm::enumFromKey<mm::SizeClass>(u"smaller"_s).has_value());
    QVERIFY(!mm::enumFromKey<mm::SizeClass>(u" small"_s).has_value());
    QVERIFY(!mm::enumFromText<mm::SizeClass>(u"sm all"_s).has_value());
    QVERIFY(!mm::enumFromText<mm::BuyerType>(u"Academic institutions"_s).has_value());
}

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
