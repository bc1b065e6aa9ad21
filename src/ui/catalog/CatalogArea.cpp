#include "ui/catalog/CatalogArea.h"

#include "data/ChangeSet.h"
#include "data/TableNames.h"
#include "models/CatalogModel.h"
#include "ui/catalog/CatalogDelegate.h"
#include "ui/catalog/CatalogEditController.h"
#include "ui/catalog/CatalogFilterBar.h"
#include "ui/catalog/CatalogRowSelector.h"
#include "ui/catalog/ModelComparisonDialog.h"
#include "ui/catalog/ModelDetailPanel.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace mm {

namespace {

const QString kHeaderKey = QStringLiteral("catalog/header");
const QString kSplitterKey = QStringLiteral("catalog/splitter");

// Text that makes a column about as wide as its typical content.
QString sampleText(CatalogColumn column) {
    switch (column) {
    case CatalogColumn::Name:
        return QStringLiteral("Frontier Multimodal Model 1234");
    case CatalogColumn::Architecture:
        return QStringLiteral("Mixture-of-Experts");
    case CatalogColumn::SizeClass:
    case CatalogColumn::ModelStatus:
        return QStringLiteral("Completed");
    case CatalogColumn::Parameters:
        return QStringLiteral("400,000,000,000");
    case CatalogColumn::DatasetTokens:
        return QStringLiteral("8,000,000,000,000");
    case CatalogColumn::TiersListed:
        return QStringLiteral("OS, Acad, Com, Ent");
    case CatalogColumn::LicensesSold:
        return QStringLiteral("12,345");
    case CatalogColumn::CreatedOn:
        return QStringLiteral("12/31/2025");
    case CatalogColumn::Performance:
    case CatalogColumn::Accuracy:
    case CatalogColumn::Efficiency:
    case CatalogColumn::Composite:
        return QStringLiteral("100.0");
    default:
        return QStringLiteral("$10,000,000.00"); // money
    }
}

} // namespace

CatalogArea::CatalogArea(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CatalogModel(workspace.database(), this)) {
    setObjectName(QStringLiteral("catalogArea"));
    setAccessibleName(tr("Catalog"));
    buildUi();
    createActions();
    connectWorkspace();
    setInitialColumnWidths();
    restoreLayout();
    updateActionsEnabled();

    m_saveLayoutTimer.setSingleShot(true);
    m_saveLayoutTimer.setInterval(500);
    connect(&m_saveLayoutTimer, &QTimer::timeout, this, &CatalogArea::saveLayout);
    QHeaderView* header = m_view->horizontalHeader();
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(header, signal, &m_saveLayoutTimer, qOverload<>(&QTimer::start));
    connect(m_splitter, &QSplitter::splitterMoved, &m_saveLayoutTimer, qOverload<>(&QTimer::start));
}

CatalogArea::~CatalogArea() {
    saveLayout();
}

