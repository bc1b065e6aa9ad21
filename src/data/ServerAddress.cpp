#include "data/ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ServerAddress)
};

const QString kScheme = QStringLiteral("postgresql://");
const QString kShortScheme = QStringLiteral("postgres://");

Error urlError(const QString& message) {
    return makeError(message, Tr::tr("reading the database address"), QStringLiteral("db.url"));
}

QString decoded(QStringView part) {
    return QUrl::fromPercentEncoding(part.toUtf8());
}

Result<int> parsePort(QStringView text) {
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return urlError(Tr::tr("the port '%1' is not a number from 1 to 65535").arg(text));
    return port;
}

// A setting libpq reads from a "name=value" list that Qt's driver joins with spaces: a value
// holding a space, quote, backslash or ';' would end it early or start another; '&', '?', '#'
// and '%' would not read back from the address toUrl() writes.
bool safeConnectValue(const QString& value) {
    for (const QChar c : value)
        if (c.isSpace() || QStringView(u"'\"\\;&?#%").contains(c))
            return false;
    return !value.isEmpty();
}

} // namespace

QStringList ServerAddress::sslModes() {
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

bool ServerAddress::isServerUrl(const QString& text) {
    return text.startsWith(kScheme, Qt::CaseInsensitive) ||
           text.startsWith(kShortScheme, Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& url) {
    if (!isServerUrl(url))
        return urlError(Tr::tr("a server address starts with postgresql://"));
    QStringView rest = QStringView(url).mid(url.indexOf(u"://") + 3);
    QStringView query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0 || slash + 1 >= rest.size())
        return urlError(Tr::tr("the address names no database; end it with /DATABASE"));
    ServerAddress address;
    address.database = decoded(rest.mid(slash + 1));
    QStringView authority = rest.left(slash);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        if (userInfo.contains(u':'))
            return urlError(Tr::tr("the address holds a password; put it in ~/.pgpass or the "
                                   "PGPASSWORD variable instead, where only you can read it"));
        address.user = decoded(userInfo);
        authority = authority.mid(at + 1);
    }
    // [::1]:5432, host:5432, host, or nothing (the socket or host comes from ?host= or libpq).
    QStringView portText;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return urlError(Tr::tr("the address has an unclosed '[' around its host"));
        address.host = authority.mid(1, close - 1).toString();
        const QStringView after = authority.mid(close + 1);
        if (after.startsWith(u':'))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return urlError(Tr::tr("unexpected text after the host: '%1'").arg(after));
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        address.host = decoded(authority.left(colon));
        portText = authority.mid(colon + 1);
    } else {
        address.host = decoded(authority);
    }
    if (!portText.isEmpty()) {
        auto port = parsePort(portText);
        if (!port)
            return port.error();
        address.port = *port;
    }
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QStringView name = equals < 0 ? pair : pair.left(equals);
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (name == u"host") {
            address.host = value;
        } else if (name == u"port") {
            auto port = parsePort(value);
            if (!port)
                return port.error();
            address.port = *port;
        } else if (name == u"user") {
            address.user = value;
        } else if (name == u"password") {
            return urlError(Tr::tr("the address holds a password; put it in ~/.pgpass or the "
                                   "PGPASSWORD variable instead, where only you can read it"));
        } else if (name == u"sslmode") {
            if (!sslModes().contains(value))
                return urlError(Tr::tr("sslmode '%1' is not one of %2")
                                    .arg(value, sslModes().join(QStringLiteral(", "))));
            address.sslMode = value;
        } else if (name == u"sslrootcert") {
            if (!safeConnectValue(value))
                return urlError(Tr::tr("the sslrootcert path '%1' is empty or holds a space or one "
                                       "of ' \" \\ ; & ? # %; move the file to a plain path")
                                    .arg(value));
            address.sslRootCert = value;
        } else {
            return urlError(Tr::tr("unknown setting '%1' in the address (known: host, port, user, "
                                   "sslmode, sslrootcert)")
                                .arg(name));
        }
    }
    return address;
}

QString ServerAddress::toUrl() const {
    const auto encoded = [](const QString& part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    QString url = kScheme;
    if (!user.isEmpty())
        url += encoded(user) + u'@';
    const bool socket = host.startsWith(u'/');
    if (!socket)
        url += host.contains(u':') ? u'[' + host + u']' : encoded(host);
    if (port != 0 && !socket)
        url += u':' + QString::number(port);
    url += u'/' + encoded(database);
    QStringList settings;
    if (socket) {
        settings << QStringLiteral("host=") + host;
        if (port != 0)
            settings << QStringLiteral("port=") + QString::number(port);
    }
    if (!sslMode.isEmpty())
        settings << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        settings << QStringLiteral("sslrootcert=") + sslRootCert;
    if (!settings.isEmpty())
        url += u'?' + settings.join(u'&');
    return url;
}

} // namespace mm
