#include "ui/catalog/CatalogEditController.h"

#include "data/ChangeSet.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/ModelRepository.h"
#include "data/TableNames.h"
#include "models/CatalogModel.h"
#include "ui/catalog/CatalogClipboard.h"
#include "ui/catalog/CatalogCommands.h"
#include "ui/catalog/CatalogRowValues.h"
#include "ui/catalog/CatalogSelection.h"
#include "ui/shell/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>
#include <set>

namespace mm {

namespace {

bool isClearable(CatalogColumn column) {
    return isCatalogColumnEditable(column) && isCatalogColumnNullable(column);
}

QStringList columnLabels(const std::set<CatalogColumn>& columns) {
    QStringList labels;
    for (CatalogColumn column : columns)
        labels << catalogColumnLabel(column);
    return labels;
}

} // namespace

CatalogEditController::CatalogEditController(Workspace& workspace, CatalogModel& model,
                                             QTableView& view, QWidget* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(model)
    , m_view(view)
    , m_dialogParent(parent) {
    connect(&m_model, &CatalogModel::editRequested, this, &CatalogEditController::editCell);
    // Policies or weights may have changed.
    connect(&m_workspace, &Workspace::economyChanged, this, [this] { m_config.reset(); });
    connect(&m_workspace, &Workspace::changed, this, [this](const ChangeSet& changes) {
        if (changes.touchesAny(dbtable::economyConfigTables()))
            m_config.reset();
    });
}

Result<QList<qint64>> CatalogEditController::selectedModelIds() {
    const CatalogSelection selection = CatalogSelection::of(m_view);
    if (selection.isEmpty())
        return makeError(tr("select the models first"), {}, QStringLiteral("catalog-no-selection"));
    auto fetched = CatalogRowValues::read(m_model, m_workspace.database(), selection.rows);
    if (!fetched)
        return fetched.error();
    QList<qint64> ids;
    for (int row : selection.rows) {
        if (const auto id = fetched->id(row))
            ids.append(*id);
    }
    return ids;
}

// --- Copy, cut, paste ---------------------------------------------------------------------------

bool CatalogEditController::copyToClipboard() {
    const CatalogSelection selection = CatalogSelection::of(m_view);
    if (selection.isEmpty()) {
        emit problem(tr("Nothing to copy: select cells first."));
        return false;
    }
    auto fetched = CatalogRowValues::read(m_model, m_workspace.database(), selection.rows);
    if (!fetched) {
        emit problem(tr("Cannot copy: %1").arg(fetched.error().message));
        return false;
    }
    QList<QStringList> cells;
    cells.reserve(selection.rows.size());
    for (int row : selection.rows) {
        QStringList line;
        for (int section : selection.sections) {
            const CatalogColumn column = *catalogColumnAt(section);
            // A cell outside an irregular selection is copied as blank, keeping the rectangle.
            line << (selection.contains(row, section)
                         ? catalogclipboard::cellText(column, fetched->editValue(row, column),
                                                      fetched->displayValue(row, column))
                         : QString());
        }
        cells << line;
    }
    QApplication::clipboard()->setMimeData(catalogclipboard::toMimeData(cells));
    emit done(tr("Copied %n row(s)", nullptr, static_cast<int>(cells.size())) +
              tr(" × %n column(s)", nullptr, static_cast<int>(selection.sections.size())));
    return true;
}

void CatalogEditController::copySelection() {
    copyToClipboard();
}

void CatalogEditController::cutSelection() {
    if (copyToClipboard())
        deleteSelection();
}

void CatalogEditController::paste() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    auto block = catalogclipboard::parseBlock(mime ? mime->text() : QString());
    if (!block) {
        emit problem(tr("Cannot paste: %1").arg(block.error().message));
        return;
    }
    const CatalogSelection selection = CatalogSelection::of(m_view);
    if (selection.isEmpty()) {
        emit problem(tr("Cannot paste: select the cell where the pasted block should start."));
        return;
    }
    QList<catalogclipboard::CellTarget> targets;
    if (block->isSingleCell()) {
        // One value fills every selected cell, as in a spreadsheet.
        for (int row : selection.rows) {
            for (int section : selection.sections) {
                if (selection.contains(row, section))
                    targets.append({row, section, block->at(0, 0)});
            }
        }
    } else {
        targets = catalogclipboard::blockTargets(
            *block, selection.rows.front(), selection.sections.front(),
            visibleCatalogSections(m_view), m_model.rowCount());
    }
    std::set<CatalogColumn> readOnly;
    QList<int> rows;
    for (const auto& target : std::as_const(targets)) {
        const CatalogColumn column = *catalogColumnAt(target.section);
        if (!isCatalogColumnEditable(column))
            readOnly.insert(column);
        if (rows.isEmpty() || rows.back() != target.row)
            rows.append(target.row);
    }
    if (!readOnly.empty()) {
        emit problem(tr("Cannot paste into %1: read-only in the catalog. The composite follows "
                        "from the three metrics; prices, sales, cost and dates come from the "
                        "marketplace and training.")
                         .arg(columnLabels(readOnly).join(QStringLiteral(", "))));
        return;
    }
    auto fetched = CatalogRowValues::read(m_model, m_workspace.database(), rows);
    if (!fetched) {
        emit problem(tr("Cannot paste: %1").arg(fetched.error().message));
        return;
    }
    QList<CellEdit> edits;
    edits.reserve(targets.size());
    for (const auto& target : std::as_const(targets)) {
        const CatalogColumn column = *catalogColumnAt(target.section);
        if (const auto id = fetched->id(target.row))
            edits.append({*id, column, catalogclipboard::pastedValue(column, target.text)});
    }
    const auto count = static_cast<int>(edits.size());
    applyEdits(edits,
               [count](const CellEditPlan&) { return tr("paste %n cell(s)", nullptr, count); });
}

void CatalogEditController::pasteAsNewRows() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    auto block = catalogclipboard::parseBlock(mime ? mime->text() : QString());
    if (!block) {
        emit problem(tr("Cannot paste as new rows: %1").arg(block.error().message));
        return;
    }
    Database& db = m_workspace.database();
    auto gameDate = EconomyRepository(db).gameDate();
    if (!gameDate) {
        emit problem(gameDate.error().toString());
        return;
    }
    const catalogclipboard::NewModelDrafts drafts = catalogclipboard::draftNewModels(
        *block, visibleCatalogSections(m_view), economyConfig(), *gameDate);
    if (drafts.records.isEmpty() && drafts.problems.isEmpty()) {
        emit problem(tr("Cannot paste as new rows: the clipboard holds only a header row."));
        return;
    }
    if (!drafts.problems.isEmpty()) {
        emit problem(formatProblems(tr("Nothing was added:"), drafts.problems));
        return;
    }
    QList<ModelRecord> records = drafts.records;
    UniqueModelNamer namer(db);
    for (ModelRecord& record : records) {
        auto name =
            record.name.isEmpty() ? namer.takeNumbered(tr("Model %1")) : namer.take(record.name);
        if (!name) {
            emit problem(name.error().toString());
            return;
        }
        record.name = *name;
    }
    const auto count = static_cast<int>(records.size());
    auto* command =
        new InsertModelsCommand(m_workspace, records, tr("paste %n new model(s)", nullptr, count));
    if (auto pushed = CatalogCommand::push(m_workspace, command); !pushed) {
        emit problem(tr("Cannot paste as new rows: %1").arg(pushed.error().toString()));
        return;
    }
    emit rowsAdded(command->records().front().id);
    QString message = tr("Added %n model(s) from the clipboard", nullptr, count);
    if (!drafts.ignoredReadOnly.isEmpty()) {
        const std::set<CatalogColumn> ignored(drafts.ignoredReadOnly.begin(),
                                              drafts.ignoredReadOnly.end());
        message +=
            tr("; ignored the read-only %1").arg(columnLabels(ignored).join(QStringLiteral(", ")));
    }
    emit done(message);
}

