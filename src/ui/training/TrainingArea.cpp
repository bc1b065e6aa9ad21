#include "ui/training/TrainingArea.h"

#include "core/EconomyConfig.h"
#include "data/EconomyRepository.h"
#include "data/TableNames.h"
#include "data/TrainingService.h"
#include "models/JobTableModel.h"
#include "ui/shell/AreaWidgets.h"
#include "ui/shell/Workspace.h"
#include "ui/training/TrainingCommands.h"
#include "ui/training/TrainingJobDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <utility>

namespace mm {

namespace {

// Draws the Progress column as a bar with its percentage.
class ProgressDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // selection

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.fontMetrics = option.fontMetrics;
        bar.palette = option.palette;
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = static_cast<int>(
            std::lround(index.data(JobTableModel::ProgressRole).toDouble() * 1000));
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), 110));
        return size;
    }
};

} // namespace

TrainingArea::TrainingArea(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("trainingArea"));
    setAccessibleName(tr("Training"));

    m_model = new JobTableModel(&workspace.database(), this);
    connect(m_model, &JobTableModel::loadFinished, this, &TrainingArea::showLoaded);
    connect(m_model, &JobTableModel::loadFailed, this, [this](const Error& error) {
        showMessage(tr("The jobs could not be read: %1").arg(error.toString()));
    });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobTableModel::SortRole);
    m_proxy->setFilterKeyColumn(JobTableModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setAccessibleName(tr("Training jobs"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(JobTableModel::ProgressColumn, new ProgressDelegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Model order (unfinished first, then newest) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this] { showSelectedModel(); });

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("jobFilter"));
    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter jobs by name"));
    m_filter->setMaximumWidth(260);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("queueSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_message = areaWidgets::makeMessageLabel(this, QStringLiteral("messageLabel"));
    m_message->setAccessibleName(tr("Message"));

    m_newAction = makeAction(QStringLiteral("actionNewTrainingJob"), tr("&New Job…"),
                             {QKeySequence(tr("Ctrl+Shift+N")), QKeySequence(Qt::Key_Insert)},
                             &TrainingArea::newJob);
    m_pauseAction = makeAction(QStringLiteral("actionPauseJob"), tr("&Pause"),
                               {QKeySequence(tr("Ctrl+Shift+P"))}, &TrainingArea::pauseSelected);
    m_resumeAction = makeAction(QStringLiteral("actionResumeJob"), tr("&Resume"),
                                {QKeySequence(tr("Ctrl+Shift+R"))}, &TrainingArea::resumeSelected);
    m_cancelAction =
        makeAction(QStringLiteral("actionCancelJob"), tr("&Cancel Job…"),
                   {QKeySequence(tr("Ctrl+Shift+Del"))}, &TrainingArea::cancelSelected);
    m_showModelAction = makeAction(QStringLiteral("actionShowTrainedModel"), tr("Show &Model"), {},
                                   &TrainingArea::showSelectedModel);
    m_newAction->setToolTip(tr("Queue a new training job (Ctrl+Shift+N or Insert)"));
    m_cancelAction->setToolTip(
        tr("Cancel the selected job; it is charged what it spent plus the cancellation fee"));
    m_showModelAction->setToolTip(tr("Show the model this job trained in the catalog"));

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("trainingToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newAction);
    toolbar->addSeparator();
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(m_resumeAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    toolbar->addAction(m_showModelAction);

    auto* top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addStretch();
    top->addWidget(m_filter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    setTabOrder(m_table, m_filter);
    setFocusProxy(m_table);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &TrainingArea::refresh);
    // A playing clock emits this several times a second: one refresh per turn of the event loop.
    connect(&m_workspace, &Workspace::economyChanged, this, &TrainingArea::scheduleRefresh);
    m_workspace.onTablesChanged(
        this,
        dbtable::economyConfigTables() +
            QList{dbtable::trainingJobs, dbtable::models, dbtable::researchProjects, dbtable::labs},
        [this] { scheduleRefresh(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrainingArea::updateActions);

    // The model reads the jobs as it is made; the columns are fitted to the first answer.
    updateActions();
}

void TrainingArea::fitColumns() {
    m_table->resizeColumnsToContents();
    // Columns sized for today's rows must still fit what tomorrow brings ("Completed",
    // "Frontier"), and names longer than the demo's.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widest = [&metrics](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + 2 * metrics.averageCharWidth() + 8;
    };
    QStringList statuses;
    for (JobStatus status : enumValues<JobStatus>())
        statuses.append(enumLabel(status));
    QStringList sizeClasses;
    for (SizeClass sizeClass : enumValues<SizeClass>())
        sizeClasses.append(enumLabel(sizeClass));
    const std::array<std::pair<int, int>, 3> minimumWidths{{
        {JobTableModel::NameColumn, 24 * metrics.averageCharWidth()},
        {JobTableModel::StatusColumn, widest(statuses)},
        {JobTableModel::SizeClassColumn, widest(sizeClasses)},
    }};
    for (const auto& [column, width] : minimumWidths)
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), width));
}

TrainingArea::~TrainingArea() = default;

QAction* TrainingArea::makeAction(const QString& name, const QString& text,
                                  const QList<QKeySequence>& shortcuts,
                                  void (TrainingArea::*slot)()) {
    QAction* action = areaWidgets::addAreaAction(this, name, text, shortcuts);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void TrainingArea::scheduleRefresh() {
    m_refreshTimer->start();
}

void TrainingArea::refresh() {
    m_refreshTimer->stop();
    m_model->refresh();
}

void TrainingArea::showLoaded() {
    if (!std::exchange(m_columnsFitted, true))
        fitColumns();
    updateSummary();
    if (m_pendingSelection != 0 && m_model->isUpToDate())
        selectJob(std::exchange(m_pendingSelection, 0));
    updateActions();
}

void TrainingArea::updateSummary() {
    const QueueSnapshot* snapshot = &m_model->queue();
    const QLocale locale;
    QStringList gpus;
    for (const GpuUsage& usage : snapshot->gpus) {
        QString line =
            tr("%1 %2 of %3 in use")
                .arg(usage.name, locale.toString(usage.inUse), locale.toString(usage.capacity));
        if (usage.waiting > 0)
            line += tr(" (%1 asked for by queued jobs)").arg(locale.toString(usage.waiting));
        gpus.append(line);
    }
    m_summary->setText(
        tr("%1: %2 running, %3 queued, %4 paused, %5 completed, %6 failed, %7 cancelled.\n%8")
            .arg(locale.toString(snapshot->gameDate, QLocale::LongFormat))
            .arg(snapshot->counts.value(JobStatus::Running))
            .arg(snapshot->counts.value(JobStatus::Queued))
            .arg(snapshot->counts.value(JobStatus::Paused))
            .arg(snapshot->counts.value(JobStatus::Completed))
            .arg(snapshot->counts.value(JobStatus::Failed))
            .arg(snapshot->counts.value(JobStatus::Cancelled))
            .arg(gpus.join(QStringLiteral(" · "))));
}

int TrainingArea::selectedRow() const {
    return areaWidgets::selectedSourceRow(m_table, m_proxy);
}

qint64 TrainingArea::selectedJobId() const {
    const int row = selectedRow();
    return row < 0 ? 0 : m_model->job(row).id;
}

void TrainingArea::selectJob(qint64 jobId) {
    const int row = m_model->rowOfJob(jobId);
    if (row < 0 && !m_model->isUpToDate()) {
        m_pendingSelection = jobId; // a job just queued shows once the reload arrives
        return;
    }
    areaWidgets::selectSourceRow(m_table, m_proxy, row);
}

void TrainingArea::updateActions() {
    const int row = selectedRow();
    const bool writable = !m_workspace.isReadOnly();
    const JobStatus status = row < 0 ? JobStatus::Cancelled : m_model->job(row).status;
    m_newAction->setEnabled(writable);
    m_pauseAction->setEnabled(writable && row >= 0 &&
                              (status == JobStatus::Queued || status == JobStatus::Running));
    m_resumeAction->setEnabled(writable && row >= 0 && status == JobStatus::Paused);
    m_cancelAction->setEnabled(writable && row >= 0 && isUnfinished(status));
    m_showModelAction->setEnabled(row >= 0 && m_model->job(row).modelId.has_value());
}

QString TrainingArea::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void TrainingArea::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void TrainingArea::newJob() {
    if (m_workspace.isReadOnly()) {
        showMessage(tr("The database is read-only: no job can be queued."));
        return;
    }
    TrainingJobDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.queuedJob())
        return;
    showMessage({});
    refresh();
    selectJob(dialog.queuedJob()->id);
    emit statusMessage(tr("Queued the training of '%1'").arg(dialog.queuedJob()->inputs.modelName));
}

void TrainingArea::newJobFrom(const TrainingInputs& inputs) {
    if (m_workspace.isReadOnly())
        return;
    TrainingJobDialog dialog(m_workspace, this);
    dialog.setInputs(inputs);
    if (dialog.exec() != QDialog::Accepted || !dialog.queuedJob())
        return;
    showMessage({});
    refresh();
    selectJob(dialog.queuedJob()->id);
}

void TrainingArea::duplicateSelection() {
    const int row = selectedRow();
    if (row < 0)
        return;
    TrainingInputs inputs = m_model->job(row).inputs;
    inputs.modelName = tr("%1 (copy)").arg(inputs.modelName);
    inputs.seed = QRandomGenerator::global()->generate64(); // a copy is a new run, not a replay
    newJobFrom(inputs);
}

void TrainingArea::pauseSelected() {
    const qint64 id = selectedJobId();
    if (id == 0)
        return;
    auto command = JobTransitionCommand::create(m_workspace, id, JobTransitionCommand::Pause);
    const Status done = command ? TrainingCommand::push(m_workspace, *command) : command.error();
    showMessage(done ? QString() : tr("Cannot pause: %1").arg(done.error().toString()));
    refresh();
}

void TrainingArea::resumeSelected() {
    const qint64 id = selectedJobId();
    if (id == 0)
        return;
    auto command = JobTransitionCommand::create(m_workspace, id, JobTransitionCommand::Resume);
    const Status done = command ? TrainingCommand::push(m_workspace, *command) : command.error();
    showMessage(done ? QString() : tr("Cannot resume: %1").arg(done.error().toString()));
    refresh();
}

void TrainingArea::cancelSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    const TrainingJobRecord job = m_model->job(row);
    if (!isUnfinished(job.status)) {
        showMessage(tr("'%1' is %2; only queued, running or paused jobs can be cancelled.")
                        .arg(job.inputs.modelName, enumLabel(job.status).toLower()));
        return;
    }
    auto config = EconomyRepository(m_workspace.database()).loadConfig();
    if (!config) {
        showMessage(config.error().toString());
        return;
    }
    // The same arithmetic TrainingService::cancelJob charges.
    const QLocale locale;
    const Money remaining = std::max(Money(), job.estimate.total() - job.costSpent);
    const auto scaledFee = remaining.scaled(config->cancellationFeePercent, 100);
    const Money fee = scaledFee ? *scaledFee : Money();
    QString question =
        tr("Cancel the training of '%1'?\n\nIt has spent %2 so far. Cancelling charges that "
           "plus the cancellation fee of %3% of the %4 not yet spent (%5): %6 in all.")
            .arg(job.inputs.modelName, job.costSpent.toDisplayString(locale))
            .arg(config->cancellationFeePercent)
            .arg(remaining.toDisplayString(locale), fee.toDisplayString(locale),
                 (job.costSpent + fee).toDisplayString(locale));
    if (job.inputs.researchPoints > 0)
        question += u' ' + tr("Its %1 research points become available again.")
                               .arg(locale.toString(job.inputs.researchPoints));
    QMessageBox box(QMessageBox::Question, tr("Cancel Training Job"), question,
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("cancelJobConfirmation"));
    QPushButton* confirm = box.addButton(tr("Cancel &Job"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("&Keep Training"), QMessageBox::RejectRole);
    box.setDefaultButton(keep); // Enter must not throw away a run
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    auto command = CancelJobCommand::create(m_workspace, job.id);
    const Status done = command ? TrainingCommand::push(m_workspace, *command) : command.error();
    showMessage(done ? QString() : tr("Cannot cancel: %1").arg(done.error().toString()));
    refresh();
    if (done)
        emit statusMessage(tr("Cancelled the training of '%1'").arg(job.inputs.modelName));
}

void TrainingArea::showSelectedModel() {
    const int row = selectedRow();
    if (row < 0)
        return;
    if (const auto modelId = m_model->job(row).modelId)
        emit showModelRequested(*modelId);
}

void TrainingArea::copySelection() {
    const int row = selectedRow();
    if (row < 0)
        return;
    QApplication::clipboard()->setText(m_model->headerText() + u'\n' + m_model->rowText(row) +
                                       u'\n');
}

void TrainingArea::find() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace mm
