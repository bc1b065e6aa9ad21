#include "ui/shell/ServerOpen.h"

#include "data/DefaultDatabase.h"
#include "data/ServerAddress.h"
#include "ui/shell/BackgroundTask.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ServerOpen)
};

Error cancelledOpen(const QString& url) {
    return makeError(Tr::tr("connecting was cancelled; nothing was opened"), url,
                     QStringLiteral("cancelled"));
}

// The slow part of opening, on a worker: connect, check, migrate, and give an empty database the
// default config. The worker's connection is closed again before it answers. Cancelled, the
// dialog answers at once; the worker finishes on its own (libpq's connect_timeout bounds it) and
// its answer is dropped. Then the window's own connection is made here, on the GUI thread.
void connectThroughWorker(QWidget* parent, const QString& url, const Database::OpenOptions& options,
                          const ServerOpenedDone& done) {
    QPointer<QWidget> guard(parent);
    QProgressDialog* dialog = startOnWorker(
        parent, Tr::tr("Connecting to %1…").arg(url), true,
        [url, options](const TaskProgress&) -> Status {
            auto db = openOrCreate(url, false, options);
            if (!db)
                return db.error();
            return Ok{};
        },
        [guard, url, options, done](std::optional<Status> prepared) {
            if (!prepared) {
                done(cancelledOpen(url));
                return;
            }
            if (!*prepared && prepared->error().rule == kRuleDbPassword) {
                // Refused with a password of ours: it was wrong. Without one: libpq had none.
                const std::optional<QString> asked =
                    askServerPassword(guard, url, !options.password.isEmpty());
                if (!asked) {
                    done(cancelledOpen(url));
                    return;
                }
                Database::OpenOptions again = options;
                again.password = *asked;
                connectThroughWorker(guard, url, again, done);
                return;
            }
            if (!*prepared) {
                done(prepared->error());
                return;
            }
            auto db = Database::open(url, options);
            if (!db)
                done(db.error());
            else
                done(ServerLogin{std::move(*db), options.password});
        });
    dialog->setObjectName(QStringLiteral("serverOpenProgress"));
    dialog->setWindowTitle(Tr::tr("Connect to Server"));
    dialog->setRange(0, 0); // connecting reports no shares
}

} // namespace

void openServerForWindow(QWidget* parent, const QString& url, ServerOpenedDone done,
                         const QString& password) {
    Database::OpenOptions options;
    options.password = password;
    connectThroughWorker(parent, url, options, done);
}

std::optional<QString> askServerPassword(QWidget* parent, const QString& url, bool refused) {
    const auto address = ServerAddress::parse(url);
    const QString user = address && !address->user.isEmpty() ? address->user : Tr::tr("your login");
    QInputDialog prompt(parent);
    prompt.setObjectName(QStringLiteral("serverPasswordPrompt"));
    prompt.setWindowTitle(Tr::tr("Server Password"));
    prompt.setInputMode(QInputDialog::TextInput);
    prompt.setTextEchoMode(QLineEdit::Password);
    const QString question =
        Tr::tr("The server %1 asks for the password of %2.").arg(serverDisplayName(url), user);
    prompt.setLabelText(refused ? Tr::tr("The password was not accepted. Try again, or cancel.") +
                                      u'\n' + question
                                : question);
    prompt.setOkButtonText(Tr::tr("Connect"));
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.textValue();
}

QString serverDisplayName(const QString& url) {
    const auto address = ServerAddress::parse(url);
    if (!address)
        return url;
    QString name;
    if (!address->user.isEmpty())
        name += address->user + u'@';
    name += address->host.isEmpty() ? QStringLiteral("localhost") : address->host;
    return name + u'/' + address->database;
}

} // namespace mm