// --- Fill, clear --------------------------------------------------------------------------------

void CatalogEditController::fillDown() {
    const CatalogSelection selection = CatalogSelection::of(m_view);
    auto fetched = CatalogRowValues::read(m_model, m_workspace.database(), selection.rows);
    if (!fetched) {
        emit problem(tr("Cannot fill down: %1").arg(fetched.error().message));
        return;
    }
    QList<CellEdit> edits;
    std::set<CatalogColumn> readOnly;
    for (int section : selection.sections) {
        const CatalogColumn column = *catalogColumnAt(section);
        std::optional<QVariant> source;
        for (int row : selection.rows) {
            if (!selection.contains(row, section))
                continue;
            if (!source) {
                source = fetched->editValue(row, column); // the column's first selected row
                continue;
            }
            if (!isCatalogColumnEditable(column)) {
                readOnly.insert(column);
                break;
            }
            if (const auto id = fetched->id(row))
                edits.append({*id, column, *source});
        }
    }
    if (!readOnly.empty()) {
        emit problem(tr("Cannot fill down %1: read-only in the catalog.")
                         .arg(columnLabels(readOnly).join(QStringLiteral(", "))));
        return;
    }
    if (edits.isEmpty()) {
        emit problem(tr("Nothing to fill: select the value to copy and the cells below it."));
        return;
    }
    const auto count = static_cast<int>(edits.size());
    applyEdits(edits,
               [count](const CellEditPlan&) { return tr("fill down %n cell(s)", nullptr, count); });
}

