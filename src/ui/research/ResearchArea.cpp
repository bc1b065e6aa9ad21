#include "ui/research/ResearchArea.h"

#include "data/EconomyRepository.h"
#include "data/ResearchRepository.h"
#include "data/TableNames.h"
#include "models/ResearchTableModel.h"
#include "ui/shell/AreaWidgets.h"
#include "ui/shell/Workspace.h"
#include "ui/training/TrainingCommands.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <limits>
#include <utility>

namespace mm {

ResearchArea::ResearchArea(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("researchArea"));
    setAccessibleName(tr("Research"));

    m_model = new ResearchTableModel(workspace.database(), this);
    m_model->setCellEditor([this](int row, int column, const QVariant& value) {
        return editCell(row, column, value);
    });
    connect(m_model, &ResearchTableModel::loadFinished, this, &ResearchArea::showLoaded);
    connect(m_model, &ResearchTableModel::loadFailed, this, [this](const Error& error) {
        showMessage(tr("The research projects could not be read: %1").arg(error.toString()));
    });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResearchTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("researchTable"));
    m_table->setAccessibleName(tr("Research projects"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("researchFilter"));
    m_filter->setPlaceholderText(tr("Filter projects…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter research projects"));
    m_filter->setMaximumWidth(260);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_pointsLabel = new QLabel(this);
    m_pointsLabel->setObjectName(QStringLiteral("availablePointsLabel"));
    m_pointsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_message = areaWidgets::makeMessageLabel(this, QStringLiteral("messageLabel"));
    m_message->setAccessibleName(tr("Message"));

    m_addAction = makeAction(QStringLiteral("actionAddResearch"), tr("&Add Project"),
                             {QKeySequence(tr("Ctrl+Shift+N")), QKeySequence(Qt::Key_Insert)},
                             &ResearchArea::addProject);
    m_completeAction =
        makeAction(QStringLiteral("actionCompleteResearch"), tr("&Complete"),
                   {QKeySequence(tr("Ctrl+Shift+Return"))}, &ResearchArea::completeSelected);
    m_deleteAction =
        makeAction(QStringLiteral("actionDeleteResearch"), tr("&Delete Project"),
                   {QKeySequence(tr("Ctrl+Shift+Del"))}, &ResearchArea::deleteSelected);
    m_addAction->setToolTip(tr("Add a research project (Ctrl+Shift+N or Insert)"));
    m_completeAction->setToolTip(
        tr("Complete the selected project on today's game date; its points become available "
           "(Ctrl+Shift+Return)"));
    m_deleteAction->setToolTip(tr("Delete the selected project (Ctrl+Shift+Delete)"));

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("researchToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_completeAction);
    toolbar->addAction(m_deleteAction);

    auto* top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addStretch();
    top->addWidget(m_filter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pointsLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    setTabOrder(m_table, m_filter);
    setFocusProxy(m_table);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ResearchArea::refresh);
    connect(&m_workspace, &Workspace::economyChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    m_workspace.onTablesChanged(
        this, {dbtable::researchProjects, dbtable::settings, dbtable::labs, dbtable::trainingJobs},
        [this] { m_refreshTimer->start(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResearchArea::updateActions);

    // The model reads the projects as it is made; the columns are fitted to the first answer.
    updateActions();
}

void ResearchArea::fitColumns() {
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ResearchTableModel::Name,
                            std::max(m_table->columnWidth(ResearchTableModel::Name), 220));
}

ResearchArea::~ResearchArea() = default;

QAction* ResearchArea::makeAction(const QString& name, const QString& text,
                                  const QList<QKeySequence>& shortcuts,
                                  void (ResearchArea::*slot)()) {
    QAction* action = areaWidgets::addAreaAction(this, name, text, shortcuts);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<ResearchProjectRecord> ResearchArea::projects() const {
    QList<ResearchProjectRecord> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_model->project(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return rows;
}

void ResearchArea::refresh() {
    m_refreshTimer->stop();
    m_model->refresh();
}

void ResearchArea::showLoaded() {
    qint64 earned = 0;
    for (const ResearchProjectRecord& project : m_model->projects()) {
        if (project.isCompleted())
            earned += project.points;
    }
    m_available = m_model->availablePoints();
    const QLocale locale;
    m_pointsLabel->setText(
        tr("<b>%1</b> research points available to training jobs (%2 from completed projects, "
           "%3 held by jobs).")
            .arg(locale.toString(m_available), locale.toString(earned),
                 locale.toString(earned - m_available)));
    if (!std::exchange(m_columnsFitted, true))
        fitColumns();
    if (m_pendingSelection.id != 0 && m_model->isUpToDate()) {
        const PendingSelection pending = std::exchange(m_pendingSelection, {});
        selectProject(pending.id);
        if (pending.editName)
            editSelectedName();
    }
    updateActions();
}

int ResearchArea::selectedRow() const {
    return areaWidgets::selectedSourceRow(m_table, m_proxy);
}

qint64 ResearchArea::selectedProjectId() const {
    const int row = selectedRow();
    return row < 0 ? 0 : m_model->project(row).id;
}

void ResearchArea::selectProject(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0 && !m_model->isUpToDate()) {
        m_pendingSelection = {id, false}; // a project just added shows once the reload arrives
        return;
    }
    areaWidgets::selectSourceRow(m_table, m_proxy, row);
}

void ResearchArea::editSelectedName() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex name = current.siblingAtColumn(ResearchTableModel::Name);
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

std::optional<ResearchProjectRecord> ResearchArea::storedProject(int row) {
    // The stored row, not the one shown: the reload after an earlier edit may still be on its way.
    auto stored = ResearchRepository(m_workspace.database()).find(m_model->project(row).id);
    if (!stored || !stored->has_value()) {
        showMessage(stored ? tr("The project no longer exists.") : stored.error().toString());
        return std::nullopt;
    }
    return **stored;
}

void ResearchArea::updateActions() {
    const int row = selectedRow();
    const bool writable = !m_workspace.isReadOnly();
    m_addAction->setEnabled(writable);
    m_completeAction->setEnabled(writable && row >= 0 && !m_model->project(row).isCompleted());
    m_deleteAction->setEnabled(writable && row >= 0);
}

QString ResearchArea::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void ResearchArea::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString ResearchArea::unusedName(const QString& base) const {
    QSet<QString> taken;
    for (const ResearchProjectRecord& project : m_model->projects())
        taken.insert(project.name.toLower());
    QString name = base;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

bool ResearchArea::pushAdd(ResearchProjectRecord project, bool editName) {
    auto* command = new AddResearchCommand(m_workspace, std::move(project));
    if (auto done = TrainingCommand::push(m_workspace, command); !done) {
        showMessage(tr("Cannot add the project: %1").arg(done.error().toString()));
        return false;
    }
    const qint64 id = command->project().id; // the stack owns the command; it lives on
    showMessage({});
    refresh();
    selectProject(id);
    m_pendingSelection.editName = m_pendingSelection.id == id && editName;
    return true;
}

void ResearchArea::addProject() {
    auto today = EconomyRepository(m_workspace.database()).gameDate();
    if (!today) {
        showMessage(today.error().toString());
        return;
    }
    ResearchProjectRecord project;
    project.name = unusedName(tr("New project"));
    project.field = tr("General");
    project.points = 100;
    project.startedOn = *today;
    // Straight into naming it, like a new spreadsheet row.
    pushAdd(project, true);
}

void ResearchArea::duplicateSelection() {
    const int row = selectedRow();
    if (row < 0)
        return;
    ResearchProjectRecord copy = m_model->project(row);
    copy.id = 0;
    copy.name = unusedName(tr("%1 (copy)").arg(copy.name));
    copy.completedOn.reset();
    pushAdd(copy, false);
}

void ResearchArea::completeSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto stored = storedProject(row);
    if (!stored)
        return;
    const ResearchProjectRecord before = *stored;
    if (before.isCompleted()) {
        showMessage(tr("'%1' was already completed on %2.")
                        .arg(before.name, QLocale().toString(*before.completedOn)));
        return;
    }
    auto today = EconomyRepository(m_workspace.database()).gameDate();
    if (!today) {
        showMessage(today.error().toString());
        return;
    }
    ResearchProjectRecord after = before;
    after.completedOn = *today;
    if (auto valid = ResearchRepository::validate(after); !valid) {
        showMessage(tr("Cannot complete '%1' on %2: %3")
                        .arg(before.name, QLocale().toString(*today), valid.error().message));
        return;
    }
    auto* command = new EditResearchCommand(m_workspace, before, after,
                                            tr("complete research project '%1'").arg(before.name));
    const Status done = TrainingCommand::push(m_workspace, command);
    showMessage(done ? QString() : tr("Cannot complete: %1").arg(done.error().toString()));
    refresh();
    if (done)
        emit statusMessage(tr("Completed '%1': %2 research points became available")
                               .arg(before.name, QLocale().toString(before.points)));
}

void ResearchArea::deleteSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto stored = storedProject(row);
    if (!stored)
        return;
    const ResearchProjectRecord project = *stored;
    const Status done =
        TrainingCommand::push(m_workspace, new DeleteResearchCommand(m_workspace, project));
    showMessage(done ? QString()
                     : tr("Cannot delete '%1': %2").arg(project.name, done.error().toString()));
    refresh();
}

bool ResearchArea::editCell(int row, int column, const QVariant& value) {
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const auto stored = storedProject(row);
    if (!stored)
        return false;
    const ResearchProjectRecord before = *stored;
    ResearchProjectRecord after = before;
    const QLocale locale;
    QString problem;
    switch (column) {
    case ResearchTableModel::Name:
        after.name = value.toString().trimmed();
        break;
    case ResearchTableModel::Field:
        after.field = value.toString().trimmed();
        break;
    case ResearchTableModel::Points: {
        bool ok = false;
        const qint64 points = value.typeId() == QMetaType::QString
                                  ? locale.toLongLong(value.toString(), &ok)
                                  : value.toLongLong(&ok);
        if (!ok)
            problem = tr("'%1' is not a whole number of points").arg(value.toString());
        after.points = points;
        break;
    }
    case ResearchTableModel::Cost: {
        auto cost = Money::parseDisplay(value.toString(), locale);
        if (!cost)
            problem = cost.error().message;
        else
            after.cost = *cost;
        break;
    }
    case ResearchTableModel::Started:
        after.startedOn = value.toDate();
        if (!after.startedOn.isValid())
            problem = tr("'%1' is not a date").arg(value.toString());
        break;
    default:
        return false;
    }
    if (problem.isEmpty()) {
        if (after == before)
            return true;
        if (auto valid = ResearchRepository::validate(after); !valid)
            problem = valid.error().message;
    }
    if (!problem.isEmpty()) {
        showMessage(tr("Not changed: %1.").arg(problem));
        return false;
    }
    const QString header =
        m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().toLower();
    auto* command =
        new EditResearchCommand(m_workspace, before, after,
                                tr("edit %1 of research project '%2'").arg(header, before.name));
    if (auto done = TrainingCommand::push(m_workspace, command); !done) {
        showMessage(tr("Not changed: %1").arg(done.error().toString()));
        return false;
    }
    showMessage({});
    refresh(); // same rows: updated in place, so the view's editing state is kept
    return true;
}

void ResearchArea::copySelection() {
    const QModelIndexList indexes = m_table->selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return;
    int top = std::numeric_limits<int>::max();
    int bottom = -1;
    int left = std::numeric_limits<int>::max();
    int right = -1;
    for (const QModelIndex& index : indexes) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column)
            cells.append(m_proxy->index(row, column).data().toString());
        lines.append(cells.join(u'\t'));
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void ResearchArea::find() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace mm
