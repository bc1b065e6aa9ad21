#pragma once

#include "core/Result.h"
#include "data/Database.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace mm {

// A server database opened for the window, and the password it took (empty when libpq found
// one itself). The password stays in memory, for reconnecting; it is never stored or shown.
struct ServerLogin {
    std::unique_ptr<Database> db;
    QString password;
};

// Opens the server database at `url` for the window. Connecting, checking and (for an empty
// database) setting up the schema and the default config run on a worker thread behind a busy
// dialog with Cancel, so a slow or unreachable server never freezes the window; the connection
// the window then uses is made on the calling thread, as QtSql requires, once the server has
// answered. When the server asks for a password (none in PGPASSWORD or ~/.pgpass, or a wrong
// one), the user is asked for it and the open is tried again; `password` is tried first when not
// empty. Cancelled, at the busy dialog or at the password prompt, it fails with rule cancelled.
// Returns at once; `done` gets the answer on the GUI thread, and is not called if `parent` goes
// first.
using ServerOpenedDone = std::function<void(Result<ServerLogin> login)>;
void openServerForWindow(QWidget* parent, const QString& url, ServerOpenedDone done,
                         const QString& password = {});

// Asks for the password of the login in `url`. `refused` says the last one was not accepted.
// nullopt when the user cancels.
std::optional<QString> askServerPassword(QWidget* parent, const QString& url, bool refused);

// "user@host/database" for titles: the server without scheme, port or password.
QString serverDisplayName(const QString& url);

} // namespace mm
