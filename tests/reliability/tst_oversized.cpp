// Oversized input is refused early, with a message naming the limit, without exhausting memory:
//
// - a 2 GB CSV (a sparse file: it takes no disk) is refused by `import` before it is read, and
//   by exchange::importCsvFile and csv::parse (over a memory map that is never touched);
// - a 10 MB cell and a line of a million columns are refused by csv::parse / parseText with
//   their default limits and by `import catalog`, naming the limit.
//
// Peak memory of the child is measured with /usr/bin/time when it is installed (the figure is
// printed); without it, only time and the refusal are checked.

#include "CliRunner.h"
#include "ReliabilitySupport.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/Exchange.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace mm;
using namespace mm::reliability;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTwoGigabytes = 2LL * 1024 * 1024 * 1024;
constexpr qint64 kTenMegabytes = 10LL * 1024 * 1024;
constexpr int kMillion = 1'000'000;
// Generous bounds: the point is "nowhere near the input's size", not a benchmark.
constexpr qint64 kMaxChildRssKb = 256 * 1024;
constexpr qint64 kMaxRefusalMs = 30'000;

struct Measured {
    CliResult result;
    qint64 maxRssKb = -1; // -1: not measured
    qint64 elapsedMs = 0;
};

const QString kTimeBinary = u"/usr/bin/time"_s;
const QString kRssMarker = u"mm-max-rss-kb="_s;

// Runs the CLI, under GNU time when available to learn its peak resident memory.
Measured runMeasured(const QStringList& arguments) {
    Measured measured;
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    if (QFileInfo(kTimeBinary).isExecutable()) {
        process.start(kTimeBinary,
                      QStringList{u"-f"_s, kRssMarker + u"%M"_s, QStringLiteral(MM_APP_BINARY)} +
                          arguments);
    } else {
        process.start(QStringLiteral(MM_APP_BINARY), arguments);
    }
    process.waitForFinished(120'000);
    measured.elapsedMs = timer.elapsed();
    measured.result.exitCode =
        process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    measured.result.out = QString::fromUtf8(process.readAllStandardOutput());
    QString err = QString::fromUtf8(process.readAllStandardError());
    const qsizetype marker = err.lastIndexOf(kRssMarker);
    if (marker >= 0) {
        measured.maxRssKb = QStringView(err).mid(marker + kRssMarker.size()).trimmed().toLongLong();
        err.truncate(marker);
        // GNU time reports a non-zero exit on its own line before the figure.
        err.remove(QRegularExpression(u"Command exited with non-zero status \\d+\\s*$"_s));
    }
    measured.result.err = err;
    return measured;
}

QString describe(const Measured& measured) {
    return u"exit %1 after %2 ms, peak RSS %3 kB\nstdout: %4\nstderr: %5"_s.arg(
        QString::number(measured.result.exitCode), QString::number(measured.elapsedMs),
        QString::number(measured.maxRssKb), measured.result.out, measured.result.err);
}

// Peak resident memory of this process so far (VmHWM), in kB; -1 when unknown.
qint64 peakRssKb() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS where the kernel allows it (Linux 4.0+).
void resetPeakRss() {
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 allocatedBytes(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<qint64>(info.st_blocks) * 512;
}

const QByteArray kHeader = "name,architecture,size_class,parameters\n";

} // namespace

class TestOversized : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void twoGigabyteFileIsRefusedUnread();
    void tenMegabyteCell();
    void millionColumns();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestOversized::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"oversized.sqlite"_s);
    if (!QFileInfo(kTimeBinary).isExecutable())
        qInfo("%s is not installed: child memory is not measured", qPrintable(kTimeBinary));
}

