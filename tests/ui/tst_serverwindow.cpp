// The window on a team server: File > Connect to Server builds the address and opens the window
// on it, the password prompt when the server asks for one, Open Recent without passwords, Upload
// to Server and Save As Copy between a file and a server, and a read-only role. Against the real
// test server (MODELMARKET_TEST_PG_URL), each test on a database of its own.

#include "PgTestServer.h"
#include "ResultChecks.h"
#include "data/DefaultDatabase.h"
#include "data/EconomyCopy.h"
#include "data/Exchange.h"
#include "data/MarketStore.h"
#include "data/Migrations.h"
#include "models/CatalogModel.h"
#include "ui/catalog/CatalogArea.h"
#include "ui/shell/ConnectServerDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ServerOpen.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstring>
#include <functional>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace mm;
using namespace mm::testing;
using namespace Qt::StringLiterals;

namespace {

// How long a connect on a worker (and the prompts it raises) may take to answer.
constexpr int kAnswerMs = 20000;

// Answers the modal dialogs the window opens, in the order they come, each by a function given
// the dialog; records what every message box and password prompt said.
class ModalAnswers : public QObject {
public:
    using Answer = std::function<void(QWidget*)>;

    explicit ModalAnswers(QList<Answer> answers)
        : m_answers(std::move(answers)) {
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswers::look);
        m_timer.start(20);
    }

    QStringList seen;
    bool done() const { return m_answers.isEmpty(); }

private:
    void look() {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last || m_answers.isEmpty() || !modal->isVisible())
            return;
        // Progress dialogs come and go by themselves.
        if (auto* progress = qobject_cast<QProgressDialog*>(modal)) {
            if (const QString shots = qEnvironmentVariable("MM_SERVER_SCREENSHOTS");
                !shots.isEmpty() && progress->labelText().startsWith(u"Uploading"_s))
                progress->grab().save(shots + u"/upload-progress.png"_s);
            return;
        }
        m_last = modal;
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            seen.append(box->text());
        if (auto* prompt = qobject_cast<QInputDialog*>(modal))
            seen.append(prompt->labelText());
        m_answers.takeFirst()(modal);
    }

    QList<Answer> m_answers;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

ModalAnswers::Answer typePassword(const QString& password) {
    return [password](QWidget* dialog) {
        auto* prompt = qobject_cast<QInputDialog*>(dialog);
        QVERIFY2(prompt, dialog->metaObject()->className());
        QCOMPARE(prompt->objectName(), u"serverPasswordPrompt"_s);
        auto* edit = prompt->findChild<QLineEdit*>();
        QVERIFY(edit);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, password);
        prompt->accept();
    };
}

ModalAnswers::Answer press(QMessageBox::StandardButton button) {
    return [button](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY2(box, dialog->metaObject()->className());
        box->button(button)->click();
    };
}

ModalAnswers::Answer cancelDialog() {
    return [](QWidget* dialog) { qobject_cast<QDialog*>(dialog)->reject(); };
}

QByteArray economyText(Database& db) {
    auto economy = exchange::exportEconomy(db);
    if (!economy)
        return economy.error().toString().toUtf8();
    return exchange::economyJsonText(*economy);
}

QByteArray economyText(const QString& path) {
    auto db = Database::open(path, Database::ReadOnly);
    if (!db)
        return db.error().toString().toUtf8();
    return economyText(**db);
}

// Every value QSettings holds, as text, to look for a password in.
QString allSettings() {
    QSettings settings;
    QString text;
    for (const QString& key : settings.allKeys())
        text += key + u'=' + settings.value(key).toStringList().join(u',') +
                settings.value(key).toString() + u'\n';
    return text;
}

} // namespace

class TestServerWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void connectDialogBuildsTheAddressAndOpensIt();
    void passwordIsAskedForAndNeverStored();
    void uploadAndSaveCopyRoundTrip();
    void readOnlyRoleBrowsesAndWritesAreRefused();
    void cancelledConnectReturnsAtOnce();

private:
    // A window on a small file, to connect from.
    std::unique_ptr<MainWindow> windowOnFile(const QString& name, bool demo = false);

    QTemporaryDir m_dir;
};

void TestServerWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a throwaway test location
    QCoreApplication::setOrganizationName(u"ModelMarketTests"_s);
    QCoreApplication::setApplicationName(u"serverwindow"_s);
    QVERIFY(m_dir.isValid());
    // The password tests need a server that asks: libpq must find no password by itself.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", m_dir.filePath(u"no-pgpass"_s).toLocal8Bit());
}

