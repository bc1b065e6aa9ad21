#pragma once

#include "data/ChangeSet.h"
#include "data/Database.h"

#include <QList>
#include <QObject>
#include <functional>
#include <memory>

class QTimer;
class QUndoStack;

namespace mm {

class WriteGate;

// One open database and everything that belongs to it: the undo stack (one per database, so
// undo never crosses files) and the change notifications views use to refresh themselves.
//
// Every write this window commits on its own connection, undo and redo included, is announced
// by changed() with the tables and rows it touched (the database's ChangeJournal), so a view
// reloads only when something it shows changed. The coarse signals below remain for what the
// journal cannot see: other connections (workers, the game clock, other programs) and
// presentation changes such as the currency.
//
// Another program may write to the same file at the same time (a second window, a script running
// `modelmarket sell`). The workspace notices its commits by polling PRAGMA data_version, a read of
// the WAL index that costs microseconds, and then has every view reload. Our own edits stay safe
// against such writes because each undo command re-checks the rows it saved.
//
// On a team server nothing is polled: every ModelMarket commit is announced by PostgreSQL
// (LISTEN/NOTIFY, Database::kChangesChannel), and the workspace reloads when another program's
// announcement arrives; those of its own connection and its workers carry its origin and are
// passed over. When the connection to the server is lost (noticed as the driver reads the end
// of the socket, or by a statement that fails), connectionLost() says so, every statement
// fails at once with db.connection_lost, and the workspace tries to reconnect every
// kReconnectIntervalMs (a worker first checks that the server answers, so the window never
// waits for a timeout). Once connected again every view reloads. The undo stack is kept: each
// undo and redo re-checks the rows it changes, as against any other program's writes, so one
// that no longer fits is refused naming the row. An edit whose COMMIT was under way when the
// connection went is reported as failed; the reload shows whether the server kept it.
class Workspace : public QObject {
    Q_OBJECT
public:
    static constexpr int kExternalChangePollMs = 1000;
    static constexpr int kReconnectIntervalMs = 2000;

    explicit Workspace(std::unique_ptr<Database> db, QObject* parent = nullptr);
    ~Workspace() override;

    Database& database() { return *m_db; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // Every write of the window goes through it, so none freezes the window while another
    // program holds the file's write lock (WriteGate.h).
    WriteGate& writeGate() const { return *m_writeGate; }
    // Undo and Redo for the window's actions: they wait for the write lock like any edit, behind
    // the edits still waiting, instead of the stack's own undo() which would freeze meanwhile.
    void undo();
    void redo();
    // Undoes or redoes to the stack's `index` (0: as opened), for the Undo History.
    void stepTo(int index);
    bool isReadOnly() const { return m_db->isReadOnly(); }

    // For writes the journal does not see (other connections) and for hints beyond it: which
    // catalog rows a sale or a listing touched.
    void notifyModelsChanged(const QList<qint64>& modelIds) { emit modelsChanged(modelIds); }
    void notifyCatalogReset() { emit catalogReset(); }
    void notifyEconomyChanged() { emit economyChanged(); }
    void notifyCommandFailed(const QString& message) { emit commandFailed(message); }

    // Calls `reload` after every committed write of this window that touched one of `tables`.
    template <typename Reload>
    QMetaObject::Connection onTablesChanged(QObject* context, QList<QLatin1StringView> tables,
                                            Reload reload) {
        return connect(this, &Workspace::changed, context,
                       [tables = std::move(tables), reload](const ChangeSet& changes) {
                           if (changes.touchesAny(tables))
                               reload();
                       });
    }

    // Every view reads the file again (View > Reload).
    void reloadEverything();
    // Reloads everything when another connection committed since the last look; returns whether
    // it did. The poll timer calls it; tests may call it to skip the wait. On a server it loads
    // the announcements that arrived (and waited for a write of ours to end).
    bool checkForExternalChanges();

    // False from the moment the connection to the server is found lost until it is back.
    bool isConnected() const { return !m_connectionLost; }

    // Writes this window makes on a worker's connection (imports, the game clock) would look like
    // another program's. Bracket them: the poll pauses meanwhile and afterwards takes the file as
    // it is, since the code that started the work notifies the views itself.
    void beginWorkerWrite();
    void endWorkerWrite();
    class WorkerWriteScope {
    public:
        explicit WorkerWriteScope(Workspace& workspace)
            : m_workspace(workspace) {
            m_workspace.beginWorkerWrite();
        }
        ~WorkerWriteScope() { m_workspace.endWorkerWrite(); }
        WorkerWriteScope(const WorkerWriteScope&) = delete;
        WorkerWriteScope& operator=(const WorkerWriteScope&) = delete;

    private:
        Workspace& m_workspace;
    };

signals:
    // This window committed these rows (an edit, an undo, a redo, a service call).
    void changed(const mm::ChangeSet& changes);
    void modelsChanged(const QList<qint64>& modelIds);
    // Rows were added or removed by a write the journal does not see (an import, the clock,
    // another program).
    void catalogReset();
    // Anything may have changed through a write the journal does not see (the clock, an import,
    // another program), or amounts are shown differently (the currency).
    void economyChanged();
    // An undo or redo could not be applied (the data changed meanwhile); the UI tells the user.
    void commandFailed(const QString& message);
    // Another program changed the file; the views are reloading (emitted before they are told).
    void externalChangesLoaded();
    // The connection to the server is gone; `message` names the server and says the workspace
    // is reconnecting.
    void connectionLost(const QString& message);
    // Connected to the server again; the views are reloading.
    void connectionRestored(const QString& message);

private:
    void emitReload(); // every view reads the file again
    // Undo or redo (`step`) once the write lock is free, behind the writes already waiting.
    void stepThroughGate(const QString& what, const std::function<void()>& step);
    void onTick();
    void onServerNotification(const QString& channel, const QVariant& payload);
    // Notices a lost connection as soon as the driver reads the end of its socket.
    void watchServerSocket();
    void checkConnection();
    void tryReconnect();
    void onProbed(const Status& answered);

    std::unique_ptr<Database> m_db;
    QUndoStack* m_undoStack = nullptr;
    WriteGate* m_writeGate = nullptr;
    QTimer* m_externalChangePoll = nullptr;
    qint64 m_knownDataVersion = -1;
    int m_workerWritesInFlight = 0;
    bool m_externalPending = false; // a server announced another program's commit
    bool m_connectionLost = false;
    bool m_probing = false;
    QTimer* m_reconnectTimer = nullptr;
};

} // namespace mm