QString TestOversized::writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestOversized::twoGigabyteFileIsRefusedUnread() {
    const QString path = m_dir.filePath(u"two-gigabytes.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(kHeader) == kHeader.size());
        QVERIFY(file.resize(kTwoGigabytes)); // a hole: no blocks are allocated
    }
    QCOMPARE(QFileInfo(path).size(), kTwoGigabytes);
    const qint64 onDisk = allocatedBytes(path);
    qInfo("2 GB CSV takes %lld bytes on disk", onDisk);
    QVERIFY2(onDisk >= 0 && onDisk < 16 * 1024 * 1024, "the file system made the file dense");

    // The CLI: refused before the database is even opened.
    const Measured cli = runMeasured({u"--db"_s, m_db, u"import"_s, u"catalog"_s, path});
    qInfo("import catalog of a 2 GB file: %s", qPrintable(describe(cli).section(u'\n', 0, 0)));
    QCOMPARE(cli.result.exitCode, 1);
    QVERIFY2(cli.result.err.contains(u"larger than the 512 MB an import accepts"_s),
             qPrintable(describe(cli)));
    QVERIFY2(cli.elapsedMs < kMaxRefusalMs, qPrintable(describe(cli)));
    QVERIFY2(cli.maxRssKb < kMaxChildRssKb, qPrintable(describe(cli)));
    QVERIFY2(!QFileInfo::exists(m_db), "a refused import created the database");
    const Measured economy = runMeasured({u"--db"_s, m_db, u"import"_s, u"economy"_s, path});
    QCOMPARE(economy.result.exitCode, 1);
    QVERIFY2(economy.result.err.contains(u"512 MB"_s), qPrintable(describe(economy)));

    // The library: importCsvFile looks at the size first; parse at the view's size.
    auto db = Database::open(u":memory:"_s);
    QVERIFY(db);
    resetPeakRss();
    const qint64 peakBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    auto imported = exchange::importCsvFile(**db, ExchangeTable::Catalog, path);
    QVERIFY(!imported);
    QCOMPARE(imported.error().rule, QString(csv::kRuleInputTooLarge));
    QVERIFY2(imported.error().message.contains(u"512 MB"_s), qPrintable(imported.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    uchar* mapped = file.map(0, kTwoGigabytes);
    if (mapped) {
        auto parsed = csv::parse(QByteArrayView(reinterpret_cast<const char*>(mapped),
                                                static_cast<qsizetype>(kTwoGigabytes)));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().rule, QString(csv::kRuleInputTooLarge));
        QVERIFY2(parsed.error().message.contains(QString::number(csv::Limits().maxInputBytes)),
                 qPrintable(parsed.error().message));
        file.unmap(mapped);
    }
    const qint64 grownKb = peakRssKb() - peakBefore;
    qInfo("in-process refusal of the 2 GB file: %lld ms, peak RSS grew by %lld kB", timer.elapsed(),
          grownKb);
    QVERIFY(timer.elapsed() < kMaxRefusalMs);
    QVERIFY2(grownKb < 64 * 1024, "refusing the file read it into memory");
}

void TestOversized::tenMegabyteCell() {
    const qsizetype limit = csv::Limits().maxFieldChars;
    const QString limitText = QString::number(limit);
    const QByteArray cell(kTenMegabytes, 'x');
    const QByteArray plain = kHeader + cell + ",transformer,small,1000\n";
    const QByteArray quoted = kHeader + "\"" + cell + "\",transformer,small,1000\n";

    resetPeakRss();
    const qint64 peakBefore = peakRssKb();
    for (const QByteArray* bytes : {&plain, &quoted}) {
        for (const char delimiter : {',', '\t'}) {
            QByteArray delimited = *bytes;
            delimited.replace(',', delimiter);
            auto parsed = csv::parse(delimited, QChar::fromLatin1(delimiter));
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().rule, QString(csv::kRuleFieldTooLong));
            QCOMPARE(parsed.error().where, u"line 2, column 1"_s);
            QVERIFY2(parsed.error().message.contains(limitText),
                     qPrintable(parsed.error().message));
            auto decoded =
                csv::parseText(QString::fromLatin1(delimited), QChar::fromLatin1(delimiter));
            QVERIFY(!decoded);
            QCOMPARE(decoded.error().rule, QString(csv::kRuleFieldTooLong));
            QCOMPARE(decoded.error().where, u"line 2, column 1"_s);
            QVERIFY(decoded.error().message.contains(limitText));
        }
    }
    const qint64 grownKb = peakRssKb() - peakBefore;
    qInfo("csv::parse/parseText refusing a 10 MB cell: peak RSS grew by %lld kB (the decoded "
          "copies of the input included)",
          grownKb);
    QVERIFY2(grownKb < 160 * 1024, "refusing the cell took far more memory than its input");

    const QString path = writeFile(u"ten-megabyte-cell.csv"_s, quoted);
    QVERIFY(!path.isEmpty());
    const Measured cli = runMeasured({u"--db"_s, m_db, u"import"_s, u"catalog"_s, path});
    qInfo("import catalog with a 10 MB cell: %s", qPrintable(describe(cli).section(u'\n', 0, 0)));
    QCOMPARE(cli.result.exitCode, 1);
    QVERIFY2(cli.result.err.contains(u"line 2"_s) &&
                 cli.result.err.contains(u"longer than %1 characters"_s.arg(limit)),
             qPrintable(describe(cli)));
    QVERIFY2(cli.elapsedMs < kMaxRefusalMs, qPrintable(describe(cli)));
    QVERIFY2(cli.maxRssKb < kMaxChildRssKb, qPrintable(describe(cli)));
}

