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
        QVERIFY(refused(u"postgresql://anna@host/db?sslmode=require"_s, u"sslmode"_s));
    }
};

QTEST_GUILESS_MAIN(ServerAddressTest)
#include "tst_serveraddress.moc"
