#include "ui/marketplace/MarketplaceArea.h"

#include "data/EconomyRepository.h"
#include "data/MarketplaceService.h"
#include "data/TableNames.h"
#include "models/ListingTableModel.h"
#include "ui/marketplace/ListingDialog.h"
#include "ui/marketplace/MarketCommands.h"
#include "ui/marketplace/PurchaseDialog.h"
#include "ui/marketplace/TierPolicyEditor.h"
#include "ui/shell/AreaWidgets.h"
#include "ui/shell/MoneyLineEdit.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/TableSelectionCopy.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mm {

namespace {

constexpr int kFilterDelayMs = 200;
constexpr int kRefreshDelayMs = 150;

struct SortChoice {
    const char* label;
    ListingColumn column;
    Qt::SortOrder order;
};

const SortChoice kSortChoices[] = {
    {QT_TRANSLATE_NOOP("mm::MarketplaceArea", "Name (A to Z)"), ListingColumn::Model,
     Qt::AscendingOrder},
    {QT_TRANSLATE_NOOP("mm::MarketplaceArea", "Price (lowest first)"), ListingColumn::Price,
     Qt::AscendingOrder},
    {QT_TRANSLATE_NOOP("mm::MarketplaceArea", "Price (highest first)"), ListingColumn::Price,
     Qt::DescendingOrder},
    {QT_TRANSLATE_NOOP("mm::MarketplaceArea", "Quality (best first)"), ListingColumn::Quality,
     Qt::DescendingOrder},
    {QT_TRANSLATE_NOOP("mm::MarketplaceArea", "Value for money (best first)"), ListingColumn::Value,
     Qt::DescendingOrder},
    {QT_TRANSLATE_NOOP("mm::MarketplaceArea", "Revenue (highest first)"), ListingColumn::Revenue,
     Qt::DescendingOrder},
    {QT_TRANSLATE_NOOP("mm::MarketplaceArea", "Licenses sold (most first)"),
     ListingColumn::LicensesSold, Qt::DescendingOrder},
};

template <typename E>
QComboBox* enumFilter(QWidget* parent, const QString& name, const QString& anyText,
                      const QString& accessible) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    combo->addItem(anyText, -1);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), static_cast<int>(value));
    return combo;
}

template <typename E>
std::optional<E> chosen(const QComboBox* combo) {
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<E>(static_cast<E>(value));
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MarketplaceArea::MarketplaceArea(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ListingTableModel(workspace.database(), this)) {
    setObjectName(QStringLiteral("marketplaceArea"));
    setAccessibleName(tr("Marketplace"));
    createActions();
    buildUi();

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, m_model, &ListingTableModel::refresh);
    connect(&workspace, &Workspace::economyChanged, this, &MarketplaceArea::scheduleRefresh);
    connect(&workspace, &Workspace::catalogReset, this, &MarketplaceArea::scheduleRefresh);
    workspace.onTablesChanged(this,
                              {dbtable::listings, dbtable::models, dbtable::licenses,
                               dbtable::usageCharges, dbtable::licenseTiers},
                              [this] { scheduleRefresh(); });
    connect(&workspace, &Workspace::commandFailed, this, [this](const QString& message) {
        if (isVisible())
            showMessage(message);
    });

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &MarketplaceArea::rememberSelection);
    connect(m_model, &ListingTableModel::loaded, this, [this] {
        restoreSelection();
        updateCount();
    });
    connect(m_model, &ListingTableModel::loadingChanged, this, &MarketplaceArea::updateCount);
    connect(m_model, &ListingTableModel::loadFailed, this, [this](const Error& error) {
        showMessage(tr("The listings could not be read: %1").arg(error.toString()));
    });
    updateActions();
}

MarketplaceArea::~MarketplaceArea() = default;