void TestServerWindow::init() {
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestServerWindow::windowOnFile(const QString& name, bool demo) {
    auto db = openOrCreate(m_dir.filePath(name), demo);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    auto window = std::make_unique<MainWindow>(std::move(*db));
    window->show();
    return window;
}

void TestServerWindow::connectDialogBuildsTheAddressAndOpensIt() {
    PgTestDatabase server;
    MM_REQUIRE_PG_DATABASE(server);
    const auto address = ServerAddress::parse(server.url());
    QVERIFY(address);
    auto window = windowOnFile(u"connect.sqlite"_s);
    QAction* connectAction = window->action(u"actionConnectServer"_s);
    QVERIFY(connectAction);
    QCOMPARE(connectAction->shortcut(), QKeySequence(u"Ctrl+Shift+O"_s));

    QString shownUrl;
    ModalAnswers answers({[&](QWidget* dialog) {
        auto* connectDialog = qobject_cast<ConnectServerDialog*>(dialog);
        QVERIFY(connectDialog);
        connectDialog->hostEdit()->setText(address->host);
        connectDialog->portEdit()->setValue(address->port);
        connectDialog->userEdit()->setText(address->user);
        // The database's name last: until it is there the dialog has no address to connect to.
        auto* ok = connectDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(connectDialog->databaseEdit(), server.name());
        QVERIFY(ok->isEnabled());
        // Encryption goes into the address as libpq's sslmode; the default adds nothing.
        QComboBox* encryption = connectDialog->encryptionBox();
        encryption->setCurrentIndex(encryption->findData(u"verify-full"_s));
        QVERIFY2(connectDialog->urlEdit()->text().endsWith(u"&sslmode=verify-full"_s),
                 qPrintable(connectDialog->urlEdit()->text()));
        encryption->setCurrentIndex(0);
        shownUrl = connectDialog->urlEdit()->text();
        if (qEnvironmentVariableIsSet("MM_SERVER_SCREENSHOTS"))
            connectDialog->grab().save(qEnvironmentVariable("MM_SERVER_SCREENSHOTS") +
                                       u"/connect-dialog.png"_s);
        ok->click();
    }});
    connectAction->trigger();
    QVERIFY(answers.done());
    QCOMPARE(shownUrl, server.url());
    // The connection is made on a worker; the window shows the server once it answered.
    QTRY_VERIFY_WITH_TIMEOUT(window->workspace().database().isServer(), kAnswerMs);
    Database& db = window->workspace().database();
    QVERIFY(db.isServer());
    QCOMPARE(db.path(), server.url());
    // The empty database got the schema and the default config; nothing was asked.
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
    const QString expectedTitle = u"%1@%2/%3"_s.arg(address->user, address->host, server.name());
    QVERIFY2(window->windowTitle().startsWith(expectedTitle), qPrintable(window->windowTitle()));
    QVERIFY(!window->action(u"actionReload"_s)->isEnabled());

    // Remembered: the fields for next time, the address in Open Recent.
    ConnectServerDialog again(u"Connect to Server"_s);
    QCOMPARE(again.url(), server.url());
    QVERIFY(QSettings().value(u"recentFiles"_s).toStringList().contains(server.url()));

    // Open Recent: back to the file, and to the server again.
    window->openDatabaseAt(m_dir.filePath(u"connect.sqlite"_s));
    QVERIFY(!window->workspace().database().isServer());
    QVERIFY(window->action(u"actionReload"_s)->isEnabled());
    auto* recent = window->findChild<QMenu*>(u"recentMenu"_s);
    QVERIFY(recent);
    QAction* serverEntry = nullptr;
    for (QAction* entry : recent->actions()) {
        if (entry->text() == server.url())
            serverEntry = entry;
    }
    QVERIFY(serverEntry);
    serverEntry->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window->workspace().database().path(), server.url(), kAnswerMs);
}