void CatalogArea::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_filterBar = new CatalogFilterBar(this);
    layout->addWidget(m_filterBar);

    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("catalogMessage"));
    m_messageBar->setAccessibleName(tr("Problem"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageBar->setAutoFillBackground(true);
    QPalette warning = m_messageBar->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    warning.setColor(QPalette::WindowText, QColor(0x4a, 0x2c, 0x00));
    m_messageBar->setPalette(warning);
    auto* messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(8, 4, 4, 4);
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setObjectName(QStringLiteral("catalogMessageText"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextFormat(Qt::PlainText);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* closeMessage = new QToolButton(m_messageBar);
    closeMessage->setObjectName(QStringLiteral("catalogMessageClose"));
    closeMessage->setText(tr("Dismiss"));
    closeMessage->setToolTip(tr("Hide this message"));
    connect(closeMessage, &QToolButton::clicked, this, &CatalogArea::hideProblem);
    messageLayout->addWidget(m_messageText, 1);
    messageLayout->addWidget(closeMessage, 0, Qt::AlignTop);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("catalogSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("catalogTable"));
    m_view->setAccessibleName(tr("Catalog table"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CatalogDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    // Fixed row heights: a million-row table must never measure its rows.
    QHeaderView* rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setObjectName(QStringLiteral("catalogHeader"));
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicatorClearable(true); // a third click returns to creation order
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setHighlightSections(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click a column to sort by it (name, architecture, size class, status, "
                          "parameters, composite, training cost and creation date can be "
                          "sorted); right-click to show or hide columns."));
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CatalogArea::onSortIndicatorChanged);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CatalogArea::showColumnsMenu);

    // Before the connections below: a row loaded or counted goes to a waiting model first.
    m_rowSelector =
        new CatalogRowSelector(m_workspace.database(), *m_model, *m_view, *m_filterBar, this);
    connect(m_rowSelector, &CatalogRowSelector::problem, this, &CatalogArea::showProblem);
    m_edits = new CatalogEditController(m_workspace, *m_model, *m_view, this);
    connect(m_edits, &CatalogEditController::problem, this, &CatalogArea::showProblem);
    connect(m_edits, &CatalogEditController::done, this, &CatalogArea::reportDone);
    connect(m_edits, &CatalogEditController::rowsAdded, this, [this](qint64 firstModelId) {
        m_rowSelector->select(firstModelId, CatalogRowSelector::WhenFiltered::Leave);
    });

    m_detail = new ModelDetailPanel(m_workspace, m_splitter);
    m_detail->setMinimumWidth(300);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_filterBar->lastFocusable(), m_view);
    setTabOrder(m_view, m_detail);
    setFocusProxy(m_view);

    connect(m_filterBar, &CatalogFilterBar::filterChanged, m_model, &CatalogModel::setFilter);
    auto firstRowsAreShown = [this] {
        if (m_firstRowsShown)
            return;
        m_firstRowsShown = true;
        emit firstRowsShown();
    };
    connect(m_model, &CatalogModel::rowCountKnown, this, [this, firstRowsAreShown](qint64 count) {
        emit rowCountChanged(count);
        if (count == 0)
            firstRowsAreShown();
    });
    connect(m_model, &CatalogModel::loadingChanged, this, &CatalogArea::loadingChanged);
    connect(m_model, &CatalogModel::loadFailed, this,
            [this, firstRowsAreShown](const Error& error) {
                showProblem(tr("The catalog could not be read: %1").arg(error.toString()));
                firstRowsAreShown();
            });
    connect(m_model, &CatalogModel::dataChanged, this, [this, firstRowsAreShown] {
        if (!m_view->currentIndex().isValid() && !m_rowSelector->isPending() &&
            m_model->isRowLoaded(0)) {
            // Start on the first model, so the detail panel and keyboard have a place to be.
            m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                      QItemSelectionModel::NoUpdate);
        }
        if (!m_detail->modelId())
            updateDetail();
        if (m_model->isRowLoaded(0))
            firstRowsAreShown();
    });
    connect(m_model, &CatalogModel::modelReset, this, &CatalogArea::updateDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogArea::updateDetail);
    connect(m_detail, &ModelDetailPanel::problem, this, &CatalogArea::showProblem);
}

void CatalogArea::createActions() {
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("catalogContextMenu"));
    auto make = [this](const char* name, const QString& text, const QList<QKeySequence>& keys,
                       void (CatalogArea::*slot)(), bool writes) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        // Registered only on the context menu, where it fires while the menu is open; in the
        // table the event filter handles the keys (see the class comment).
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_contextMenu->addAction(action);
        m_keyActions.append(action);
        if (writes)
            m_writeActions.append(action);
        return action;
    };
    make("catalogCutAction", tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut),
         &CatalogArea::cutSelection, true);
    make("catalogCopyAction", tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy),
         &CatalogArea::copySelection, false);
    make("catalogPasteAction", tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste),
         &CatalogArea::paste, true);
    make("catalogPasteAsNewRowsAction", tr("Paste as &New Rows"),
         {QKeySequence(tr("Ctrl+Shift+V"))}, &CatalogArea::pasteAsNewRows, true)
        ->setToolTip(tr("Adds one draft model per pasted row; the columns are read in the "
                        "table's order starting at Name, or by a header row."));
    m_contextMenu->addSeparator();
    make("catalogFillDownAction", tr("Fill &Down"), {QKeySequence(tr("Ctrl+D"))},
         &CatalogArea::fillDown, true);
    make("catalogClearAction", tr("C&lear Cells"), QKeySequence::keyBindings(QKeySequence::Delete),
         &CatalogArea::deleteSelection, true)
        ->setToolTip(tr("Removes the metric values of the selected cells"));
    m_contextMenu->addSeparator();
    make("catalogInsertRowAction", tr("&Insert Row"), {QKeySequence(tr("Ctrl+I"))},
         &CatalogArea::insertRow, true);
    make("catalogDuplicateAction", tr("D&uplicate Rows"), {QKeySequence(tr("Ctrl+Shift+D"))},
         &CatalogArea::duplicateSelection, true);
    make("catalogDeleteRowsAction", tr("Delete &Rows"), {QKeySequence(tr("Ctrl+-"))},
         &CatalogArea::deleteRows, true)
        ->setToolTip(tr("Deletes the selected models and their listings. Models that have sold "
                        "licenses cannot be deleted: licenses are sales history."));
    m_contextMenu->addSeparator();
    make("catalogCompareAction", tr("Co&mpare Models…"), {QKeySequence(tr("Ctrl+Shift+M"))},
         &CatalogArea::compareSelection, false)
        ->setToolTip(tr("Compares the metrics and benchmarks of 2 to 5 selected models"));
    make("catalogFindAction", tr("&Find…"), QKeySequence::keyBindings(QKeySequence::Find),
         &CatalogArea::find, false);
    for (QAction* action : std::as_const(m_keyActions)) {
        if (action->toolTip() != action->text())
            action->setStatusTip(action->toolTip());
    }
    m_contextMenu->setToolTipsVisible(true);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        m_contextMenu->popup(m_view->viewport()->mapToGlobal(position));
    });
}

