#include "ui/shell/ServerOpen.h"

#include "data/DefaultDatabase.h"
#include "data/ServerAddress.h"
#include "data/WorkerPool.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

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
// dialog returns at once; the worker finishes on its own (libpq's connect_timeout bounds it) and
// its answer is dropped.
std::optional<Status> prepareOnWorker(QWidget* parent, const QString& url,
                                      const Database::OpenOptions& options) {
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QProgressDialog dialog(Tr::tr("Connecting to %1…").arg(url), Tr::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("serverOpenProgress"));
    dialog.setWindowTitle(Tr::tr("Connect to Server"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    bool cancelled = false;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    watcher.setFuture(QtConcurrent::run(&workerPool(), [url, options]() -> Status {
        auto db = openOrCreate(url, false, options);
        if (!db)
            return db.error();
        return Ok{};
    }));
    dialog.setValue(0);
    loop.exec();
    if (cancelled && !watcher.isFinished())
        return std::nullopt;
    return watcher.result();
}

} // namespace

Result<ServerLogin> openServerForWindow(QWidget* parent, const QString& url,
                                        const QString& password) {
    Database::OpenOptions options;
    options.password = password;
    bool refused = false;
    for (;;) {
        const std::optional<Status> prepared = prepareOnWorker(parent, url, options);
        if (!prepared)
            return cancelledOpen(url);
        if (!*prepared && prepared->error().rule == kRuleDbPassword) {
            // Refused with a password of ours: it was wrong. Without one: libpq had none.
            refused = !options.password.isEmpty();
            const std::optional<QString> asked = askServerPassword(parent, url, refused);
            if (!asked)
                return cancelledOpen(url);
            options.password = *asked;
            continue;
        }
        if (!*prepared)
            return prepared->error();
        auto db = Database::open(url, options);
        if (!db)
            return db.error();
        return ServerLogin{std::move(*db), options.password};
    }
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
