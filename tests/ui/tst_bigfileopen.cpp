// The window opening a file bigger than its page-check limit (lowered here through the
// preferences/fullCheckMaxBytes setting, so a few-MB SQLite file counts as big): the file's rows
// are on screen while every page is still to be checked, editing waits with the reason shown,
// and becomes available when the check passes. A file with damaged pages far from the catalog is
// shown, then closed with the refusal an open gives, its bytes unchanged. Opening another file or
// closing the window stops the check and closes its connection.

#include "FileChecks.h"
#include "ResultChecks.h"
#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "data/OpenFileRegistry.h"
#include "models/CatalogModel.h"
#include "ui/catalog/CatalogArea.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30000;
constexpr qint64 kPageSize = 4096;

using mm::testing::fileHash;

// What the window looked like the moment the catalog showed its first rows.
struct FirstRowsMoment {
    bool seen = false;
    bool checking = false;
    bool readOnly = false;
    bool pasteEnabled = true;
    int rows = 0;
    QString firstName;
};

// Records that moment for the catalog the window shows now.
void recordFirstRows(MainWindow& window, FirstRowsMoment* moment) {
    auto* catalog = window.findChild<CatalogArea*>();
    QVERIFY(catalog);
    QObject::connect(catalog, &CatalogArea::firstRowsShown, &window, [&window, catalog, moment] {
        moment->seen = true;
        moment->checking = window.isCheckingPages();
        moment->readOnly = window.workspace().isReadOnly();
        moment->pasteEnabled = window.action(u"actionPaste"_s)->isEnabled();
        moment->rows = catalog->model()->rowCount();
        moment->firstName =
            catalog->model()->index(0, catalogSection(CatalogColumn::Name)).data().toString();
    });
}

// Closes the next message box once it is shown, keeping its title and text.
void closeNextMessageBox(QString* title, QString* text) {
    QTimer::singleShot(10, [title, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            closeNextMessageBox(title, text);
            return;
        }
        *title = box->windowTitle();
        *text = box->text();
        box->accept();
    });
}

QLabel* pageCheckLabel(MainWindow& window) {
    return window.findChild<QLabel*>(u"pageCheckStatus"_s);
}

} // namespace

class TestBigFileOpen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsShowWhileEveryPageIsChecked();
    void damagedFileIsShownThenRefusedUntouched();
    void openingAnotherFileOrClosingStopsTheCheck();
    void fileNeedingUpgradeIsCheckedBeforeItOpens();

private:
    std::unique_ptr<MainWindow> makeWindow();

    QTemporaryDir m_dir;
    QString m_start;
    QString m_big;
    QString m_damaged;
};

void TestBigFileOpen::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a throwaway test location
    QCoreApplication::setOrganizationName(u"ModelMarketTests"_s);
    QCoreApplication::setApplicationName(u"tst_bigfileopen"_s);
    QVERIFY(m_dir.isValid());

    m_start = m_dir.filePath(u"start.sqlite"_s);
    MM_VERIFY_OK(openOrCreate(m_start, true));

    // The demo economy, then a table of the test's own written last, so its pages are the last
    // of the file: damage there is deep inside, far from everything the window reads first.
    m_big = m_dir.filePath(u"big.sqlite"_s);
    {
        auto db = openOrCreate(m_big, true);
        MM_VERIFY_OK(db);
        MM_VERIFY_OK((*db)->exec(u"CREATE TABLE test_padding (data BLOB NOT NULL)"_s, u"pad"_s));
        MM_VERIFY_OK((*db)->query(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM "
                                  u"n WHERE i < ?) INSERT INTO test_padding (data) "
                                  u"SELECT randomblob(?) FROM n"_s,
                                  {3000, 2000}, u"pad"_s));
    }
    QVERIFY2(!QFileInfo::exists(m_big + u"-wal"_s), "the WAL was not checkpointed on close");
    const qint64 pages = QFileInfo(m_big).size() / kPageSize;
    QVERIFY2(pages > 1500, qPrintable(u"only %1 pages"_s.arg(pages)));

    m_damaged = m_dir.filePath(u"damaged.sqlite"_s);
    QVERIFY(QFile::copy(m_big, m_damaged));
    QFile file(m_damaged);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((pages - 200) * kPageSize));
    const QByteArray garbage(int(3 * kPageSize), char(0xA5));
    QCOMPARE(file.write(garbage), garbage.size());
    file.close();
    // Without the page check, the damaged file opens: its schema reads fine.
    Database::OpenOptions schemaOnly;
    schemaOnly.mode = Database::ReadOnly;
    schemaOnly.fullCheckMaxBytes = 0;
    QVERIFY2(Database::open(m_damaged, schemaOnly), "the schema read alone refuses the file");
}

void TestBigFileOpen::init() {
    QSettings().clear();
    // Every file but an empty one counts as big.
    QSettings().setValue(u"preferences/fullCheckMaxBytes"_s, 0);
}