void CatalogArea::connectWorkspace() {
    connect(&m_workspace, &Workspace::modelsChanged, this, [this](const QList<qint64>& ids) {
        m_model->refreshRows(ids);
        if (m_detail->modelId() && ids.contains(*m_detail->modelId()))
            m_detail->reload();
    });
    connect(&m_workspace, &Workspace::catalogReset, this, [this] {
        m_model->refresh();
        m_detail->invalidateMedians();
        m_detail->reload();
    });
    connect(&m_workspace, &Workspace::economyChanged, this, [this] {
        m_detail->invalidateMedians();
        m_detail->reload();
    });
    connect(&m_workspace, &Workspace::changed, this, &CatalogArea::applyChanges);
    connect(&m_workspace, &Workspace::commandFailed, this, &CatalogArea::showProblem);
}

void CatalogArea::applyChanges(const ChangeSet& changes) {
    if (changes.touches(dbtable::models)) {
        const RowChanges kinds = changes.kinds(dbtable::models);
        if (!changes.idsComplete(dbtable::models) ||
            kinds.testAnyFlags(RowChange::Insert | RowChange::Delete))
            m_model->refresh();
        else
            m_model->refreshRows(changes.ids(dbtable::models));
        // Only models feed the size-class medians: a sale or a price leaves them alone.
        m_detail->invalidateMedians();
    }
    // The panel shows the model's listings and sales besides the model itself; which model a
    // license belongs to is not in the journal, and reading one model again is cheap.
    if (changes.touchesAny(
            {dbtable::models, dbtable::listings, dbtable::licenses, dbtable::usageCharges}) ||
        changes.touchesAny(dbtable::economyConfigTables()))
        m_detail->reload();
}

void CatalogArea::updateActionsEnabled() {
    const bool writable = !m_workspace.isReadOnly();
    for (QAction* action : std::as_const(m_writeActions))
        action->setEnabled(writable);
    if (!writable)
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void CatalogArea::setInitialColumnWidths() {
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    for (int section = 0; section < kCatalogColumnCount; ++section) {
        const CatalogColumn column = *catalogColumnAt(section);
        const int content = metrics.horizontalAdvance(sampleText(column)) + 16;
        // Room for the label and the sort arrow.
        const int label = headerMetrics.horizontalAdvance(catalogColumnLabel(column)) + 28;
        header->resizeSection(section, std::max(content, label));
    }
}

void CatalogArea::restoreLayout() {
    QSettings settings;
    QHeaderView* header = m_view->horizontalHeader();
    const QByteArray headerState = settings.value(kHeaderKey).toByteArray();
    if (!headerState.isEmpty() && header->restoreState(headerState)) {
        // The saved state brings its sort indicator along; the model must follow it.
        const int section = header->sortIndicatorSection();
        const auto column = catalogColumnAt(section);
        if (column && isCatalogColumnSortable(*column)) {
            m_previousSortSection = section;
            m_previousSortOrder = header->sortIndicatorOrder();
            m_model->sort(section, m_previousSortOrder);
        } else {
            const QSignalBlocker blocker(header);
            header->setSortIndicator(-1, Qt::AscendingOrder);
        }
    }
    const QByteArray splitterState = settings.value(kSplitterKey).toByteArray();
    if (splitterState.isEmpty() || !m_splitter->restoreState(splitterState))
        m_splitter->setSizes({700, 320});
}

void CatalogArea::saveLayout() {
    m_saveLayoutTimer.stop();
    QSettings settings;
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void CatalogArea::showColumnsMenu(const QPoint& position) {
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("catalogColumnsMenu"));
    int visibleCount = 0;
    for (int section = 0; section < kCatalogColumnCount; ++section)
        visibleCount += header->isSectionHidden(section) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        const CatalogColumn column = *catalogColumnAt(section);
        QAction* toggle = menu.addAction(catalogColumnLabel(column));
        toggle->setObjectName(QStringLiteral("catalogColumn_%1").arg(catalogColumnKey(column)));
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(section));
        // The last visible column stays: a table without columns cannot be got back from.
        toggle->setEnabled(header->isSectionHidden(section) || visibleCount > 1);
        connect(toggle, &QAction::toggled, this, [this, header, section](bool shown) {
            header->setSectionHidden(section, !shown);
            saveLayout();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Show All Columns"), this, [this, header] {
        for (int section = 0; section < kCatalogColumnCount; ++section)
            header->showSection(section);
        saveLayout();
    });
    menu.addAction(tr("Reset Column Layout"), this, [this, header] {
        for (int section = 0; section < kCatalogColumnCount; ++section) {
            header->showSection(section);
            header->moveSection(header->visualIndex(section), section);
        }
        setInitialColumnWidths();
        saveLayout();
    });
    menu.exec(header->viewport()->mapToGlobal(position));
}