void TestServerWindow::passwordIsAskedForAndNeverStored() {
    PgTestDatabase server;
    MM_REQUIRE_PG_DATABASE(server);
    const QString role = u"mm_pw_"_s + server.name();
    const QString secret = u"s3cret-Passw0rd"_s;
    QVERIFY2(server.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE mm_password_login; "
                         "ALTER DATABASE %3 OWNER TO %1"_s.arg(role, secret, server.name())),
             qPrintable(server.error()));
    const QString url = server.urlAs(role);
    auto window = windowOnFile(u"password.sqlite"_s);
    const QString filePath = window->workspace().database().path();

    // Cancelled at the prompt: nothing is opened, the file stays.
    {
        ModalAnswers answers({cancelDialog()});
        window->openServerAt(url);
        QTRY_VERIFY_WITH_TIMEOUT(answers.done(), kAnswerMs);
        QCOMPARE(answers.seen.size(), 1);
        QVERIFY2(answers.seen.at(0).contains(role), qPrintable(answers.seen.at(0)));
        QCOMPARE(window->workspace().database().path(), filePath);
    }

    // A wrong password is refused and asked for again; the right one opens the server.
    ModalAnswers answers({typePassword(u"wrong"_s), [&](QWidget* dialog) {
                              if (qEnvironmentVariableIsSet("MM_SERVER_SCREENSHOTS"))
                                  dialog->grab().save(
                                      qEnvironmentVariable("MM_SERVER_SCREENSHOTS") +
                                      u"/password-prompt.png"_s);
                              typePassword(secret)(dialog);
                          }});
    window->openServerAt(url);
    QTRY_COMPARE_WITH_TIMEOUT(window->workspace().database().path(), url, kAnswerMs);
    QVERIFY(answers.done());
    QCOMPARE(answers.seen.size(), 2);
    QVERIFY2(!answers.seen.at(0).contains(u"not accepted"_s), qPrintable(answers.seen.at(0)));
    QVERIFY2(answers.seen.at(1).contains(u"not accepted"_s), qPrintable(answers.seen.at(1)));
    Database& db = window->workspace().database();
    QCOMPARE(db.path(), url);
    QVERIFY(!window->windowTitle().contains(secret));
    // Workers get their own connections with the same password: the catalog loads on one.
    auto worker = db.openAnotherConnection();
    MM_VERIFY_OK(worker);
    worker->reset();

    // The password is in no setting, no message, no title.
    QVERIFY(QSettings().value(u"recentFiles"_s).toStringList().contains(url));
    QVERIFY2(!allSettings().contains(secret), qPrintable(allSettings()));
    QVERIFY(!db.path().contains(secret));

    // Open Recent asks again: the password lived only with that connection.
    window->openDatabaseAt(filePath);
    ModalAnswers again({typePassword(secret)});
    window->openServerAt(url);
    QTRY_COMPARE_WITH_TIMEOUT(window->workspace().database().path(), url, kAnswerMs);
    QVERIFY(again.done());
    window.reset();
    server.exec(u"ALTER DATABASE %1 OWNER TO CURRENT_USER; DROP OWNED BY %2; DROP ROLE %2"_s.arg(
        server.name(), role));
}