void MarketplaceArea::createActions() {
    const auto make = [this](const char* name, const QString& text, const QKeySequence& key,
                             const QString& tip) {
        return areaWidgets::addAreaAction(this, QLatin1StringView(name), text, {key}, tip);
    };
    m_listAction = make("actionListModel", tr("&List Model…"), QKeySequence(tr("Ctrl+Shift+L")),
                        tr("Offer a completed model in license tiers"));
    m_sellAction = make("actionSellLicense", tr("&Sell License…"), QKeySequence(tr("Ctrl+Shift+B")),
                        tr("Sell a license on the selected listing"));
    m_priceAction = make("actionChangePrice", tr("Change &Price…"), QKeySequence(Qt::Key_F2),
                         tr("Set a new price for the selected listing"));
    m_unlistAction = make("actionUnlist", tr("&Unlist"), QKeySequence(tr("Ctrl+Shift+U")),
                          tr("Withdraw the selected listing from its tier"));
    m_policiesAction =
        make("actionTierPolicies", tr("&Tier Policies…"), QKeySequence(tr("Ctrl+Shift+T")),
             tr("Edit the rules and price ranges of the license tiers"));
    m_refreshAction = make("actionRefreshMarketplace", tr("Refresh"), QKeySequence::Refresh,
                           tr("Read the listings again"));

    connect(m_listAction, &QAction::triggered, this, &MarketplaceArea::chooseAndListModel);
    connect(m_sellAction, &QAction::triggered, this, &MarketplaceArea::sellLicense);
    connect(m_priceAction, &QAction::triggered, this, [this] {
        const ListingRow* row = selectedListing();
        if (!row)
            return;
        const TierPolicy policy = [&] {
            auto config = EconomyRepository(m_workspace.database()).loadConfig();
            return (config ? *config : EconomyConfig::defaults()).tier(row->tier);
        }();
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Change Price"),
            tr("New %1 price for '%2' (allowed: %3):")
                .arg(enumLabel(row->tier), row->modelName, MarketplaceService::rangeText(policy)),
            QLineEdit::Normal, row->price.toDisplayString(QLocale()), &ok);
        if (ok)
            changeSelectedPrice(text);
    });
    connect(m_unlistAction, &QAction::triggered, this, &MarketplaceArea::unlistSelected);
    connect(m_policiesAction, &QAction::triggered, this,
            [this] { TierPolicyEditor::showDialog(m_workspace, this); });
    connect(m_refreshAction, &QAction::triggered, m_model, &ListingTableModel::refresh);
}

