#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace mm {

// Where a PostgreSQL database lives, read from a URL of the form
//   postgresql://user@host:port/dbname
//   postgresql://user@/dbname?host=/run/postgresql&port=5432   (a Unix socket folder)
//   postgresql://user@host/dbname?sslmode=verify-full&sslrootcert=/etc/studio/ca.crt
// The URL never carries a password: libpq finds it itself in PGPASSWORD or ~/.pgpass, so it is
// neither stored nor printed by us. A URL with one is refused, saying where to put it instead.
struct ServerAddress {
    QString user;     // empty: libpq's default (PGUSER, else the login name)
    QString host;     // a host name, an IP address, or a socket folder (starts with '/')
    int port = 0;     // 0: libpq's default (PGPORT, else 5432)
    QString database; // required
    // Encryption over TCP, as libpq's sslmode: disable, allow, prefer, require, verify-ca or
    // verify-full. Empty: libpq's default (PGSSLMODE, else prefer). A socket folder never uses it.
    QString sslMode;
    // The certificates of the authorities trusted to sign the server's (verify-ca, verify-full).
    // Empty: libpq's default, ~/.postgresql/root.crt.
    QString sslRootCert;

    // Whether `text` names a server rather than a file: it starts with postgresql:// or
    // postgres://.
    static bool isServerUrl(const QString& text);
    // Refused with rule "db.url" and a message saying what is wrong.
    static Result<ServerAddress> parse(const QString& url);
    // The URL again, in the postgresql://user@host:port/dbname form (socket folders as ?host=,
    // then the encryption settings), for messages, window titles and Open Recent.
    QString toUrl() const;
    // The sslmode values libpq knows, from least to most protected.
    static QStringList sslModes();
};

} // namespace mm
