// Replays, with the regular (g++) build, every input the fuzzers found interesting through the
// very code the fuzz targets run (fuzz/FuzzTargets.cpp): the crashers and property violations
// committed under tests/data/fuzz-regressions/<target>/, and the seed corpora under
// fuzz/corpus/<target>/. Each must return normally, break no property, and a refused input must
// come with a clean Error (a message saying what is wrong).

#include "FuzzTargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <iterator>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

using Target = fuzz::Outcome (*)(QByteArrayView);

struct NamedTarget {
    const char* name;
    Target run;
};

constexpr NamedTarget kTargets[] = {
    {"csv", &fuzz::csvParser},
    {"catalog_import", &fuzz::catalogImport},
    {"table_import", &fuzz::tableImport},
    {"economy_import", &fuzz::economyImport},
    {"paste", &fuzz::paste},
};

QStringList filesUnder(const QString& folder) {
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void replay_data();
    void replay();

private:
    int m_fixtures = 0;
};

void TestFuzzRegressions::initTestCase() {
    // The fuzz targets run with the C locale; number parsing in a paste depends on it.
    QLocale::setDefault(QLocale::c());
}

void TestFuzzRegressions::replay_data() {
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    const QString regressions = QStringLiteral(MM_TEST_DATA_DIR) + u"/fuzz-regressions/"_s;
    const QString corpora = QStringLiteral(MM_SOURCE_DIR) + u"/fuzz/corpus/"_s;
    for (int i = 0; i < int(std::size(kTargets)); ++i) {
        const QString name = QString::fromLatin1(kTargets[i].name);
        for (const QString& root : {regressions, corpora}) {
            for (const QString& path : filesUnder(root + name)) {
                const QString label = (root == regressions ? u"regression/"_s : u"seed/"_s) + name +
                                      u'/' + QFileInfo(path).fileName();
                QTest::newRow(qPrintable(label)) << i << path;
                ++m_fixtures;
            }
        }
    }
    if (m_fixtures == 0)
        QTest::newRow("no fixtures") << -1 << QString();
}

void TestFuzzRegressions::replay() {
    QFETCH(int, target);
    QFETCH(QString, path);
    QVERIFY2(target >= 0, "no fixtures found under tests/data/fuzz-regressions or fuzz/corpus");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    const fuzz::Outcome outcome = kTargets[target].run(bytes);
    QVERIFY2(outcome.violation.isEmpty(), qPrintable(outcome.violation));
    if (!outcome.accepted)
        QVERIFY2(!outcome.error.trimmed().isEmpty(), "refused without saying why");
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
