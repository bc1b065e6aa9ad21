#include "ui/catalog/CatalogArea.h"

#include "data/ChangeSet.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/ModelRepository.h"
#include "data/TableNames.h"
#include "models/CatalogModel.h"
#include "models/CatalogRowLocator.h"
#include "ui/catalog/CatalogClipboard.h"
#include "ui/catalog/CatalogCommands.h"
#include "ui/catalog/CatalogDelegate.h"
#include "ui/catalog/CatalogFilterBar.h"
#include "ui/catalog/ModelComparisonDialog.h"
#include "ui/catalog/ModelDetailPanel.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

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

bool CatalogArea::Selection::contains(int row, int section) const {
    for (const QItemSelectionRange& range : ranges) {
        if (range.top() <= row && row <= range.bottom() && range.left() <= section &&
            section <= range.right())
            return true;
    }
    return false;
}

CatalogArea::CatalogArea(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CatalogModel(workspace.database(), this))
    , m_locator(workspace.database(), this) {
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

    m_pendingSelectTimeout.setSingleShot(true);
    m_pendingSelectTimeout.setInterval(10000);
    connect(&m_pendingSelectTimeout, &QTimer::timeout, this, [this] {
        m_pendingSelectId.reset();
        m_pendingScrollRow.reset();
    });
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
        scrollToPendingRow();
        selectPendingRow();
        if (count == 0)
            firstRowsAreShown();
    });
    connect(m_model, &CatalogModel::loadingChanged, this, &CatalogArea::loadingChanged);
    connect(m_model, &CatalogModel::loadFailed, this,
            [this, firstRowsAreShown](const Error& error) {
                showProblem(tr("The catalog could not be read: %1").arg(error.toString()));
                firstRowsAreShown();
            });
    connect(m_model, &CatalogModel::editRequested, this, &CatalogArea::onEditRequested);
    connect(m_model, &CatalogModel::dataChanged, this, [this, firstRowsAreShown] {
        selectPendingRow();
        if (!m_view->currentIndex().isValid() && !m_pendingSelectId && m_model->isRowLoaded(0)) {
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
        m_config.reset(); // policies or weights may have changed
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
    if (changes.touchesAny(dbtable::economyConfigTables()))
        m_config.reset(); // policies or weights changed
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
    if (currentId) {
        selectWhenShown(*currentId);
        locateModel(*currentId, false);
    }
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
    selectWhenShown(modelId);
    locateModel(modelId, true);
}

void CatalogArea::selectWhenShown(qint64 modelId) {
    m_pendingSelectId = modelId;
    m_pendingScrollRow.reset();
    m_pendingSelectTimeout.start();
    selectPendingRow();
}

void CatalogArea::locateModel(qint64 modelId, bool clearFiltersIfHidden) {
    const CatalogQuery query(m_model->filter(), m_model->currentSort());
    m_locator.start(
        [query, modelId](Database& db) { return locateCatalogRow(db, query, modelId); },
        [this, query, modelId, clearFiltersIfHidden](const Result<std::optional<qint64>>& located) {
            if (!m_pendingSelectId)
                return; // selected meanwhile, or given up
            if (*m_pendingSelectId != modelId || query.filter() != m_model->filter() ||
                query.sort() != m_model->currentSort()) {
                locateModel(*m_pendingSelectId, clearFiltersIfHidden); // asked anew
                return;
            }
            if (!located) {
                showProblem(tr("Cannot show the model: %1").arg(located.error().toString()));
                return;
            }
            if (!*located) {
                if (clearFiltersIfHidden && !m_model->filter().isEmpty()) {
                    m_filterBar->clear(); // the person asked for this model: show it
                    locateModel(modelId, false);
                }
                return;
            }
            m_pendingScrollRow = *located;
            scrollToPendingRow();
        });
}

void CatalogArea::scrollToPendingRow() {
    if (!m_pendingScrollRow || *m_pendingScrollRow >= m_model->rowCount())
        return;
    const QModelIndex index =
        m_model->index(static_cast<int>(*m_pendingScrollRow), catalogSection(CatalogColumn::Name));
    m_pendingScrollRow.reset();
    // Asking for the row schedules its page; selectPendingRow() runs when it arrives. Scrolling
    // alone would not do: right after rows were inserted the scroll bar has not grown yet.
    static_cast<void>(m_model->data(index));
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    selectPendingRow();
}

void CatalogArea::selectPendingRow() {
    if (!m_pendingSelectId)
        return;
    const auto row = m_model->rowOf(*m_pendingSelectId);
    if (!row)
        return;
    m_pendingSelectId.reset();
    m_pendingSelectTimeout.stop();
    const QModelIndex index = m_model->index(*row, catalogSection(CatalogColumn::Name));
    m_view->setCurrentIndex(index);
    // Once the view has laid out rows that may have just been inserted.
    QTimer::singleShot(0, m_view, [view = m_view, target = QPersistentModelIndex(index)] {
        if (target.isValid())
            view->scrollTo(target, QAbstractItemView::PositionAtCenter);
    });
}

QList<int> CatalogArea::visibleSections() const {
    const QHeaderView* header = m_view->horizontalHeader();
    QList<int> sections;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (!header->isSectionHidden(section))
            sections.append(section);
    }
    return sections;
}

CatalogArea::Selection CatalogArea::currentSelection() const {
    Selection selection;
    selection.ranges = m_view->selectionModel()->selection();
    if (selection.ranges.isEmpty()) {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return selection;
        selection.ranges.select(current, current);
    }
    // Rows from merged intervals: Select All on a million rows must not build a tree of them.
    QList<std::pair<int, int>> spans;
    QSet<int> sections;
    for (const QItemSelectionRange& range : std::as_const(selection.ranges)) {
        spans.append({range.top(), range.bottom()});
        for (int section = range.left(); section <= range.right(); ++section)
            sections.insert(section);
    }
    std::sort(spans.begin(), spans.end());
    int next = -1; // first row not yet listed
    for (const auto& [top, bottom] : std::as_const(spans)) {
        for (int row = std::max(top, next); row <= bottom; ++row)
            selection.rows.append(row);
        next = std::max(next, bottom + 1);
    }
    for (int section : visibleSections()) {
        if (sections.contains(section))
            selection.sections.append(section);
    }
    return selection;
}

Result<CatalogArea::FetchedRows> CatalogArea::fetchMissingRows(const QList<int>& rows) const {
    QList<int> missing;
    for (int row : rows) {
        if (!m_model->isRowLoaded(row))
            missing.append(row);
    }
    FetchedRows fetched;
    if (missing.isEmpty())
        return fetched;
    if (missing.size() > kMaxRowsReadForEdit)
        return makeError(tr("%n selected row(s) are not loaded yet; select at most %1 rows that "
                            "are not on screen, or scroll through them first",
                            nullptr, static_cast<int>(missing.size()))
                             .arg(QLocale().toString(kMaxRowsReadForEdit)),
                         {}, QStringLiteral("catalog-selection-too-large"));
    // Read each run of consecutive rows as one window of the model's own order.
    const CatalogQuery query(m_model->filter(), m_model->currentSort());
    qsizetype start = 0;
    while (start < missing.size()) {
        qsizetype end = start + 1;
        while (end < missing.size() && missing.at(end) == missing.at(end - 1) + 1)
            ++end;
        const int firstRow = missing.at(start);
        const int count = static_cast<int>(end - start);
        const PagePlan plan = CatalogQuery::planWindow(firstRow, count, {}, m_model->rowCount());
        auto read = query.fetch(m_workspace.database(), plan);
        if (!read)
            return read.error();
        for (qsizetype i = 0; i < read->size(); ++i)
            fetched.insert(firstRow + static_cast<int>(i), read->at(i));
        start = end;
    }
    return fetched;
}

QVariant CatalogArea::editValueAt(int row, CatalogColumn column, const FetchedRows& fetched) const {
    const auto found = fetched.constFind(row);
    if (found != fetched.constEnd())
        return CatalogModel::editValue(*found, column);
    return m_model->data(m_model->index(row, catalogSection(column)), Qt::EditRole);
}

QVariant CatalogArea::displayValueAt(int row, CatalogColumn column,
                                     const FetchedRows& fetched) const {
    const auto found = fetched.constFind(row);
    if (found != fetched.constEnd())
        return CatalogModel::displayValue(*found, column);
    return m_model->data(m_model->index(row, catalogSection(column)), Qt::DisplayRole);
}

std::optional<qint64> CatalogArea::idAtRow(int row, const FetchedRows& fetched) const {
    const auto found = fetched.constFind(row);
    if (found != fetched.constEnd())
        return found->id;
    return m_model->idAt(row);
}

void CatalogArea::compareSelection() {
    auto ids = selectedModelIds();
    if (!ids) {
        emit statusMessage(ids.error().message);
        return;
    }
    ModelComparisonDialog::open(m_workspace, *ids, this);
}

Result<QList<qint64>> CatalogArea::selectedModelIds() {
    const Selection selection = currentSelection();
    if (selection.isEmpty())
        return makeError(tr("select the models first"), {}, QStringLiteral("catalog-no-selection"));
    auto fetched = fetchMissingRows(selection.rows);
    if (!fetched)
        return fetched.error();
    QList<qint64> ids;
    for (int row : selection.rows) {
        if (const auto id = idAtRow(row, *fetched))
            ids.append(*id);
    }
    return ids;
}

// --- Copy, cut, paste ---------------------------------------------------------------------------

bool CatalogArea::copyToClipboard() {
    const Selection selection = currentSelection();
    if (selection.isEmpty()) {
        showProblem(tr("Nothing to copy: select cells first."));
        return false;
    }
    auto fetched = fetchMissingRows(selection.rows);
    if (!fetched) {
        showProblem(tr("Cannot copy: %1").arg(fetched.error().message));
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
                         ? catalogclipboard::cellText(column, editValueAt(row, column, *fetched),
                                                      displayValueAt(row, column, *fetched))
                         : QString());
        }
        cells << line;
    }
    QApplication::clipboard()->setMimeData(catalogclipboard::toMimeData(cells));
    reportDone(tr("Copied %n row(s)", nullptr, static_cast<int>(cells.size())) +
               tr(" × %n column(s)", nullptr, static_cast<int>(selection.sections.size())));
    return true;
}