void MarketplaceArea::buildUi() {
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("marketSearch"));
    m_search->setAccessibleName(tr("Search models by name"));
    m_search->setPlaceholderText(tr("Search models…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(buddyLabel(tr("Sear&ch:"), m_search, this));
    filters->addWidget(m_search, 2);

    m_tierFilter = enumFilter<LicenseTier>(this, QStringLiteral("marketTierFilter"), tr("Any tier"),
                                           tr("Tier filter"));
    filters->addWidget(buddyLabel(tr("T&ier:"), m_tierFilter, this));
    filters->addWidget(m_tierFilter);
    m_sizeFilter = enumFilter<SizeClass>(this, QStringLiteral("marketSizeFilter"), tr("Any size"),
                                         tr("Size class filter"));
    filters->addWidget(buddyLabel(tr("Si&ze:"), m_sizeFilter, this));
    filters->addWidget(m_sizeFilter);
    m_architectureFilter =
        enumFilter<Architecture>(this, QStringLiteral("marketArchitectureFilter"),
                                 tr("Any architecture"), tr("Architecture filter"));
    filters->addWidget(buddyLabel(tr("&Architecture:"), m_architectureFilter, this));
    filters->addWidget(m_architectureFilter);

    m_minQuality = new QDoubleSpinBox(this);
    m_minQuality->setObjectName(QStringLiteral("marketMinQuality"));
    m_minQuality->setAccessibleName(tr("Minimum quality"));
    m_minQuality->setRange(0, 100);
    m_minQuality->setDecimals(1);
    m_minQuality->setSingleStep(5);
    m_minQuality->setSpecialValueText(tr("Any"));
    filters->addWidget(buddyLabel(tr("Min &quality:"), m_minQuality, this));
    filters->addWidget(m_minQuality);

    m_maxPrice = new MoneyLineEdit(this);
    m_maxPrice->setObjectName(QStringLiteral("marketMaxPrice"));
    m_maxPrice->setAccessibleName(tr("Maximum price"));
    m_maxPrice->setPlaceholderText(tr("Any"));
    m_maxPrice->setMaximumWidth(
        m_maxPrice->fontMetrics().horizontalAdvance(QStringLiteral("$000,000,000.00")) + 16);
    filters->addWidget(buddyLabel(tr("Max &price:"), m_maxPrice, this));
    filters->addWidget(m_maxPrice);
    layout->addLayout(filters);

    auto* actions = new QHBoxLayout;
    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("marketToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_listAction);
    toolbar->addAction(m_sellAction);
    toolbar->addAction(m_priceAction);
    toolbar->addAction(m_unlistAction);
    toolbar->addSeparator();
    toolbar->addAction(m_policiesAction);
    actions->addWidget(toolbar);
    actions->addStretch(1);
    m_sortCombo = new QComboBox(this);
    m_sortCombo->setObjectName(QStringLiteral("marketSort"));
    m_sortCombo->setAccessibleName(tr("Sort listings by"));
    for (const SortChoice& choice : kSortChoices)
        m_sortCombo->addItem(tr(choice.label));
    actions->addWidget(buddyLabel(tr("S&ort:"), m_sortCombo, this));
    actions->addWidget(m_sortCombo);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("marketCountLabel"));
    m_countLabel->setMinimumWidth(m_countLabel->fontMetrics().horizontalAdvance(
        tr("Showing %1 of %2 listings").arg(QStringLiteral("1,000"), QStringLiteral("1,000,000"))));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    actions->addWidget(m_countLabel);
    layout->addLayout(actions);

    m_messageLabel = areaWidgets::makeMessageLabel(this, QStringLiteral("marketMessage"));
    layout->addWidget(m_messageLabel);

    m_view = new QTableView(this);
    areaWidgets::configureRecordTable(m_view, QStringLiteral("marketTable"), tr("Listings"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSortIndicator(static_cast<int>(ListingColumn::Model),
                                                 Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setStretchLastSection(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&](ListingColumn column, const QString& sample) {
        m_view->setColumnWidth(static_cast<int>(column), metrics.horizontalAdvance(sample) + 24);
    };
    width(ListingColumn::Model, QStringLiteral("Mixture Frontier Model 000 XL"));
    width(ListingColumn::Tier, QStringLiteral("Open Source"));
    width(ListingColumn::Price, QStringLiteral("$10,000,000.00"));
    width(ListingColumn::SizeClass, QStringLiteral("Frontier"));
    width(ListingColumn::Architecture, QStringLiteral("Mixture-of-Experts"));
    width(ListingColumn::Quality, QStringLiteral("Quality"));
    width(ListingColumn::Value, QStringLiteral("Quality per $1k"));
    width(ListingColumn::LicensesSold, QStringLiteral("Licenses"));
    width(ListingColumn::Revenue, QStringLiteral("$100,000,000.00"));
    // The name takes the room that is left, so no blank band remains right of the table.
    m_view->horizontalHeader()->setSectionResizeMode(static_cast<int>(ListingColumn::Model),
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    setTabOrder(m_search, m_tierFilter);
    setTabOrder(m_tierFilter, m_sizeFilter);
    setTabOrder(m_sizeFilter, m_architectureFilter);
    setTabOrder(m_architectureFilter, m_minQuality);
    setTabOrder(m_minQuality, m_maxPrice);
    setTabOrder(m_maxPrice, m_sortCombo);
    setTabOrder(m_sortCombo, m_view);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &MarketplaceArea::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_maxPrice, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_minQuality, &QDoubleSpinBox::valueChanged, m_filterTimer,
            qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_tierFilter, m_sizeFilter, m_architectureFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &MarketplaceArea::applyFilter);
    connect(m_sortCombo, &QComboBox::currentIndexChanged, this, &MarketplaceArea::applySortChoice);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                const QSignalBlocker block(m_sortCombo);
                int match = -1;
                for (int i = 0; i < static_cast<int>(std::size(kSortChoices)); ++i) {
                    if (static_cast<int>(kSortChoices[i].column) == section &&
                        kSortChoices[i].order == order)
                        match = i;
                }
                m_sortCombo->setCurrentIndex(match);
            });
    connect(m_view, &QAbstractItemView::activated, this, &MarketplaceArea::sellLicense);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MarketplaceArea::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MarketplaceArea::updateActions);
}

void MarketplaceArea::applyFilter() {
    m_filterTimer->stop();
    ListingFilter filter;
    filter.text = m_search->text();
    filter.tier = chosen<LicenseTier>(m_tierFilter);
    filter.sizeClass = chosen<SizeClass>(m_sizeFilter);
    filter.architecture = chosen<Architecture>(m_architectureFilter);
    if (m_minQuality->value() > m_minQuality->minimum())
        filter.minQuality = m_minQuality->value();
    if (!m_maxPrice->text().trimmed().isEmpty()) {
        auto price = m_maxPrice->money();
        if (!price) {
            showMessage(tr("Max price: %1").arg(price.error().message));
            return;
        }
        filter.maxPrice = *price;
    }
    showMessage({});
    m_model->setFilter(filter);
}

void MarketplaceArea::applySortChoice() {
    const int index = m_sortCombo->currentIndex();
    if (index < 0 || index >= static_cast<int>(std::size(kSortChoices)))
        return;
    const SortChoice& choice = kSortChoices[index];
    m_view->sortByColumn(static_cast<int>(choice.column), choice.order);
}

void MarketplaceArea::updateCount() {
    const QLocale locale;
    const int shown = m_model->rowCount();
    const qint64 total = m_model->totalMatching();
    QString text =
        shown < total
            ? tr("Showing %1 of %2 listings").arg(locale.toString(shown), locale.toString(total))
            : tr("Listings: %1").arg(locale.toString(total));
    if (m_model->isLoading())
        text += tr(" (loading…)");
    m_countLabel->setText(text);
}

void MarketplaceArea::updateActions() {
    const bool selected = selectedListing() != nullptr;
    const bool writable = !m_workspace.isReadOnly();
    m_sellAction->setEnabled(selected && writable);
    m_priceAction->setEnabled(selected && writable);
    m_unlistAction->setEnabled(selected && writable);
    m_listAction->setEnabled(writable);
}

void MarketplaceArea::showMessage(const QString& message) {
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit statusMessage(message);
}

QString MarketplaceArea::messageText() const {
    return m_messageLabel->text();
}

void MarketplaceArea::scheduleRefresh() {
    m_refreshTimer->start();
}

void MarketplaceArea::rememberSelection() {
    const ListingRow* row = selectedListing();
    m_selectedListingId = row ? std::optional<qint64>(row->listingId) : std::nullopt;
}

void MarketplaceArea::restoreSelection() {
    if (!m_selectedListingId)
        return;
    if (const auto row = m_model->rowOfListing(*m_selectedListingId)) {
        m_view->selectRow(*row);
        m_view->scrollTo(m_model->index(*row, 0));
    }
}

const ListingRow* MarketplaceArea::selectedListing() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.front().row());
}