void CatalogEditController::deleteSelection() {
    const CatalogSelection selection = CatalogSelection::of(m_view);
    if (selection.isEmpty()) {
        emit problem(tr("Nothing to clear: select cells first."));
        return;
    }
    std::set<CatalogColumn> required;
    QList<int> clearable;
    for (int section : selection.sections) {
        const CatalogColumn column = *catalogColumnAt(section);
        if (isClearable(column))
            clearable.append(section);
        else if (isCatalogColumnEditable(column))
            required.insert(column);
    }
    if (!required.empty()) {
        emit problem(tr("Cannot clear %1: every model needs a value there. To delete whole models, "
                        "use Delete Rows (Ctrl+-).")
                         .arg(columnLabels(required).join(QStringLiteral(", "))));
        return;
    }
    if (clearable.isEmpty()) {
        emit problem(tr("Nothing to clear: only the metrics (performance, accuracy, efficiency) "
                        "can be emptied; the other selected columns are read-only."));
        return;
    }
    auto fetched = CatalogRowValues::read(m_model, m_workspace.database(), selection.rows);
    if (!fetched) {
        emit problem(tr("Cannot clear: %1").arg(fetched.error().message));
        return;
    }
    QList<CellEdit> edits;
    for (int row : selection.rows) {
        const auto id = fetched->id(row);
        for (int section : std::as_const(clearable)) {
            if (id && selection.contains(row, section))
                edits.append({*id, *catalogColumnAt(section), QVariant()});
        }
    }
    const auto count = static_cast<int>(edits.size());
    applyEdits(edits,
               [count](const CellEditPlan&) { return tr("clear %n cell(s)", nullptr, count); });
}

// --- Rows ---------------------------------------------------------------------------------------

void CatalogEditController::insertRow() {
    Database& db = m_workspace.database();
    const EconomyConfig& config = economyConfig();
    auto gameDate = EconomyRepository(db).gameDate();
    if (!gameDate) {
        emit problem(gameDate.error().toString());
        return;
    }
    auto name = UniqueModelNamer(db).takeNumbered(tr("New model %1"));
    if (!name) {
        emit problem(name.error().toString());
        return;
    }
    ModelRecord record;
    record.name = *name;
    record.architecture = Architecture::Transformer;
    record.sizeClass = SizeClass::Small;
    record.status = ModelStatus::Draft;
    record.parameters = config.sizeClass(SizeClass::Small).presetParameters;
    record.datasetTokens = config.sizeClass(SizeClass::Small).presetDatasetTokens;
    record.createdOn = *gameDate;
    auto* command = new InsertModelsCommand(m_workspace, {record}, tr("add '%1'").arg(*name));
    if (auto pushed = CatalogCommand::push(m_workspace, command); !pushed) {
        emit problem(tr("Cannot add a model: %1").arg(pushed.error().toString()));
        return;
    }
    emit rowsAdded(command->records().front().id);
    emit done(tr("Added '%1'").arg(*name));
}