void TestServerWindow::uploadAndSaveCopyRoundTrip() {
    PgTestDatabase server;
    MM_REQUIRE_PG_DATABASE(server);
    auto window = windowOnFile(u"upload.sqlite"_s, true);
    const QString file = window->workspace().database().path();
    const QByteArray original = economyText(window->workspace().database());
    QVERIFY(original.contains("\"models\""));
    QVERIFY(window->action(u"actionUploadServer"_s));

    // Into the empty server database; the copy is not opened.
    {
        ModalAnswers answers({press(QMessageBox::No)});
        window->uploadToServer(server.url());
        QTRY_VERIFY_WITH_TIMEOUT(answers.done(), 60000);
        QVERIFY2(answers.seen.at(0).contains(u"Open the server copy"_s),
                 qPrintable(answers.seen.join(u'\n')));
        QCOMPARE(window->workspace().database().path(), file);
    }
    QCOMPARE(economyText(server.url()), original);

    // Again: the server already holds an economy, and is replaced only when the user says so.
    {
        ModalAnswers answers({press(QMessageBox::No)});
        window->uploadToServer(server.url());
        QTRY_VERIFY_WITH_TIMEOUT(answers.done(), 60000);
        QVERIFY2(answers.seen.at(0).contains(u"already holds an economy"_s),
                 qPrintable(answers.seen.join(u'\n')));
    }
    // Every area reads the server copy: none says in the status bar that it could not.
    QSignalSpy statusMessages(window->statusBar(), &QStatusBar::messageChanged);
    {
        ModalAnswers answers({press(QMessageBox::Yes), press(QMessageBox::Yes)});
        window->uploadToServer(server.url());
        QTRY_VERIFY_WITH_TIMEOUT(answers.done(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(window->workspace().database().path(), server.url(), 30000);
    }
    QCOMPARE(economyText(window->workspace().database()), original);
    QTest::qWait(1500); // the areas load on workers
    for (const QList<QVariant>& message : std::as_const(statusMessages))
        QVERIFY2(!message.at(0).toString().contains(u"could not be read"_s),
                 qPrintable(message.at(0).toString()));
    if (const QString shots = qEnvironmentVariable("MM_SERVER_SCREENSHOTS"); !shots.isEmpty()) {
        auto* catalog = qobject_cast<CatalogArea*>(window->areas()->widget(0));
        QTRY_VERIFY_WITH_TIMEOUT(catalog->model()->rowCount() > 0, 30000);
        QTest::qWait(500);
        window->grab().save(shots + u"/window-on-server.png"_s);
    }

    // Save As Copy from the server: a new file with the same economy.
    const QString copy = m_dir.filePath(u"from-server.sqlite"_s);
    window->saveCopyTo(copy);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(copy), 60000);
    QCOMPARE(economyText(copy), original);
    // No part file is left next to it.
    QCOMPARE(QDir(m_dir.path()).entryList({u"from-server.sqlite.*"_s}, QDir::Files), QStringList());
}

void TestServerWindow::readOnlyRoleBrowsesAndWritesAreRefused() {
    PgTestDatabase server;
    MM_REQUIRE_PG_DATABASE(server);
    const QString demo = m_dir.filePath(u"readonly-demo.sqlite"_s);
    {
        auto db = openOrCreate(demo, true);
        MM_VERIFY_OK(db);
    }
    MM_VERIFY_OK(exchange::copyEconomy(demo, server.url(), false));
    const QString role = server.name() + u"_viewer"_s;
    QVERIFY2(server.exec(u"CREATE ROLE %1 LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public "
                         "TO %1"_s.arg(role)),
             qPrintable(server.error()));
    auto window = windowOnFile(u"readonly.sqlite"_s);
    window->openServerAt(server.urlAs(role));
    QTRY_COMPARE_WITH_TIMEOUT(window->workspace().database().path(), server.urlAs(role), kAnswerMs);

    QVERIFY2(window->statusBar()->currentMessage().contains(u"may only read"_s),
             qPrintable(window->statusBar()->currentMessage()));

    // Browsing works: the catalog shows the models.
    auto* catalog = qobject_cast<CatalogArea*>(window->areas()->widget(0));
    QVERIFY(catalog);
    QTRY_VERIFY_WITH_TIMEOUT(catalog->model()->rowCount() > 0, 30000);

    // A write is refused, saying why, and nothing changes.
    const auto before = MarketStore(window->workspace().database()).isEnabled();
    MM_VERIFY_OK(before);
    QAction* play = window->findChild<QAction*>(u"playMarketAction"_s);
    QVERIFY(play && play->isEnabled());
    ModalAnswers answers({press(QMessageBox::Ok)});
    play->trigger();
    QVERIFY(answers.done());
    QVERIFY2(answers.seen.at(0).contains(u"permission denied"_s), qPrintable(answers.seen.at(0)));
    QCOMPARE(play->isChecked(), *before);
    const auto after = MarketStore(window->workspace().database()).isEnabled();
    MM_VERIFY_OK(after);
    QCOMPARE(*after, *before);
    window.reset();
    server.exec(u"DROP OWNED BY %1; DROP ROLE %1"_s.arg(role));
}

void TestServerWindow::cancelledConnectReturnsAtOnce() {
    // A "server" that accepts the connection and never answers: libpq waits for it until its
    // connect_timeout. The busy dialog's Cancel gives the window back at once.
    QTemporaryDir socketDir(u"/tmp/mm-hang.XXXXXX"_s);
    QVERIFY(socketDir.isValid());
    const QByteArray socketPath = QFile::encodeName(socketDir.filePath(u".s.PGSQL.5432"_s));
    const int silent = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(silent >= 0);
    sockaddr_un name{};
    name.sun_family = AF_UNIX;
    QVERIFY(size_t(socketPath.size()) < sizeof(name.sun_path));
    std::memcpy(name.sun_path, socketPath.constData(), size_t(socketPath.size()));
    QVERIFY(::bind(silent, reinterpret_cast<sockaddr*>(&name), sizeof(name)) == 0);
    QVERIFY(::listen(silent, 4) == 0); // connections wait in the backlog, never accepted
    ServerAddress address;
    address.host = socketDir.path();
    address.user = u"nobody"_s;
    address.database = u"economy"_s;
    auto window = windowOnFile(u"cancel.sqlite"_s);
    const QString filePath = window->workspace().database().path();
    QElapsedTimer clock;
    QTimer::singleShot(1000, window.get(), [] {
        auto* progress = QApplication::activeModalWidget();
        QVERIFY(progress);
        QCOMPARE(progress->objectName(), u"serverOpenProgress"_s);
        if (qEnvironmentVariableIsSet("MM_SERVER_SCREENSHOTS"))
            progress->grab().save(qEnvironmentVariable("MM_SERVER_SCREENSHOTS") +
                                  u"/connect-progress.png"_s);
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
    });
    clock.start();
    window->openServerAt(address.toUrl());
    // The window's loop ran on while the worker connected: the status bar says it was cancelled.
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"cancelled"_s),
                             kAnswerMs);
    const qint64 elapsed = clock.elapsed();
    ::close(silent); // the abandoned connect on the worker ends now
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    QCOMPARE(window->workspace().database().path(), filePath);
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