void MarketplaceArea::listModel(std::optional<qint64> modelId) {
    ListingDialog dialog(m_workspace, modelId, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage({});
}

void MarketplaceArea::chooseAndListModel() {
    const ListingRow* row = selectedListing();
    ListingDialog dialog(m_workspace, row ? std::optional<qint64>(row->modelId) : std::nullopt,
                         this, true);
    if (dialog.exec() == QDialog::Accepted)
        showMessage({});
}

void MarketplaceArea::sellLicense() {
    const ListingRow* row = selectedListing();
    if (!row) {
        showMessage(tr("Select a listing to sell a license on."));
        return;
    }
    PurchaseDialog dialog(m_workspace, row->modelId, row->tier, this);
    if (dialog.exec() == QDialog::Accepted) {
        showMessage({});
        emit statusMessage(tr("License sold (Ctrl+Z takes the sale back)"));
    }
}

bool MarketplaceArea::changeSelectedPrice(const QString& priceText) {
    const ListingRow* row = selectedListing();
    if (!row) {
        showMessage(tr("Select a listing to change its price."));
        return false;
    }
    auto price = Money::parseDisplay(priceText, QLocale());
    if (!price) {
        showMessage(tr("Price not changed: %1").arg(price.error().message));
        return false;
    }
    auto config = EconomyRepository(m_workspace.database()).loadConfig();
    if (!config) {
        showMessage(config.error().toString());
        return false;
    }
    if (auto inRange = MarketplaceService::checkListingPrice(config->tier(row->tier), *price);
        !inRange) {
        showMessage(tr("Price not changed: %1").arg(inRange.error().message));
        return false;
    }
    if (*price == row->price)
        return true;
    auto* command = new ListingCommand(
        m_workspace, row->modelId, {{row->tier, *price}},
        tr("change the %1 price of '%2'").arg(enumLabel(row->tier), row->modelName));
    if (auto done = MarketCommand::push(m_workspace, command); !done) {
        showMessage(tr("Price not changed: %1").arg(done.error().toString()));
        return false;
    }
    showMessage({});
    return true;
}

bool MarketplaceArea::unlistSelected() {
    const ListingRow* row = selectedListing();
    if (!row) {
        showMessage(tr("Select a listing to unlist."));
        return false;
    }
    auto* command =
        new ListingCommand(m_workspace, row->modelId, {{row->tier, std::nullopt}},
                           tr("unlist '%1' from %2").arg(row->modelName, enumLabel(row->tier)));
    if (auto done = MarketCommand::push(m_workspace, command); !done) {
        showMessage(tr("Not unlisted: %1").arg(done.error().toString()));
        return false;
    }
    showMessage({});
    return true;
}

void MarketplaceArea::copySelection() {
    copySelectionToClipboard(*m_view);
}

void MarketplaceArea::find() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace mm