void CatalogArea::copySelection() {
    copyToClipboard();
}

void CatalogArea::cutSelection() {
    if (copyToClipboard())
        deleteSelection();
}

void CatalogArea::paste() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    auto block = catalogclipboard::parseBlock(mime ? mime->text() : QString());
    if (!block) {
        showProblem(tr("Cannot paste: %1").arg(block.error().message));
        return;
    }
    const Selection selection = currentSelection();
    if (selection.isEmpty()) {
        showProblem(tr("Cannot paste: select the cell where the pasted block should start."));
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
        targets = catalogclipboard::blockTargets(*block, selection.rows.front(),
                                                 selection.sections.front(), visibleSections(),
                                                 m_model->rowCount());
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
        showProblem(tr("Cannot paste into %1: read-only in the catalog. The composite follows "
                       "from the three metrics; prices, sales, cost and dates come from the "
                       "marketplace and training.")
                        .arg(columnLabels(readOnly).join(QStringLiteral(", "))));
        return;
    }
    auto fetched = fetchMissingRows(rows);
    if (!fetched) {
        showProblem(tr("Cannot paste: %1").arg(fetched.error().message));
        return;
    }
    QList<CellEdit> edits;
    edits.reserve(targets.size());
    for (const auto& target : std::as_const(targets)) {
        const CatalogColumn column = *catalogColumnAt(target.section);
        if (const auto id = idAtRow(target.row, *fetched))
            edits.append({*id, column, catalogclipboard::pastedValue(column, target.text)});
    }
    const auto count = static_cast<int>(edits.size());
    applyEdits(edits,
               [count](const CellEditPlan&) { return tr("paste %n cell(s)", nullptr, count); });
}