void CatalogArea::onSortIndicatorChanged(int section, Qt::SortOrder order) {
    const auto column = catalogColumnAt(section);
    if (section >= 0 && (!column || !isCatalogColumnSortable(*column))) {
        // Only indexed columns sort; put the indicator back where the rows really are ordered.
        QHeaderView* header = m_view->horizontalHeader();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_previousSortSection, m_previousSortOrder);
        emit statusMessage(tr("%1 cannot be sorted; sort by name, architecture, size class, "
                              "status, parameters, composite, training cost or creation date.")
                               .arg(column ? catalogColumnLabel(*column) : QString()));
        return;
    }
    if (section >= 0 && section != m_previousSortSection && order == Qt::DescendingOrder) {
        // Some styles start a new column descending; a first click sorts A to Z, as in
        // spreadsheets, and the next ones go on to descending and back to creation order.
        order = Qt::AscendingOrder;
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(section, order);
    }
    m_previousSortSection = section;
    m_previousSortOrder = order;
    const QModelIndex current = m_view->currentIndex();
    const std::optional<qint64> currentId =
        current.isValid() ? m_model->idAt(current.row()) : std::nullopt;
    m_model->sort(section, order);
    // The sort drops the current row (it cannot know yet where the model went); find the model
    // the detail panel shows in the new order and make its row current again.
    if (currentId)
        m_rowSelector->select(*currentId, CatalogRowSelector::WhenFiltered::Leave);
    m_saveLayoutTimer.start();
}

void CatalogArea::updateDetail() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->showModel(std::nullopt);
        return;
    }
    if (const auto id = m_model->idAt(current.row()))
        m_detail->showModel(id);
    // A row still loading keeps the panel as it is; dataChanged brings us back.
}

void CatalogArea::showModel(qint64 modelId) {
    m_detail->showModel(modelId);
    m_rowSelector->select(modelId, CatalogRowSelector::WhenFiltered::ClearFilters);
}

void CatalogArea::compareSelection() {
    auto ids = m_edits->selectedModelIds();
    if (!ids) {
        emit statusMessage(ids.error().message);
        return;
    }
    ModelComparisonDialog::open(m_workspace, *ids, this);
}

// --- Edits --------------------------------------------------------------------------------------

void CatalogArea::copySelection() {
    m_edits->copySelection();
}

void CatalogArea::cutSelection() {
    m_edits->cutSelection();
}

void CatalogArea::paste() {
    m_edits->paste();
}

void CatalogArea::pasteAsNewRows() {
    m_edits->pasteAsNewRows();
}

void CatalogArea::fillDown() {
    m_edits->fillDown();
}

void CatalogArea::deleteSelection() {
    m_edits->deleteSelection();
}

void CatalogArea::find() {
    m_filterBar->focusText();
}

void CatalogArea::insertRow() {
    m_edits->insertRow();
}

void CatalogArea::duplicateSelection() {
    m_edits->duplicateSelection();
}

void CatalogArea::deleteRows() {
    m_edits->deleteRows();
}

// --- Messages -----------------------------------------------------------------------------------

QString CatalogArea::problemText() const {
    return m_messageBar->isHidden() ? QString() : m_messageText->text();
}

void CatalogArea::showProblem(const QString& message) {
    m_messageText->setText(message);
    m_messageBar->show();
    emit statusMessage(QString(message).replace(u'\n', u' '));
}

void CatalogArea::hideProblem() {
    m_messageBar->hide();
}

void CatalogArea::reportDone(const QString& message) {
    hideProblem();
    emit statusMessage(message);
}

// --- Keyboard -----------------------------------------------------------------------------------

bool CatalogArea::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence pressed(
            QKeyCombination(key->modifiers() & ~Qt::KeypadModifier, Qt::Key(key->key())));
        for (QAction* action : std::as_const(m_keyActions)) {
            if (!action->shortcuts().contains(pressed))
                continue;
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // the key comes to the table as a KeyPress, not to a shortcut
                return true;
            }
            if (action->isEnabled())
                action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mm
