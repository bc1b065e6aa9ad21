#include "ui/buyers/BuyersArea.h"

#include "data/BuyerRepository.h"
#include "data/TableNames.h"
#include "models/BuyerTableModel.h"
#include "ui/marketplace/MarketCommands.h"
#include "ui/shell/AreaWidgets.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/TableSelectionCopy.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mm {

namespace {

constexpr int kRefreshDelayMs = 150;

// A combo box of buyer types for the Type column; other columns edit as text.
class BuyerDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        if (static_cast<BuyerColumn>(index.column()) != BuyerColumn::Type) {
            auto* edit = new QLineEdit(parent);
            edit->setFrame(false);
            return edit;
        }
        auto* combo = new QComboBox(parent);
        combo->setAccessibleName(BuyersArea::tr("Buyer type"));
        for (BuyerType type : enumValues<BuyerType>())
            combo->addItem(enumLabel(type), static_cast<int>(type));
        Q_UNUSED(option)
        return combo;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
            return;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
            edit->setText(index.data(Qt::EditRole).toString());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
            if (edit->text() != index.data(Qt::EditRole).toString())
                model->setData(index, edit->text(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

BuyersArea::BuyersArea(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new BuyerTableModel(workspace.database(), this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("buyersArea"));
    setAccessibleName(tr("Buyers"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BuyerTableModel::SortRole);
    m_proxy->setFilterKeyColumn(static_cast<int>(BuyerColumn::Name));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    buildUi();

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, m_model, &BuyerTableModel::refresh);
    connect(&workspace, &Workspace::economyChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    workspace.onTablesChanged(this, {dbtable::buyers, dbtable::licenses, dbtable::usageCharges},
                              [this] { m_refreshTimer->start(); });
    connect(&workspace, &Workspace::commandFailed, this, [this](const QString& message) {
        if (isVisible())
            showMessage(message);
    });
    connect(m_model, &BuyerTableModel::editRequested, this,
            [this](qint64 id, int column, const QVariant& value) { editBuyer(id, column, value); });
    connect(m_model, &BuyerTableModel::loaded, this, [this] {
        m_countLabel->setText(tr("Buyers: %1").arg(QLocale().toString(m_model->rowCount())));
        if (m_pendingSelection) {
            const qint64 id = *m_pendingSelection;
            m_pendingSelection.reset();
            selectBuyer(id, m_pendingEdit);
        }
    });
    connect(m_model, &BuyerTableModel::loadFailed, this, [this](const Error& error) {
        showMessage(tr("The buyers could not be read: %1").arg(error.toString()));
    });
}

BuyersArea::~BuyersArea() = default;

void BuyersArea::buildUi() {
    auto* layout = new QVBoxLayout(this);

    m_addAction = new QAction(tr("&Add Buyer"), this);
    m_addAction->setObjectName(QStringLiteral("actionAddBuyer"));
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addAction->setToolTip(tr("Add a buyer (Insert)"));
    connect(m_addAction, &QAction::triggered, this, [this] { addBuyer(); });
    addAction(m_addAction);
    m_deleteAction = new QAction(tr("&Delete Buyer"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDeleteBuyer"));
    m_deleteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+Del")));
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(
        tr("Delete the current buyer (Ctrl+Shift+Del); a buyer who holds licenses cannot be "
           "deleted"));
    connect(m_deleteAction, &QAction::triggered, this, &BuyersArea::deleteRows);
    addAction(m_deleteAction);

    auto* top = new QHBoxLayout;
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_deleteAction);
    top->addWidget(toolbar);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("buyerSearch"));
    m_search->setAccessibleName(tr("Filter buyers by name"));
    m_search->setPlaceholderText(tr("Filter by name…"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    top->addStretch(1);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("buyerCountLabel"));
    top->addWidget(m_countLabel);
    layout->addLayout(top);

    m_messageLabel = areaWidgets::makeMessageLabel(this, QStringLiteral("buyerMessage"));
    layout->addWidget(m_messageLabel);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("buyerTable"));
    m_view->setAccessibleName(tr("Buyers"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BuyerDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(static_cast<int>(BuyerColumn::Name), Qt::AscendingOrder);
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&](BuyerColumn column, const QString& sample) {
        m_view->setColumnWidth(static_cast<int>(column), metrics.horizontalAdvance(sample) + 32);
    };
    width(BuyerColumn::Name, QStringLiteral("Northwind Research Institute of Tech"));
    width(BuyerColumn::Type, QStringLiteral("Academic institution"));
    width(BuyerColumn::Size, QStringLiteral("Employees 00"));
    width(BuyerColumn::Budget, QStringLiteral("$1,000,000,000.00"));
    width(BuyerColumn::Licenses, QStringLiteral("Licenses"));
    m_view->horizontalHeader()->setSectionResizeMode(static_cast<int>(BuyerColumn::Name),
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_view);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            [this](const QString& text) { m_proxy->setFilterFixedString(text.trimmed()); });
}

QAbstractItemModel* BuyersArea::viewModel() const {
    return m_proxy;
}

bool BuyersArea::isUpToDate() const {
    return m_model->isUpToDate();
}

QString BuyersArea::messageText() const {
    return m_messageLabel->text();
}

void BuyersArea::showMessage(const QString& message) {
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit statusMessage(message);
}

std::optional<qint64> BuyersArea::currentBuyerId() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(BuyerTableModel::BuyerIdRole).toLongLong();
}

void BuyersArea::selectBuyer(qint64 buyerId, bool edit) {
    const auto sourceRow = m_model->indexOfBuyer(buyerId);
    if (!sourceRow)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(*sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    if (edit)
        m_view->edit(index);
}

bool BuyersArea::editBuyer(qint64 buyerId, int column, const QVariant& value) {
    const BuyerTableModel::Row* row = m_model->rowOfBuyer(buyerId);
    if (!row) {
        showMessage(tr("That buyer is no longer there."));
        return false;
    }
    const BuyerRecord before = row->buyer;
    auto after = BuyerTableModel::applyValue(before, static_cast<BuyerColumn>(column), value);
    if (!after) {
        showMessage(tr("Not changed: %1").arg(after.error().toString()));
        return false;
    }
    if (sameBuyerData(*after, before))
        return true;
    const QString text = tr("edit buyer '%1'").arg(before.name);
    if (auto done =
            MarketCommand::push(m_workspace, new BuyerCommand(m_workspace, before, *after, text));
        !done) {
        showMessage(tr("Not changed: %1").arg(done.error().toString()));
        return false;
    }
    showMessage({});
    return true;
}

std::optional<qint64> BuyersArea::addBuyer() {
    // A unique placeholder name the designer overwrites right away (the editor opens on it).
    QString name;
    for (int n = m_model->rowCount() + 1;; ++n) {
        name = tr("New buyer %1").arg(n);
        auto taken = BuyerRepository(m_workspace.database()).findByName(name);
        if (!taken) {
            showMessage(taken.error().toString());
            return std::nullopt;
        }
        if (!taken->has_value())
            break;
    }
    BuyerRecord buyer;
    buyer.name = name;
    buyer.type = BuyerType::Startup;
    buyer.size = 10;
    auto* command =
        new BuyerCommand(m_workspace, std::nullopt, buyer, tr("add buyer '%1'").arg(name));
    const BuyerCommand* pushed = command;
    if (auto done = MarketCommand::push(m_workspace, command); !done) {
        showMessage(tr("Not added: %1").arg(done.error().toString()));
        return std::nullopt;
    }
    showMessage({});
    const qint64 id = pushed->buyerId();
    m_pendingSelection = id;
    m_pendingEdit = true;
    m_model->refresh();
    return id;
}

bool BuyersArea::deleteBuyer(qint64 buyerId) {
    const BuyerTableModel::Row* row = m_model->rowOfBuyer(buyerId);
    if (!row) {
        showMessage(tr("That buyer is no longer there."));
        return false;
    }
    if (row->licenses > 0) {
        showMessage(tr("'%1' holds licenses (%2) and cannot be deleted; licenses are sales "
                       "history (revoke them instead).")
                        .arg(row->buyer.name, QLocale().toString(row->licenses)));
        return false;
    }
    const BuyerRecord before = row->buyer;
    if (auto done = MarketCommand::push(m_workspace,
                                        new BuyerCommand(m_workspace, before, std::nullopt,
                                                         tr("delete buyer '%1'").arg(before.name)));
        !done) {
        showMessage(tr("Not deleted: %1").arg(done.error().toString()));
        return false;
    }
    showMessage({});
    return true;
}

void BuyersArea::deleteRows() {
    const auto id = currentBuyerId();
    if (!id) {
        showMessage(tr("Select the buyer to delete."));
        return;
    }
    deleteBuyer(*id);
}

void BuyersArea::copySelection() {
    copySelectionToClipboard(*m_view);
}

void BuyersArea::find() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace mm
