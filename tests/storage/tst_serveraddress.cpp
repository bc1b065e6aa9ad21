// postgresql:// URLs as --db takes them: what is read from them, and the ones refused (a password
// above all, which belongs in ~/.pgpass or PGPASSWORD).

#include "ResultChecks.h"
#include "data/ServerAddress.h"

#include <QTest>

using namespace mm;
using namespace Qt::StringLiterals;

class ServerAddressTest : public QObject {
    Q_OBJECT

private slots:
    void recognisesServerUrls() {
        QVERIFY(ServerAddress::isServerUrl(u"postgresql://u@h/db"_s));
        QVERIFY(ServerAddress::isServerUrl(u"postgres://u@h/db"_s));
        QVERIFY(!ServerAddress::isServerUrl(u"economy.sqlite"_s));
        QVERIFY(!ServerAddress::isServerUrl(u"/tmp/postgresql://x"_s));
    }

    void readsHostPortUserDatabase() {
        auto address = ServerAddress::parse(u"postgresql://anna@db.example.com:6543/economy"_s);
        MM_VERIFY_OK(address);
        QCOMPARE(address->user, u"anna"_s);
        QCOMPARE(address->host, u"db.example.com"_s);
        QCOMPARE(address->port, 6543);
        QCOMPARE(address->database, u"economy"_s);
        QCOMPARE(address->toUrl(), u"postgresql://anna@db.example.com:6543/economy"_s);
    }

    void readsSocketFolderFromQuery() {
        auto address =
            ServerAddress::parse(u"postgresql://mm@/postgres?host=/tmp/mm-pg.x&port=5433"_s);
        MM_VERIFY_OK(address);
        QCOMPARE(address->host, u"/tmp/mm-pg.x"_s);
        QCOMPARE(address->port, 5433);
        QCOMPARE(address->database, u"postgres"_s);
        QCOMPARE(address->toUrl(), u"postgresql://mm@/postgres?host=/tmp/mm-pg.x&port=5433"_s);
        auto again = ServerAddress::parse(address->toUrl());
        MM_VERIFY_OK(again);
        QCOMPARE(again->host, address->host);
    }

    void leavesDefaultsToLibpq() {
        auto address = ServerAddress::parse(u"postgresql:///economy"_s);
        MM_VERIFY_OK(address);
        QVERIFY(address->user.isEmpty());
        QVERIFY(address->host.isEmpty());
        QCOMPARE(address->port, 0);
        QCOMPARE(address->database, u"economy"_s);
    }

    void readsIpv6AndPercentEncoding() {
        auto address = ServerAddress::parse(u"postgresql://team%20lead@[::1]:5432/my%20economy"_s);
        MM_VERIFY_OK(address);
        QCOMPARE(address->user, u"team lead"_s);
        QCOMPARE(address->host, u"::1"_s);
        QCOMPARE(address->database, u"my economy"_s);
    }

    void refusesPasswordsAndMistakes() {
        const auto refused = [](const QString& url, const QString& words) {
            auto address = ServerAddress::parse(url);
            if (address.ok() || address.error().rule != u"db.url"_s)
                return false;
            return address.error().toString().contains(words);
        };
        QVERIFY(refused(u"postgresql://anna:secret@host/db"_s, u"~/.pgpass"_s));
        QVERIFY(refused(u"postgresql://anna@host/db?password=secret"_s, u"PGPASSWORD"_s));
        // The refusal never repeats the password.
        QVERIFY(!ServerAddress::parse(u"postgresql://anna:secret@host/db"_s)
                     .error()
                     .toString()
                     .contains(u"secret"_s));
        QVERIFY(refused(u"postgresql://anna@host"_s, u"/DATABASE"_s));
        QVERIFY(refused(u"postgresql://anna@host:99999/db"_s, u"99999"_s));
        QVERIFY(refused(u"postgresql://anna@host/db?sslmode=required"_s, u"verify-full"_s));
        QVERIFY(refused(u"postgresql://anna@host/db?sslrootcert=/my%20certs/ca.crt"_s,
                        u"/my certs/ca.crt"_s));
        QVERIFY(refused(u"postgresql://anna@host/db?sslrootcert=/a;sslmode=disable"_s,
                        u"sslrootcert"_s));
        QVERIFY(refused(u"postgresql://anna@host/db?application_name=x"_s, u"application_name"_s));
    }

    void readsEncryptionSettings() {
        auto address = ServerAddress::parse(
            u"postgresql://anna@db.studio.lan/economy?sslmode=verify-full&sslrootcert=/etc/studio/ca.crt"_s);
        MM_VERIFY_OK(address);
        QCOMPARE(address->host, u"db.studio.lan"_s);
        QCOMPARE(address->sslMode, u"verify-full"_s);
        QCOMPARE(address->sslRootCert, u"/etc/studio/ca.crt"_s);
        QCOMPARE(address->toUrl(), u"postgresql://anna@db.studio.lan/economy?sslmode=verify-full"
                                   "&sslrootcert=/etc/studio/ca.crt"_s);
        auto socket = ServerAddress::parse(u"postgresql:///economy?host=/run/pg&sslmode=disable"_s);
        MM_VERIFY_OK(socket);
        QCOMPARE(socket->toUrl(), u"postgresql:///economy?host=/run/pg&sslmode=disable"_s);
        for (const QString& mode : ServerAddress::sslModes()) {
            auto read = ServerAddress::parse(u"postgresql://h/db?sslmode="_s + mode);
            MM_VERIFY_OK(read);
            QCOMPARE(read->sslMode, mode);
        }
    }
};

QTEST_GUILESS_MAIN(ServerAddressTest)
#include "tst_serveraddress.moc"
