#pragma once

#include "data/Database.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace mm {

// One open database and everything that belongs to it: the undo stack (one per database, so
// undo never crosses files) and the change notifications views use to refresh themselves.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(std::unique_ptr<Database> db, QObject* parent = nullptr);
    ~Workspace() override;

    Database& database() { return *m_db; }
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isReadOnly() const { return m_db->isReadOnly(); }

    // Called by undo commands and services after they wrote, so every view can catch up.
    void notifyModelsChanged(const QList<qint64>& modelIds) { emit modelsChanged(modelIds); }
    void notifyCatalogReset() { emit catalogReset(); }
    void notifyEconomyChanged() { emit economyChanged(); }
    void notifyCommandFailed(const QString& message) { emit commandFailed(message); }

signals:
    void modelsChanged(const QList<qint64>& modelIds);
    void catalogReset();   // rows were added or removed
    void economyChanged(); // sales, listings, jobs, clock, policies
    // An undo or redo could not be applied (the data changed meanwhile); the UI tells the user.
    void commandFailed(const QString& message);

private:
    std::unique_ptr<Database> m_db;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace mm
