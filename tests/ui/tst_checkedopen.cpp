// Opening a file from the window: files too large for Database::open to read every page of are
// read first on a worker (openCheckingEveryPage), so a damaged page deep inside is refused and the
// file left as it was. The size limit is lowered to 0 here so a small file takes that path.

#include "FileChecks.h"
#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "ui/shell/CheckedOpen.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

using mm::testing::fileHash;

// What open() does past its size limit: only the schema is read.
DatabaseOpener openSkippingPages(const QString& path, bool* called) {
    return [path, called] {
        *called = true;
        Database::OpenOptions options;
        options.mode = Database::ReadOnly;
        options.fullCheckMaxBytes = 0;
        return Database::open(path, options);
    };
}

} // namespace

class TestCheckedOpen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void healthyLargeFileOpens();
    void damagedPageInLargeFileIsRefusedUntouched();

private:
    QString m_healthy;
    QString m_damaged;
    QTemporaryDir m_dir;
};

void TestCheckedOpen::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_healthy = m_dir.filePath(u"healthy.sqlite"_s);
    {
        auto db = openOrCreate(m_healthy, true); // the demo economy: a few hundred pages
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    }
    m_damaged = m_dir.filePath(u"damaged.sqlite"_s);
    QVERIFY(QFile::copy(m_healthy, m_damaged));
    constexpr qint64 kPageSize = 4096;
    const qint64 pages = QFileInfo(m_damaged).size() / kPageSize;
    QVERIFY(pages > 20);
    QFile file(m_damaged);
    QVERIFY(file.open(QIODevice::ReadWrite));
    // Three pages in the middle of the file, far from the schema on page 1.
    QVERIFY(file.seek((pages / 2) * kPageSize));
    const QByteArray garbage(int(3 * kPageSize), char(0xA5));
    QCOMPARE(file.write(garbage), garbage.size());
}

namespace {

// openCheckingEveryPage's answer, waited for without blocking the event loop.
Result<std::unique_ptr<Database>> openAndWait(const QString& path, DatabaseOpener open,
                                              qint64 fullCheckMaxBytes) {
    std::optional<Result<std::unique_ptr<Database>>> answer;
    openCheckingEveryPage(
        nullptr, path, std::move(open),
        [&answer](Result<std::unique_ptr<Database>> opened) { answer = std::move(opened); },
        fullCheckMaxBytes);
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 60000))
        return makeError(u"no answer within a minute"_s, path, u"timeout"_s);
    return std::move(*answer);
}

} // namespace

void TestCheckedOpen::healthyLargeFileOpens() {
    bool called = false;
    // It returns before the check is done (no event loop of its own waits for the worker) and
    // answers when it is.
    std::optional<Result<std::unique_ptr<Database>>> answer;
    openCheckingEveryPage(
        nullptr, m_healthy, openSkippingPages(m_healthy, &called),
        [&answer](Result<std::unique_ptr<Database>> opened) { answer = std::move(opened); }, 0);
    QVERIFY2(!answer, "the big file was answered before openCheckingEveryPage returned");
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 60000);
    auto& db = *answer;
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QVERIFY(called);
}

void TestCheckedOpen::damagedPageInLargeFileIsRefusedUntouched() {
    // Without the check first, the schema read alone lets the damaged file in.
    {
        bool called = false;
        auto unchecked = openSkippingPages(m_damaged, &called)();
        QVERIFY2(unchecked, "the schema read alone already refuses this file; damage another page");
    }
    const QByteArray before = fileHash(m_damaged);
    bool called = false;
    auto db = openAndWait(m_damaged, openSkippingPages(m_damaged, &called), 0);
    QVERIFY2(!db, "a file with damaged pages was opened");
    QVERIFY(!called);
    QCOMPARE(db.error().rule, u"db.corrupt"_s);
    QVERIFY2(db.error().toString().contains(m_damaged), qPrintable(db.error().toString()));
    QCOMPARE(fileHash(m_damaged), before);

    // Below the size limit the worker is not needed: open() reads every page itself.
    bool openedDirectly = false;
    auto direct = openAndWait(
        m_damaged,
        [&] {
            openedDirectly = true;
            return Database::open(m_damaged, Database::ReadOnly);
        },
        Database::kFullCheckMaxBytes);
    QVERIFY(openedDirectly);
    QVERIFY(!direct);
    QCOMPARE(direct.error().rule, u"db.corrupt"_s);
}

QTEST_MAIN(TestCheckedOpen)
#include "tst_checkedopen.moc"