void CatalogArea::pasteAsNewRows() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    auto block = catalogclipboard::parseBlock(mime ? mime->text() : QString());
    if (!block) {
        showProblem(tr("Cannot paste as new rows: %1").arg(block.error().message));
        return;
    }
    Database& db = m_workspace.database();
    auto gameDate = EconomyRepository(db).gameDate();
    if (!gameDate) {
        showProblem(gameDate.error().toString());
        return;
    }
    const catalogclipboard::NewModelDrafts drafts =
        catalogclipboard::draftNewModels(*block, visibleSections(), economyConfig(), *gameDate);
    if (drafts.records.isEmpty() && drafts.problems.isEmpty()) {
        showProblem(tr("Cannot paste as new rows: the clipboard holds only a header row."));
        return;
    }
    if (!drafts.problems.isEmpty()) {
        showProblem(formatProblems(tr("Nothing was added:"), drafts.problems));
        return;
    }
    QList<ModelRecord> records = drafts.records;
    UniqueModelNamer namer(db);
    for (ModelRecord& record : records) {
        auto name =
            record.name.isEmpty() ? namer.takeNumbered(tr("Model %1")) : namer.take(record.name);
        if (!name) {
            showProblem(name.error().toString());
            return;
        }
        record.name = *name;
    }
    const auto count = static_cast<int>(records.size());
    auto* command =
        new InsertModelsCommand(m_workspace, records, tr("paste %n new model(s)", nullptr, count));
    if (auto pushed = CatalogCommand::push(m_workspace, command); !pushed) {
        showProblem(tr("Cannot paste as new rows: %1").arg(pushed.error().toString()));
        return;
    }
    selectWhenShown(command->records().front().id);
    locateModel(command->records().front().id, false);
    QString done = tr("Added %n model(s) from the clipboard", nullptr, count);
    if (!drafts.ignoredReadOnly.isEmpty()) {
        const std::set<CatalogColumn> ignored(drafts.ignoredReadOnly.begin(),
                                              drafts.ignoredReadOnly.end());
        done +=
            tr("; ignored the read-only %1").arg(columnLabels(ignored).join(QStringLiteral(", ")));
    }
    reportDone(done);
}

