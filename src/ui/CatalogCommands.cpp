#include "ui/CatalogCommands.h"

#include "data/Database.h"
#include "data/ListingRepository.h"
#include "data/ModelRepository.h"
#include "data/Transaction.h"
#include "ui/Workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace mm {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("mm::CatalogCommands", text, disambiguation, n);
}

QList<qint64> idsOf(const QList<ModelRecord>& records) {
    QList<qint64> ids;
    ids.reserve(records.size());
    for (const ModelRecord& record : records)
        ids.append(record.id);
    return ids;
}

} // namespace

bool sameModelData(ModelRecord a, const ModelRecord& b) {
    a.revision = b.revision;
    return a == b;
}

CatalogCommand::CatalogCommand(Workspace& workspace, const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace) {
}

Status CatalogCommand::push(Workspace& workspace, CatalogCommand* command) {
    if (workspace.isReadOnly()) {
        delete command;
        return makeError(tr("the database is read-only"), {}, QStringLiteral("db.read_only"));
    }
    const Status applied = command->applyRedo();
    if (!applied) {
        delete command;
        return applied;
    }
    command->m_applied = true;
    workspace.undoStack()->push(command); // calls redo(), which skips the write done above
    return Ok{};
}

void CatalogCommand::redo() {
    if (m_applied) {
        m_applied = false;
        finish(Ok{});
        return;
    }
    finish(applyRedo());
}

void CatalogCommand::undo() {
    finish(applyUndo());
}

void CatalogCommand::finish(const Status& status) {
    if (!status) {
        // QUndoStack removes an obsolete command after this call; nothing was written.
        setObsolete(true);
        m_workspace.notifyCommandFailed(tr("Cannot %1: %2").arg(text(), status.error().toString()));
        return;
    }
    if (changesRowCount())
        m_workspace.notifyCatalogReset();
    else
        m_workspace.notifyModelsChanged(touchedIds());
}

EditModelsCommand::EditModelsCommand(Workspace& workspace, QList<ModelRecord> before,
                                     QList<ModelRecord> after, const QString& text)
    : CatalogCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

QList<qint64> EditModelsCommand::touchedIds() const {
    return idsOf(m_after);
}

Status EditModelsCommand::write(const QList<ModelRecord>& expected,
                                const QList<ModelRecord>& wanted) {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    ModelRepository repository(db);
    auto current = repository.findMany(idsOf(expected));
    if (!current)
        return current.error();
    if (current->size() != expected.size())
        return makeError(tr("a model was deleted meanwhile"), {}, QStringLiteral("stale-edit"));
    QList<ModelRecord> toWrite = wanted;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (!sameModelData(current->at(i), expected.at(i)))
            return makeError(
                tr("'%1' was changed by someone else meanwhile").arg(current->at(i).name),
                current->at(i).name, QStringLiteral("stale-edit"));
        toWrite[i].revision = current->at(i).revision;
    }
    if (auto done = repository.updateMany(toWrite); !done)
        return done;
    return transaction.commit();
}

InsertModelsCommand::InsertModelsCommand(Workspace& workspace, QList<ModelRecord> records,
                                         const QString& text)
    : CatalogCommand(workspace, text)
    , m_records(std::move(records)) {
}

QList<qint64> InsertModelsCommand::touchedIds() const {
    return idsOf(m_records);
}

Status InsertModelsCommand::applyRedo() {
    QList<ModelRecord> records = m_records;
    if (auto done = ModelRepository(m_workspace.database()).insertMany(records); !done)
        return done;
    m_records = records; // the first insert assigns ids; later redos reuse them
    return Ok{};
}

Status InsertModelsCommand::applyUndo() {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    ModelRepository repository(db);
    auto current = repository.findMany(idsOf(m_records));
    if (!current)
        return current.error();
    for (qsizetype i = 0; i < current->size(); ++i) {
        if (!sameModelData(current->at(i), m_records.at(i)))
            return makeError(
                tr("'%1' was changed by someone else meanwhile").arg(current->at(i).name),
                current->at(i).name, QStringLiteral("stale-edit"));
    }
    if (auto done = repository.removeMany(idsOf(m_records)); !done)
        return done;
    return transaction.commit();
}

DeleteModelsCommand::DeleteModelsCommand(Workspace& workspace, QList<ModelRecord> records,
                                         QList<ListingRecord> listings, const QString& text)
    : CatalogCommand(workspace, text)
    , m_records(std::move(records))
    , m_listings(std::move(listings)) {
}

Result<DeleteModelsCommand*> DeleteModelsCommand::create(Workspace& workspace,
                                                         const QList<qint64>& ids) {
    Database& db = workspace.database();
    ModelRepository models(db);
    ListingRepository listings(db);
    auto records = models.findMany(ids);
    if (!records)
        return records.error();
    QList<ListingRecord> allListings;
    for (const ModelRecord& record : *records) {
        auto licenses = models.licenseCount(record.id);
        if (!licenses)
            return licenses.error();
        if (*licenses > 0)
            return makeError(
                tr("'%1' has %n license(s) and cannot be deleted; licenses are sales history",
                   nullptr, static_cast<int>(*licenses))
                    .arg(record.name),
                record.name, QStringLiteral("model-has-licenses"));
        auto listed = listings.forModel(record.id);
        if (!listed)
            return listed.error();
        allListings += *listed;
    }
    const QString text = records->size() == 1
                             ? tr("delete '%1'").arg(records->front().name)
                             : tr("delete %n model(s)", nullptr, static_cast<int>(records->size()));
    return new DeleteModelsCommand(workspace, *records, allListings, text);
}

QList<qint64> DeleteModelsCommand::touchedIds() const {
    return idsOf(m_records);
}

Status DeleteModelsCommand::applyRedo() {
    // removeMany refuses models that gained licenses since; listings go by ON DELETE CASCADE.
    return ModelRepository(m_workspace.database()).removeMany(idsOf(m_records));
}

Status DeleteModelsCommand::applyUndo() {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    QList<ModelRecord> records = m_records;
    if (auto done = ModelRepository(db).insertMany(records); !done)
        return done;
    ListingRepository listings(db);
    for (const ListingRecord& listing : m_listings) {
        if (auto done =
                listings.upsert(listing.modelId, listing.tier, listing.price, listing.listedOn);
            !done)
            return done.error();
    }
    if (auto done = transaction.commit(); !done)
        return done;
    m_records = records; // revisions restart at 1 after re-insertion
    return Ok{};
}

} // namespace mm