void TestBigFileOpen::cleanup() {
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestBigFileOpen::makeWindow() {
    auto db = Database::open(m_start);
    if (!db)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(*db));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestBigFileOpen::rowsShowWhileEveryPageIsChecked() {
    auto window = makeWindow();
    QVERIFY(window);
    QVERIFY(window->action(u"actionPaste"_s)->isEnabled());

    window->openDatabaseAt(m_big);
    // The file is in the window at once, read-only, saying why editing waits.
    QCOMPARE(window->workspace().database().path(), m_big);
    QVERIFY(window->isCheckingPages());
    QVERIFY(window->workspace().isReadOnly());
    QLabel* label = pageCheckLabel(*window);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(),
             u"Checking every page of the file… editing is available when the check passes"_s);
    QVERIFY(!label->toolTip().isEmpty());
    for (const char* name :
         {"actionPaste", "actionDelete", "actionInsertRow", "actionFillDown", "playMarketAction"})
        QVERIFY2(!window->action(QString::fromLatin1(name))->isEnabled(), name);
    // Reading stays available.
    for (const char* name : {"actionCopy", "actionFind", "actionReload", "actionCompareEconomy",
                             "checkBalanceAction", "actionSaveCopy"})
        QVERIFY2(window->action(QString::fromLatin1(name))->isEnabled(), name);

    FirstRowsMoment moment;
    recordFirstRows(*window, &moment);
    QTRY_VERIFY_WITH_TIMEOUT(moment.seen, kTimeoutMs);
    QVERIFY2(moment.checking, "the rows appeared only after the check");
    QVERIFY(moment.readOnly);
    QVERIFY(!moment.pasteEnabled);
    QVERIFY(moment.rows > 0);
    QVERIFY(!moment.firstName.isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingPages(), kTimeoutMs);
    QCOMPARE(window->workspace().database().path(), m_big);
    QVERIFY(!window->workspace().isReadOnly());
    QVERIFY(!label->isVisible());
    QVERIFY(window->action(u"actionPaste"_s)->isEnabled());
    QVERIFY(window->action(u"playMarketAction"_s)->isEnabled());
    QVERIFY(window->statusBar()->currentMessage().contains(u"editing is available"_s));
}

void TestBigFileOpen::damagedFileIsShownThenRefusedUntouched() {
    auto window = makeWindow();
    QVERIFY(window);
    const QByteArray before = fileHash(m_damaged);
    QVERIFY(!before.isEmpty());

    QString title;
    QString text;
    closeNextMessageBox(&title, &text);
    window->openDatabaseAt(m_damaged);
    QCOMPARE(window->workspace().database().path(), m_damaged);
    QVERIFY(window->isCheckingPages());
    FirstRowsMoment moment;
    recordFirstRows(*window, &moment);
    QTRY_VERIFY_WITH_TIMEOUT(moment.seen, kTimeoutMs);
    QVERIFY(moment.checking);
    QVERIFY(moment.rows > 0);

    // Refused like a failed open: the message box, and the file that was open before is back.
    QTRY_VERIFY_WITH_TIMEOUT(!text.isEmpty(), kTimeoutMs);
    QCOMPARE(title, u"Open Database"_s);
    QVERIFY(!window->isCheckingPages());
    QCOMPARE(window->workspace().database().path(), m_start);
    QVERIFY(!window->workspace().isReadOnly());
    QVERIFY(!pageCheckLabel(*window)->isVisible());
    QVERIFY(!openfiles::contains(m_damaged));
    QCOMPARE(fileHash(m_damaged), before);
    const Status refused = Database::checkEveryPage(m_damaged);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"db.corrupt"_s);
    QCOMPARE(text, refused.error().toString());
    QCOMPARE(fileHash(m_damaged), before);
}

void TestBigFileOpen::openingAnotherFileOrClosingStopsTheCheck() {
    auto window = makeWindow();
    QVERIFY(window);
    window->openDatabaseAt(m_big);
    QVERIFY(window->isCheckingPages());
    QVERIFY(openfiles::contains(m_big));
    // Another file, small enough to be read whole at open: the check of the first one ends.
    QSettings().setValue(u"preferences/fullCheckMaxBytes"_s, 1LL << 40);
    window->openDatabaseAt(m_start);
    QVERIFY(!window->isCheckingPages());
    QVERIFY(!openfiles::contains(m_big));
    QVERIFY(!window->workspace().isReadOnly());

    // Closing the window while the check reads.
    QSettings().setValue(u"preferences/fullCheckMaxBytes"_s, 0);
    window->openDatabaseAt(m_big);
    FirstRowsMoment moment;
    recordFirstRows(*window, &moment);
    QTRY_VERIFY_WITH_TIMEOUT(moment.seen, kTimeoutMs); // the check has started
    QVERIFY(moment.checking);
    window->close();
    window.reset();
    QVERIFY(!openfiles::contains(m_big));
    // Nothing of it is left open: the file opens for writing.
    auto again = Database::open(m_big);
    MM_VERIFY_OK(again);
    QVERIFY(!(*again)->isReadOnly());
}

void TestBigFileOpen::fileNeedingUpgradeIsCheckedBeforeItOpens() {
    // Migrating writes; a file that needs it is checked first, then opened writable, as before.
    const QString old = m_dir.filePath(u"v1.sqlite"_s);
    QFile::remove(old);
    QVERIFY(QFile::copy(QStringLiteral(MM_TEST_DATA_DIR) + u"/schema_v1.sqlite"_s, old));
    QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner));
    auto window = makeWindow();
    QVERIFY(window);
    window->openDatabaseAt(old);
    // Checked on a worker first: the window shows it once the check answered.
    QTRY_COMPARE_WITH_TIMEOUT(window->workspace().database().path(), old, 60000);
    QVERIFY(!window->isCheckingPages());
    QVERIFY(!window->workspace().isReadOnly());
    QVERIFY(!pageCheckLabel(*window)->isVisible());
}

QTEST_MAIN(TestBigFileOpen)
#include "tst_bigfileopen.moc"