// --- Fill, clear --------------------------------------------------------------------------------

void CatalogArea::fillDown() {
    const Selection selection = currentSelection();
    auto fetched = fetchMissingRows(selection.rows);
    if (!fetched) {
        showProblem(tr("Cannot fill down: %1").arg(fetched.error().message));
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
                source = editValueAt(row, column, *fetched); // the column's first selected row
                continue;
            }
            if (!isCatalogColumnEditable(column)) {
                readOnly.insert(column);
                break;
            }
            if (const auto id = idAtRow(row, *fetched))
                edits.append({*id, column, *source});
        }
    }
    if (!readOnly.empty()) {
        showProblem(tr("Cannot fill down %1: read-only in the catalog.")
                        .arg(columnLabels(readOnly).join(QStringLiteral(", "))));
        return;
    }
    if (edits.isEmpty()) {
        showProblem(tr("Nothing to fill: select the value to copy and the cells below it."));
        return;
    }
    const auto count = static_cast<int>(edits.size());
    applyEdits(edits,
               [count](const CellEditPlan&) { return tr("fill down %n cell(s)", nullptr, count); });
}

void CatalogArea::deleteSelection() {
    const Selection selection = currentSelection();
    if (selection.isEmpty()) {
        showProblem(tr("Nothing to clear: select cells first."));
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
        showProblem(tr("Cannot clear %1: every model needs a value there. To delete whole models, "
                       "use Delete Rows (Ctrl+-).")
                        .arg(columnLabels(required).join(QStringLiteral(", "))));
        return;
    }
    if (clearable.isEmpty()) {
        showProblem(tr("Nothing to clear: only the metrics (performance, accuracy, efficiency) "
                       "can be emptied; the other selected columns are read-only."));
        return;
    }
    auto fetched = fetchMissingRows(selection.rows);
    if (!fetched) {
        showProblem(tr("Cannot clear: %1").arg(fetched.error().message));
        return;
    }
    QList<CellEdit> edits;
    for (int row : selection.rows) {
        const auto id = idAtRow(row, *fetched);
        for (int section : std::as_const(clearable)) {
            if (id && selection.contains(row, section))
                edits.append({*id, *catalogColumnAt(section), QVariant()});
        }
    }
    const auto count = static_cast<int>(edits.size());
    applyEdits(edits,
               [count](const CellEditPlan&) { return tr("clear %n cell(s)", nullptr, count); });
}

void CatalogArea::find() {
    m_filterBar->focusText();
}

// --- Rows ---------------------------------------------------------------------------------------

