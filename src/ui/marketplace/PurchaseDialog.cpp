#include "ui/marketplace/PurchaseDialog.h"

#include "core/Pricing.h"
#include "data/BuyerRepository.h"
#include "data/EconomyRepository.h"
#include "data/ListingRepository.h"
#include "data/ModelRepository.h"
#include "ui/marketplace/MarketCommands.h"
#include "ui/marketplace/TierPolicySummary.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/Workspace.h"
#include "ui_PurchaseDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>

namespace mm {

namespace {

constexpr int kMaxDeployments = 1'000'000;

} // namespace

PurchaseDialog::PurchaseDialog(Workspace& workspace, qint64 modelId,
                               std::optional<LicenseTier> tier, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_modelId(modelId)
    , m_initialTier(tier)
    , m_ui(std::make_unique<Ui::PurchaseDialog>()) {
    buildUi();
    loadChoices();
    updateQuote();
    resize(std::max(sizeHint().width(), 720), sizeHint().height());
}

void PurchaseDialog::buildUi() {
    m_ui->setupUi(this);
    m_form = m_ui->form;
    m_modelLabel = m_ui->modelLabel;
    m_buyerCombo = m_ui->buyerCombo;
    m_tierCombo = m_ui->tierCombo;
    m_termsLabel = m_ui->termsLabel;
    m_useCombo = m_ui->useCombo;
    for (IntendedUse use : enumValues<IntendedUse>())
        m_useCombo->addItem(enumLabel(use), static_cast<int>(use));
    m_deploymentsSpin = m_ui->deploymentsSpin;
    m_deploymentsSpin->setRange(1, kMaxDeployments);
    m_deploymentsSpin->setGroupSeparatorShown(true); // uic 6.4 has no setter for it by name
    m_unlimitedCheck = m_ui->unlimitedCheck;
    m_callsEdit = m_ui->callsEdit;
    m_attributionCheck = m_ui->attributionCheck;
    m_dateLabel = m_ui->dateLabel;

    m_verdictLabel = m_ui->verdictLabel;
    m_verdictLabel->setMinimumHeight(m_verdictLabel->fontMetrics().lineSpacing() * 3);

    m_buttons = m_ui->buttonBox;
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sell"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sellButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PurchaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_buyerCombo, &QComboBox::currentIndexChanged, this, &PurchaseDialog::buyerChanged);
    connect(m_tierCombo, &QComboBox::currentIndexChanged, this, &PurchaseDialog::tierChanged);
    connect(m_useCombo, &QComboBox::currentIndexChanged, this, &PurchaseDialog::updateQuote);
    connect(m_deploymentsSpin, &QSpinBox::valueChanged, this, &PurchaseDialog::updateQuote);
    connect(m_unlimitedCheck, &QCheckBox::toggled, this, [this](bool unlimited) {
        m_deploymentsSpin->setEnabled(!unlimited);
        updateQuote();
    });
    connect(m_callsEdit, &QLineEdit::textChanged, this, &PurchaseDialog::updateQuote);
    connect(m_attributionCheck, &QCheckBox::toggled, this, &PurchaseDialog::updateQuote);
}

void PurchaseDialog::loadChoices() {
    Database& db = m_workspace.database();
    const QLocale locale;
    const QSignalBlocker blockBuyers(m_buyerCombo);
    const QSignalBlocker blockTiers(m_tierCombo);

    auto config = EconomyRepository(db).loadConfig();
    m_config = config ? *config : EconomyConfig::defaults();

    auto model = ModelRepository(db).find(m_modelId);
    if (model && model->has_value()) {
        const ModelRecord& record = model->value();
        m_modelName = record.name;
        setWindowTitle(tr("Sell License — %1").arg(record.name));
        m_modelLabel->setText(
            tr("%1 — %2 %3, quality %4, %5")
                .arg(record.name, enumLabel(record.sizeClass), enumLabel(record.architecture),
                     record.composite ? locale.toString(*record.composite, 'f', 1) : tr("unknown"),
                     enumLabel(record.status).toLower()));
    } else {
        m_modelLabel->setText(tr("model %1 (not found)").arg(m_modelId));
    }

    if (auto listings = ListingRepository(db).forModel(m_modelId)) {
        for (const ListingRecord& listing : *listings)
            m_tierCombo->addItem(
                tr("%1 — %2").arg(enumLabel(listing.tier), listing.price.toDisplayString(locale)),
                static_cast<int>(listing.tier));
    }
    if (m_initialTier) {
        const int index = m_tierCombo->findData(static_cast<int>(*m_initialTier));
        if (index >= 0)
            m_tierCombo->setCurrentIndex(index);
    }

    if (auto buyers = BuyerRepository(db).all()) {
        for (const BuyerRecord& buyer : *buyers)
            m_buyerCombo->addItem(tr("%1 — %2, size %3, budget %4")
                                      .arg(buyer.name, enumLabel(buyer.type),
                                           locale.toString(buyer.size),
                                           buyer.budget.toDisplayString(locale)),
                                  buyer.id);
    }

    if (auto today = EconomyRepository(db).gameDate())
        m_dateLabel->setText(locale.toString(*today, QLocale::LongFormat));

    buyerChanged();
    tierChanged();
}

bool PurchaseDialog::selectBuyer(qint64 buyerId) {
    const int index = m_buyerCombo->findData(buyerId);
    if (index < 0)
        return false;
    m_buyerCombo->setCurrentIndex(index);
    return true;
}

bool PurchaseDialog::selectTier(LicenseTier tier) {
    const int index = m_tierCombo->findData(static_cast<int>(tier));
    if (index < 0)
        return false;
    m_tierCombo->setCurrentIndex(index);
    return true;
}

void PurchaseDialog::setDeployments(std::optional<int> deployments) {
    if (deployments)
        m_deploymentsSpin->setValue(*deployments);
    m_unlimitedCheck->setChecked(!deployments);
}

void PurchaseDialog::setMonthlyApiCalls(qint64 calls) {
    m_callsEdit->setText(QLocale().toString(calls));
}

void PurchaseDialog::buyerChanged() {
    // An academic buyer usually wants research use, everyone else business use.
    auto buyer =
        BuyerRepository(m_workspace.database()).find(m_buyerCombo->currentData().toLongLong());
    if (buyer && buyer->has_value()) {
        const QSignalBlocker block(m_useCombo);
        m_useCombo->setCurrentIndex(m_useCombo->findData(
            static_cast<int>(MarketplaceService::defaultUse(buyer->value().type))));
    }
    updateQuote();
}

void PurchaseDialog::tierChanged() {
    if (m_tierCombo->currentIndex() >= 0) {
        const auto tier = static_cast<LicenseTier>(m_tierCombo->currentData().toInt());
        const TierPolicy& policy = m_config.tier(tier);
        m_termsLabel->setText(tierPolicySummary(policy));
        const QSignalBlocker blockSpin(m_deploymentsSpin);
        const QSignalBlocker blockCheck(m_unlimitedCheck);
        setDeployments(MarketplaceService::defaultDeployments(policy));
        m_deploymentsSpin->setEnabled(!m_unlimitedCheck->isChecked());
        // Only a tier that requires attribution asks for it.
        m_form->setRowVisible(m_attributionCheck, policy.attributionRequired);
    } else {
        m_termsLabel->clear();
    }
    updateQuote();
}

std::optional<qint64> PurchaseDialog::parsedCalls() const {
    const QLocale locale;
    QString text = m_callsEdit->text().trimmed();
    text.remove(locale.groupSeparator());
    text.remove(u' ');
    bool ok = false;
    const qint64 calls = text.isEmpty() ? 0 : locale.toLongLong(text, &ok);
    if (!text.isEmpty() && (!ok || calls < 0))
        return std::nullopt;
    return calls;
}

SaleRequest PurchaseDialog::request() const {
    SaleRequest sale;
    sale.modelId = m_modelId;
    sale.buyerId = m_buyerCombo->currentData().toLongLong();
    sale.tier = static_cast<LicenseTier>(m_tierCombo->currentData().toInt());
    sale.use = static_cast<IntendedUse>(m_useCombo->currentData().toInt());
    sale.deployments = m_unlimitedCheck->isChecked()
                           ? std::nullopt
                           : std::optional<int>(m_deploymentsSpin->value());
    sale.monthlyApiCalls = parsedCalls().value_or(0);
    sale.attributionAccepted = m_attributionCheck->isChecked();
    return sale;
}

QString PurchaseDialog::verdictText() const {
    return m_verdictLabel->text();
}

void PurchaseDialog::showVerdict(bool allowed, const QString& text, const QString& rule) {
    m_allowed = allowed;
    m_refusalRule = allowed ? QString() : rule;
    m_verdictLabel->setText(text);
    m_verdictLabel->setStyleSheet(allowed ? statusStyle::success(m_verdictLabel)
                                          : statusStyle::error(m_verdictLabel));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(allowed);
}

void PurchaseDialog::updateQuote() {
    if (m_tierCombo->count() == 0)
        return showVerdict(false, tr("The model is not listed in any tier; list it first."),
                           rules::kNotListed);
    if (m_buyerCombo->currentIndex() < 0)
        return showVerdict(false, tr("Choose a buyer."), rules::kBuyerNotFound);
    const std::optional<qint64> calls = parsedCalls();
    if (!calls)
        return showVerdict(false,
                           tr("Refused: the monthly API calls must be a whole number of 0 or "
                              "more, not '%1'.")
                               .arg(m_callsEdit->text()),
                           rules::kApiCalls);

    auto quoted = MarketplaceService(m_workspace.database()).quote(request());
    if (!quoted)
        return showVerdict(false,
                           tr("Refused (%1): %2").arg(quoted.error().rule, quoted.error().message),
                           quoted.error().rule);
    const SaleQuote& quote = *quoted;
    if (!quote.decision.allowed)
        return showVerdict(false,
                           tr("Refused by the tier rule “%1”: %2.")
                               .arg(quote.decision.rule, quote.decision.message),
                           quote.decision.rule);

    const QLocale locale;
    const Money fee = quote.listing ? quote.listing->price : Money();
    auto usage = Pricing::usageCharge(*calls, quote.policy.usageRatePer1000Calls);
    const QString usageText = usage ? usage->toDisplayString(locale) : tr("(too large)");
    const QString expiry =
        quote.policy.isPerpetual()
            ? tr("perpetual")
            : tr("expires %1%2")
                  .arg(locale.toString(quote.date.addMonths(quote.policy.termMonths),
                                       QLocale::ShortFormat),
                       quote.policy.renewable ? tr(" (renewable)") : QString());
    showVerdict(true, tr("Allowed: fee %1, usage about %2/month, %3. The buyer's budget goes "
                         "from %4 to %5.")
                          .arg(fee.toDisplayString(locale), usageText, expiry,
                               quote.buyer.budget.toDisplayString(locale),
                               (quote.buyer.budget - fee).toDisplayString(locale)));
}

void PurchaseDialog::accept() {
    updateQuote();
    if (!m_allowed)
        return;
    const SaleRequest sale = request();
    auto* command = new SellLicenseCommand(
        m_workspace, sale, tr("sell a %1 license of '%2'").arg(enumLabel(sale.tier), m_modelName));
    const SellLicenseCommand* pushed = command;
    if (auto done = MarketCommand::push(m_workspace, command); !done)
        return showVerdict(false, tr("The sale failed: %1").arg(done.error().toString()),
                           done.error().rule);
    m_soldLicenseId = pushed->license().id;
    QDialog::accept();
}

PurchaseDialog::~PurchaseDialog() = default;

} // namespace mm