void CatalogEditController::duplicateSelection() {
    auto ids = selectedModelIds();
    if (!ids) {
        emit problem(tr("Cannot duplicate: %1").arg(ids.error().message));
        return;
    }
    Database& db = m_workspace.database();
    auto originals = ModelRepository(db).findMany(*ids);
    auto gameDate = EconomyRepository(db).gameDate();
    if (!originals || !gameDate) {
        emit problem(!originals ? originals.error().toString() : gameDate.error().toString());
        return;
    }
    UniqueModelNamer namer(db);
    QList<ModelRecord> copies;
    for (const ModelRecord& original : std::as_const(*originals)) {
        // A copy is a plan for a new model: same design and target quality, but no training
        // has happened for it yet, so cost, duration, research and benchmarks start empty.
        ModelRecord copy = original;
        copy.id = 0;
        copy.revision = 1;
        copy.status = ModelStatus::Draft;
        copy.trainingCost = Money();
        copy.trainingDays = 0;
        copy.researchPoints = 0;
        copy.benchmarks.clear();
        copy.createdOn = *gameDate;
        auto name = namer.take(original.name);
        if (!name) {
            emit problem(name.error().toString());
            return;
        }
        copy.name = *name;
        copies.append(copy);
    }
    if (copies.isEmpty())
        return;
    const auto count = static_cast<int>(copies.size());
    const QString text = count == 1 ? tr("duplicate '%1'").arg(originals->front().name)
                                    : tr("duplicate %n model(s)", nullptr, count);
    auto* command = new InsertModelsCommand(m_workspace, copies, text);
    if (auto pushed = CatalogCommand::push(m_workspace, command); !pushed) {
        emit problem(tr("Cannot duplicate: %1").arg(pushed.error().toString()));
        return;
    }
    emit rowsAdded(command->records().front().id);
    emit done(count == 1 ? tr("Added a draft copy of '%1'").arg(originals->front().name)
                         : tr("Added %n draft copies", nullptr, count));
}

void CatalogEditController::deleteRows() {
    auto ids = selectedModelIds();
    if (!ids) {
        emit problem(tr("Cannot delete: %1").arg(ids.error().message));
        return;
    }
    if (ids->isEmpty())
        return;
    const auto count = static_cast<int>(ids->size());
    if (count > 1) {
        const auto answer = QMessageBox::question(
            m_dialogParent, tr("Delete Models"),
            tr("Delete %n model(s)? Their listings are deleted with them. Undo brings both back.",
               nullptr, count),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto command = DeleteModelsCommand::create(m_workspace, *ids);
    if (!command) {
        emit problem(tr("Cannot delete: %1").arg(command.error().message));
        return;
    }
    if (auto pushed = CatalogCommand::push(m_workspace, *command); !pushed) {
        emit problem(tr("Cannot delete: %1").arg(pushed.error().toString()));
        return;
    }
    emit done(tr("Deleted %n model(s)", nullptr, count));
}

// --- Cell edits ---------------------------------------------------------------------------------

void CatalogEditController::editCell(qint64 modelId, CatalogColumn column, const QVariant& value) {
    applyEdits({CellEdit{modelId, column, value}}, [column](const CellEditPlan& plan) {
        return tr("edit %1 of '%2'")
            .arg(catalogColumnLabel(column).toLower(), plan.before.front().name);
    });
}

void CatalogEditController::applyEdits(
    const QList<CellEdit>& edits, const std::function<QString(const CellEditPlan&)>& describe) {
    if (edits.isEmpty())
        return;
    auto plan = planCellEdits(m_workspace.database(), edits, economyConfig());
    if (!plan) {
        emit problem(tr("Nothing was changed: %1").arg(plan.error().toString()));
        return;
    }
    if (!plan->problems.isEmpty()) {
        emit problem(formatProblems(tr("Nothing was changed:"), plan->problems));
        return;
    }
    if (plan->after.isEmpty()) {
        emit done(tr("Nothing changed: the cells already hold these values."));
        return;
    }
    const QString text = describe(*plan);
    auto* command = new EditModelsCommand(m_workspace, plan->before, plan->after, text);
    if (auto pushed = CatalogCommand::push(m_workspace, command); !pushed) {
        emit problem(tr("Cannot %1: %2").arg(text, pushed.error().toString()));
        return;
    }
    emit done(tr("Done: %1").arg(text));
}

const EconomyConfig& CatalogEditController::economyConfig() {
    if (!m_config) {
        auto loaded = EconomyRepository(m_workspace.database()).loadConfig();
        // Without a readable config the defaults still give sensible composite weights.
        m_config = loaded ? *loaded : EconomyConfig::defaults();
    }
    return *m_config;
}

QString CatalogEditController::formatProblems(const QString& intro,
                                              const QList<CellProblem>& problems) const {
    QStringList lines{intro};
    for (qsizetype i = 0; i < problems.size() && i < kProblemsListed; ++i) {
        const CellProblem& problem = problems.at(i);
        lines << tr("• %1, %2: %3")
                     .arg(problem.modelName, catalogColumnLabel(problem.column), problem.reason);
    }
    if (problems.size() > kProblemsListed)
        lines << tr("…and %n more problem(s)", nullptr,
                    static_cast<int>(problems.size() - kProblemsListed));
    return lines.join(u'\n');
}
} // namespace mm