void CatalogArea::insertRow() {
    Database& db = m_workspace.database();
    const EconomyConfig& config = economyConfig();
    auto gameDate = EconomyRepository(db).gameDate();
    if (!gameDate) {
        showProblem(gameDate.error().toString());
        return;
    }
    auto name = UniqueModelNamer(db).takeNumbered(tr("New model %1"));
    if (!name) {
        showProblem(name.error().toString());
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
        showProblem(tr("Cannot add a model: %1").arg(pushed.error().toString()));
        return;
    }
    selectWhenShown(command->records().front().id);
    locateModel(command->records().front().id, false);
    reportDone(tr("Added '%1'").arg(*name));
}

void CatalogArea::duplicateSelection() {
    auto ids = selectedModelIds();
    if (!ids) {
        showProblem(tr("Cannot duplicate: %1").arg(ids.error().message));
        return;
    }
    Database& db = m_workspace.database();
    auto originals = ModelRepository(db).findMany(*ids);
    auto gameDate = EconomyRepository(db).gameDate();
    if (!originals || !gameDate) {
        showProblem(!originals ? originals.error().toString() : gameDate.error().toString());
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
            showProblem(name.error().toString());
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
        showProblem(tr("Cannot duplicate: %1").arg(pushed.error().toString()));
        return;
    }
    selectWhenShown(command->records().front().id);
    locateModel(command->records().front().id, false);
    reportDone(count == 1 ? tr("Added a draft copy of '%1'").arg(originals->front().name)
                          : tr("Added %n draft copies", nullptr, count));
}

void CatalogArea::deleteRows() {
    auto ids = selectedModelIds();
    if (!ids) {
        showProblem(tr("Cannot delete: %1").arg(ids.error().message));
        return;
    }
    if (ids->isEmpty())
        return;
    const auto count = static_cast<int>(ids->size());
    if (count > 1) {
        const auto answer = QMessageBox::question(
            this, tr("Delete Models"),
            tr("Delete %n model(s)? Their listings are deleted with them. Undo brings both back.",
               nullptr, count),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto command = DeleteModelsCommand::create(m_workspace, *ids);
    if (!command) {
        showProblem(tr("Cannot delete: %1").arg(command.error().message));
        return;
    }
    if (auto pushed = CatalogCommand::push(m_workspace, *command); !pushed) {
        showProblem(tr("Cannot delete: %1").arg(pushed.error().toString()));
        return;
    }
    reportDone(tr("Deleted %n model(s)", nullptr, count));
}

// --- Editing
// --------------------------------------------------------------------------------------

void CatalogArea::onEditRequested(qint64 modelId, CatalogColumn column, const QVariant& value) {
    applyEdits({CellEdit{modelId, column, value}}, [column](const CellEditPlan& plan) {
        return tr("edit %1 of '%2'")
            .arg(catalogColumnLabel(column).toLower(), plan.before.front().name);
    });
}

void CatalogArea::applyEdits(const QList<CellEdit>& edits,
                             const std::function<QString(const CellEditPlan&)>& describe) {
    if (edits.isEmpty())
        return;
    auto plan = planCellEdits(m_workspace.database(), edits, economyConfig());
    if (!plan) {
        showProblem(tr("Nothing was changed: %1").arg(plan.error().toString()));
        return;
    }
    if (!plan->problems.isEmpty()) {
        showProblem(formatProblems(tr("Nothing was changed:"), plan->problems));
        return;
    }
    if (plan->after.isEmpty()) {
        hideProblem();
        emit statusMessage(tr("Nothing changed: the cells already hold these values."));
        return;
    }
    const QString text = describe(*plan);
    auto* command = new EditModelsCommand(m_workspace, plan->before, plan->after, text);
    if (auto pushed = CatalogCommand::push(m_workspace, command); !pushed) {
        showProblem(tr("Cannot %1: %2").arg(text, pushed.error().toString()));
        return;
    }
    reportDone(tr("Done: %1").arg(text));
}

const EconomyConfig& CatalogArea::economyConfig() {
    if (!m_config) {
        auto loaded = EconomyRepository(m_workspace.database()).loadConfig();
        // Without a readable config the defaults still give sensible composite weights.
        m_config = loaded ? *loaded : EconomyConfig::defaults();
    }
    return *m_config;
}

QString CatalogArea::formatProblems(const QString& intro,
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
