#include "ui/catalog/CatalogCommands.h"

#include "data/Database.h"
#include "data/ListingRepository.h"
#include "data/ModelRepository.h"
#include "data/Transaction.h"
#include "models/CatalogModel.h"
#include "ui/shell/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoStack>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::CatalogCommands)
};

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

EditModelsCommand::EditModelsCommand(Workspace& workspace, QList<ModelRecord> before,
                                     QList<ModelRecord> after, const QString& text)
    : CatalogCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
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
        return makeError(Tr::tr("a model was deleted meanwhile"), {}, QStringLiteral("stale-edit"));
    QList<ModelRecord> toWrite = wanted;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (!sameModelData(current->at(i), expected.at(i)))
            return makeError(
                Tr::tr("'%1' was changed by someone else meanwhile").arg(current->at(i).name),
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
                Tr::tr("'%1' was changed by someone else meanwhile").arg(current->at(i).name),
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
                Tr::tr("'%1' has %n license(s) and cannot be deleted; licenses are sales history",
                       nullptr, static_cast<int>(*licenses))
                    .arg(record.name),
                record.name, QStringLiteral("model-has-licenses"));
        auto listed = listings.forModel(record.id);
        if (!listed)
            return listed.error();
        allListings += *listed;
    }
    const QString text = records->size() == 1 ? Tr::tr("delete '%1'").arg(records->front().name)
                                              : Tr::tr("delete %n model(s)", nullptr,
                                                       static_cast<int>(records->size()));
    return new DeleteModelsCommand(workspace, *records, allListings, text);
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

Result<CellEditPlan> planCellEdits(Database& db, const QList<CellEdit>& edits,
                                   const EconomyConfig& config) {
    QList<qint64> order;
    QHash<qint64, QList<const CellEdit*>> editsByModel;
    for (const CellEdit& edit : edits) {
        QList<const CellEdit*>& forModel = editsByModel[edit.modelId];
        if (forModel.isEmpty())
            order.append(edit.modelId);
        forModel.append(&edit);
    }
    ModelRepository repository(db);
    auto records = repository.findMany(order);
    if (!records)
        return records.error();
    if (records->size() != order.size())
        return makeError(Tr::tr("a model was deleted meanwhile; the catalog is being refreshed"),
                         {}, QStringLiteral("stale-edit"));

    CellEditPlan plan;
    for (const ModelRecord& record : std::as_const(*records)) {
        ModelRecord changed = record;
        for (const CellEdit* edit : editsByModel.value(record.id)) {
            auto applied = CatalogModel::applyValue(changed, edit->column, edit->value, config);
            if (applied)
                changed = std::move(applied).value();
            else
                plan.problems.append({record.name, edit->column, applied.error().message});
        }
        if (sameModelData(changed, record))
            continue;
        // Checked on the whole row, not per cell: a paste may set the status before the metrics.
        if (const QStringList missing = ModelRepository::missingMetrics(changed);
            !missing.isEmpty()) {
            const QString status = enumLabel(changed.status).toLower();
            if (changed.status != record.status)
                plan.problems.append(
                    {record.name, CatalogColumn::ModelStatus,
                     Tr::tr("a %1 model needs performance, accuracy and efficiency; "
                            "fill them in before changing its status")
                         .arg(status)});
            else
                plan.problems.append(
                    {record.name, editsByModel.value(record.id).front()->column,
                     Tr::tr("a %1 model keeps its performance, accuracy and efficiency; to clear "
                            "them, first set its status to Draft (unlist it if it is listed)")
                         .arg(status)});
            continue;
        }
        plan.before.append(record);
        plan.after.append(changed);
    }

    // The schema would refuse a duplicate name with a bare "UNIQUE constraint failed"; say which.
    QSet<qint64> renamed;
    for (qsizetype i = 0; i < plan.after.size(); ++i) {
        if (plan.after.at(i).name != plan.before.at(i).name)
            renamed.insert(plan.after.at(i).id);
    }
    QHash<QString, qint64> newNames; // case-folded -> model
    for (qsizetype i = 0; i < plan.after.size(); ++i) {
        const ModelRecord& record = plan.after.at(i);
        if (!renamed.contains(record.id))
            continue;
        const QString& oldName = plan.before.at(i).name; // the name the person sees in the row
        const QString folded = record.name.toCaseFolded();
        if (newNames.contains(folded)) {
            plan.problems.append({oldName, CatalogColumn::Name,
                                  Tr::tr("two models would be called '%1'").arg(record.name)});
            continue;
        }
        newNames.insert(folded, record.id);
        auto existing = repository.findByName(record.name);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->id != record.id && !renamed.contains((*existing)->id))
            plan.problems.append({oldName, CatalogColumn::Name,
                                  Tr::tr("another model is already called '%1'").arg(record.name)});
    }
    return plan;
}

Result<bool> UniqueModelNamer::isTaken(const QString& name) {
    if (m_given.contains(name.toCaseFolded()))
        return true;
    auto existing = ModelRepository(m_db).findByName(name);
    if (!existing)
        return existing.error();
    return existing->has_value();
}

Result<QString> UniqueModelNamer::take(const QString& wanted) {
    QString candidate = wanted;
    for (int number = 2;; ++number) {
        auto taken = isTaken(candidate);
        if (!taken)
            return taken.error();
        if (!*taken)
            break;
        candidate = Tr::tr("%1 (%2)", "a copy's name: name (number)").arg(wanted).arg(number);
    }
    m_given.insert(candidate.toCaseFolded());
    return candidate;
}

Result<QString> UniqueModelNamer::takeNumbered(const QString& pattern) {
    for (int number = 1;; ++number) {
        const QString candidate = pattern.arg(number);
        auto taken = isTaken(candidate);
        if (!taken)
            return taken.error();
        if (!*taken) {
            m_given.insert(candidate.toCaseFolded());
            return candidate;
        }
    }
}

} // namespace mm