void TestOversized::millionColumns() {
    const int limit = csv::Limits().maxColumns;
    QByteArray line;
    line.reserve(2 * kMillion + 1);
    for (int i = 0; i < kMillion; ++i)
        line += i == 0 ? "1" : ",1";
    line += '\n';

    for (const QByteArray& bytes : {kHeader + line, line}) {
        const int lineNumber = bytes.startsWith(kHeader) ? 2 : 1;
        auto parsed = csv::parse(bytes);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().rule, QString(csv::kRuleTooManyColumns));
        QCOMPARE(parsed.error().where, u"line %1, column %2"_s.arg(lineNumber).arg(limit + 1));
        QVERIFY2(parsed.error().message.contains(QString::number(limit)),
                 qPrintable(parsed.error().message));
        auto decoded = csv::parseText(QString::fromLatin1(bytes), u',');
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().rule, QString(csv::kRuleTooManyColumns));
    }

    for (const bool inHeader : {false, true}) {
        const QString path =
            writeFile(inHeader ? u"million-columns-header.csv"_s : u"million-columns.csv"_s,
                      inHeader ? line : kHeader + line);
        QVERIFY(!path.isEmpty());
        const Measured cli = runMeasured({u"--db"_s, m_db, u"import"_s, u"catalog"_s, path});
        qInfo("import catalog with a million columns (%s): %s", inHeader ? "header" : "data row",
              qPrintable(describe(cli).section(u'\n', 0, 0)));
        QCOMPARE(cli.result.exitCode, 1);
        QVERIFY2(cli.result.err.contains(u"more than %1 columns"_s.arg(limit)),
                 qPrintable(describe(cli)));
        QVERIFY2(cli.elapsedMs < kMaxRefusalMs, qPrintable(describe(cli)));
        QVERIFY2(cli.maxRssKb < kMaxChildRssKb, qPrintable(describe(cli)));
    }
    // Nothing was written by any of the refused imports.
    auto db = Database::open(m_db);
    QVERIFY(db);
    auto models = (*db)->query(u"SELECT COUNT(*) FROM models"_s, {}, u"counting"_s);
    QVERIFY(models && models->next());
    QCOMPARE(models->value(0).toLongLong(), 0LL);
}

QTEST_GUILESS_MAIN(TestOversized)
#include "tst_oversized.moc"
