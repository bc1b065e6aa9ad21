#include "ui/marketplace/TierPolicyEditor.h"

#include "data/EconomyRepository.h"
#include "data/TableNames.h"
#include "ui/marketplace/MarketCommands.h"
#include "ui/shell/MoneyLineEdit.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/Workspace.h"
#include "ui_TierPolicyDialog.h"
#include "ui_TierPolicyEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mm {

namespace {

constexpr int kMaxDeploymentCap = 1'000'000;
constexpr int kMaxBuyerSize = 10'000'000;
constexpr int kMaxTermMonths = 1200;

// The grid's rows, one per rule, as forms/TierPolicyEditor.ui lays out their labels.
enum Row {
    HeaderRow,
    FloorRow,
    CeilingRow,
    ReferenceRow,
    AttributionRow,
    ResearchOnlyRow,
    RequiredUseRow,
    BuyersRow,
    CapRow,
    UnlimitedOnlyRow,
    MinSizeRow,
    UsageRow,
    TermRow,
    RenewableRow,
};

QString fieldName(const char* field, LicenseTier tier) {
    return QStringLiteral("%1_%2").arg(QLatin1StringView(field), enumKey(tier));
}

QWidget* pair(QWidget* parent, QWidget* first, QWidget* second) {
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first, 1);
    layout->addWidget(second);
    return box;
}

} // namespace

TierPolicyEditor::TierPolicyEditor(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::TierPolicyEditor>()) {
    buildUi();
    load();
    const auto reloadUnlessEdited = [this] {
        if (!m_modified)
            load();
    };
    connect(&workspace, &Workspace::economyChanged, this, reloadUnlessEdited);
    workspace.onTablesChanged(this, dbtable::economyConfigTables(), reloadUnlessEdited);
}

void TierPolicyEditor::buildUi() {
    m_ui->setupUi(this);
    // The rule labels are in the form; a column per tier is added here.
    QGridLayout* grid = m_ui->policyGrid;
    int column = 1;
    for (LicenseTier tier : enumValues<LicenseTier>())
        buildColumn(tier, grid, column++);
    grid->setRowStretch(RenewableRow + 1, 1);
    for (int c = 1; c < column; ++c)
        grid->setColumnStretch(c, 1);

    m_errorLabel = m_ui->tierPolicyError;
    m_errorLabel->setStyleSheet(statusStyle::error(m_errorLabel));

    m_revertButton = m_ui->revertTierPolicies;
    m_applyButton = m_ui->applyTierPolicies;
    connect(m_applyButton, &QPushButton::clicked, this, &TierPolicyEditor::apply);
    connect(m_revertButton, &QPushButton::clicked, this, &TierPolicyEditor::revert);
    auto* applyShortcut = new QShortcut(QKeySequence(tr("Ctrl+Return")), this);
    applyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(applyShortcut, &QShortcut::activated, this, &TierPolicyEditor::apply);
}

void TierPolicyEditor::buildColumn(LicenseTier tier, QGridLayout* grid, int column) {
    QWidget* page = grid->parentWidget();
    TierFields& f = fields(tier);
    const QString tierName = enumLabel(tier);

    auto* header = new QLabel(QStringLiteral("<b>%1</b>").arg(tierName.toHtmlEscaped()), page);
    grid->addWidget(header, HeaderRow, column);

    const auto money = [&](const char* name, const QString& accessible) {
        auto* edit = new MoneyLineEdit(page);
        edit->setObjectName(fieldName(name, tier));
        edit->setAccessibleName(QStringLiteral("%1 %2").arg(tierName, accessible));
        connect(edit, &QLineEdit::textEdited, this, &TierPolicyEditor::markModified);
        return edit;
    };
    const auto check = [&](const char* name, const QString& text) {
        auto* box = new QCheckBox(text, page);
        box->setObjectName(fieldName(name, tier));
        box->setAccessibleName(QStringLiteral("%1: %2").arg(tierName, text));
        connect(box, &QCheckBox::toggled, this, [this, tier] {
            updateEnabled(tier);
            markModified();
        });
        return box;
    };
    const auto spin = [&](const char* name, int minimum, int maximum, const QString& accessible) {
        auto* box = new QSpinBox(page);
        box->setObjectName(fieldName(name, tier));
        box->setAccessibleName(QStringLiteral("%1 %2").arg(tierName, accessible));
        box->setRange(minimum, maximum);
        box->setGroupSeparatorShown(true);
        connect(box, &QSpinBox::valueChanged, this, &TierPolicyEditor::markModified);
        return box;
    };

    f.floor = money("floorEdit", tr("price floor"));
    grid->addWidget(f.floor, FloorRow, column);
    f.ceiling = money("ceilingEdit", tr("price ceiling"));
    f.noCeiling = check("noCeilingCheck", tr("None"));
    grid->addWidget(pair(page, f.ceiling, f.noCeiling), CeilingRow, column);
    f.reference = money("referenceEdit", tr("pricing reference"));
    grid->addWidget(f.reference, ReferenceRow, column);
    f.attribution = check("attributionCheck", tr("Required"));
    grid->addWidget(f.attribution, AttributionRow, column);
    f.researchOnly = check("researchOnlyCheck", tr("Research use only"));
    grid->addWidget(f.researchOnly, ResearchOnlyRow, column);

    f.requiredUse = new QComboBox(page);
    f.requiredUse->setObjectName(fieldName("requiredUseCombo", tier));
    f.requiredUse->setAccessibleName(tr("%1 required use").arg(tierName));
    f.requiredUse->addItem(tr("Any use"), -1);
    for (IntendedUse use : enumValues<IntendedUse>())
        f.requiredUse->addItem(enumLabel(use), static_cast<int>(use));
    connect(f.requiredUse, &QComboBox::currentIndexChanged, this, &TierPolicyEditor::markModified);
    grid->addWidget(f.requiredUse, RequiredUseRow, column);

    auto* buyers = new QWidget(page);
    auto* buyersLayout = new QVBoxLayout(buyers);
    buyersLayout->setContentsMargins(0, 0, 0, 0);
    buyersLayout->setSpacing(2);
    for (BuyerType type : enumValues<BuyerType>()) {
        QCheckBox* box = check("buyerCheck", enumLabel(type));
        box->setObjectName(QStringLiteral("buyerCheck_%1_%2").arg(enumKey(tier), enumKey(type)));
        f.buyerTypes[static_cast<size_t>(type)] = box;
        buyersLayout->addWidget(box);
    }
    grid->addWidget(buyers, BuyersRow, column);

    f.deploymentCap = spin("capSpin", 1, kMaxDeploymentCap, tr("deployment cap"));
    f.unlimitedCap = check("unlimitedCapCheck", tr("Unlimited"));
    grid->addWidget(pair(page, f.deploymentCap, f.unlimitedCap), CapRow, column);
    f.unlimitedOnly = check("unlimitedOnlyCheck", tr("Unlimited only"));
    f.unlimitedOnly->setToolTip(tr("Every license of this tier allows unlimited deployments"));
    grid->addWidget(f.unlimitedOnly, UnlimitedOnlyRow, column);
    f.minBuyerSize = spin("minBuyerSizeSpin", 0, kMaxBuyerSize, tr("minimum buyer size"));
    grid->addWidget(f.minBuyerSize, MinSizeRow, column);
    f.usageRate = money("usageRateEdit", tr("usage rate per 1,000 API calls"));
    grid->addWidget(f.usageRate, UsageRow, column);
    f.termMonths = spin("termSpin", 1, kMaxTermMonths, tr("term in months"));
    f.termMonths->setSuffix(tr(" months"));
    f.perpetual = check("perpetualCheck", tr("Perpetual"));
    grid->addWidget(pair(page, f.termMonths, f.perpetual), TermRow, column);
    f.renewable = check("renewableCheck", tr("Renewable"));
    grid->addWidget(f.renewable, RenewableRow, column);

    // One tier after the other: Tab walks down a column, then on to the next tier.
    QWidget* order[] = {f.floor,         f.ceiling,       f.noCeiling,     f.reference,
                        f.attribution,   f.researchOnly,  f.requiredUse,   f.buyerTypes[0],
                        f.buyerTypes[1], f.buyerTypes[2], f.buyerTypes[3], f.deploymentCap,
                        f.unlimitedCap,  f.unlimitedOnly, f.minBuyerSize,  f.usageRate,
                        f.termMonths,    f.perpetual,     f.renewable};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    if (tier != LicenseTier::OpenSource)
        setTabOrder(fields(static_cast<LicenseTier>(static_cast<int>(tier) - 1)).renewable,
                    f.floor);
}

void TierPolicyEditor::load() {
    auto config = EconomyRepository(m_workspace.database()).loadConfig();
    if (!config) {
        showError(config.error().toString());
        return;
    }
    m_loaded.clear();
    m_filling = true;
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        m_loaded.append(config->tier(tier));
        fill(config->tier(tier));
    }
    m_filling = false;
    m_modified = false;
    m_applyButton->setEnabled(false);
    m_revertButton->setEnabled(false);
}

void TierPolicyEditor::fill(const TierPolicy& policy) {
    TierFields& f = fields(policy.tier);
    f.floor->setMoney(policy.priceFloor);
    f.noCeiling->setChecked(!policy.priceCeiling);
    f.ceiling->setText(policy.priceCeiling ? policy.priceCeiling->toDisplayString() : QString());
    f.reference->setMoney(policy.pricingReferenceCeiling);
    f.attribution->setChecked(policy.attributionRequired);
    f.researchOnly->setChecked(policy.researchOnly);
    f.requiredUse->setCurrentIndex(
        f.requiredUse->findData(policy.requiredUse ? static_cast<int>(*policy.requiredUse) : -1));
    for (BuyerType type : enumValues<BuyerType>())
        f.buyerTypes[static_cast<size_t>(type)]->setChecked(policy.allowsBuyer(type));
    f.unlimitedCap->setChecked(!policy.deploymentCap);
    f.deploymentCap->setValue(policy.deploymentCap.value_or(1));
    f.unlimitedOnly->setChecked(policy.unlimitedDeploymentsOnly);
    f.minBuyerSize->setValue(policy.minBuyerSize);
    f.usageRate->setMoney(policy.usageRatePer1000Calls);
    f.perpetual->setChecked(policy.isPerpetual());
    f.termMonths->setValue(policy.isPerpetual() ? 12 : policy.termMonths);
    f.renewable->setChecked(policy.renewable);
    updateEnabled(policy.tier);
}

void TierPolicyEditor::updateEnabled(LicenseTier tier) {
    TierFields& f = fields(tier);
    f.ceiling->setEnabled(!f.noCeiling->isChecked());
    f.reference->setEnabled(f.noCeiling->isChecked());
    f.deploymentCap->setEnabled(!f.unlimitedCap->isChecked());
    f.termMonths->setEnabled(!f.perpetual->isChecked());
    f.renewable->setEnabled(!f.perpetual->isChecked());
}

void TierPolicyEditor::markModified() {
    if (m_filling)
        return;
    m_modified = true;
    m_applyButton->setEnabled(true);
    m_revertButton->setEnabled(true);
}

QString TierPolicyEditor::errorText() const {
    return m_errorLabel->text();
}

void TierPolicyEditor::showError(const QString& message) {
    m_errorLabel->setText(message);
}

Result<TierPolicy> TierPolicyEditor::policyFromFields(LicenseTier tier) const {
    const TierFields& f = fields(tier);
    const QString where = enumLabel(tier);
    TierPolicy policy = m_loaded.value(static_cast<int>(tier));
    policy.tier = tier;
    auto floor = f.floor->money();
    if (!floor)
        return makeError(tr("price floor: %1").arg(floor.error().message), where,
                         floor.error().rule);
    policy.priceFloor = *floor;
    if (f.noCeiling->isChecked()) {
        policy.priceCeiling.reset();
        auto reference = f.reference->money();
        if (!reference)
            return makeError(tr("pricing reference: %1").arg(reference.error().message), where,
                             reference.error().rule);
        policy.pricingReferenceCeiling = *reference;
    } else {
        auto ceiling = f.ceiling->money();
        if (!ceiling)
            return makeError(tr("price ceiling: %1").arg(ceiling.error().message), where,
                             ceiling.error().rule);
        policy.priceCeiling = *ceiling;
    }
    policy.attributionRequired = f.attribution->isChecked();
    policy.researchOnly = f.researchOnly->isChecked();
    const int use = f.requiredUse->currentData().toInt();
    policy.requiredUse =
        use < 0 ? std::nullopt : std::optional<IntendedUse>(static_cast<IntendedUse>(use));
    policy.allowedBuyerTypes.clear();
    for (BuyerType type : enumValues<BuyerType>()) {
        if (f.buyerTypes[static_cast<size_t>(type)]->isChecked())
            policy.allowedBuyerTypes.append(type);
    }
    policy.deploymentCap =
        f.unlimitedCap->isChecked() ? std::nullopt : std::optional<int>(f.deploymentCap->value());
    policy.unlimitedDeploymentsOnly = f.unlimitedOnly->isChecked();
    policy.minBuyerSize = f.minBuyerSize->value();
    auto rate = f.usageRate->money();
    if (!rate)
        return makeError(tr("usage rate: %1").arg(rate.error().message), where, rate.error().rule);
    policy.usageRatePer1000Calls = *rate;
    policy.termMonths = f.perpetual->isChecked() ? 0 : f.termMonths->value();
    policy.renewable = !f.perpetual->isChecked() && f.renewable->isChecked();
    if (auto valid = policy.validate(); !valid)
        return valid.error();
    return policy;
}

bool TierPolicyEditor::apply() {
    QList<TierPolicy> before;
    QList<TierPolicy> after;
    QStringList problems;
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        auto policy = policyFromFields(tier);
        if (!policy) {
            problems << policy.error().toString();
            continue;
        }
        const TierPolicy& stored = m_loaded.value(static_cast<int>(tier));
        // The buyer list's order carries no meaning; compare it as a set.
        TierPolicy comparable = *policy;
        comparable.allowedBuyerTypes = stored.allowedBuyerTypes;
        const bool sameBuyers =
            policy->allowedBuyerTypes.size() == stored.allowedBuyerTypes.size() &&
            std::all_of(stored.allowedBuyerTypes.cbegin(), stored.allowedBuyerTypes.cend(),
                        [&](BuyerType type) { return policy->allowsBuyer(type); });
        if (sameBuyers && comparable == stored)
            continue;
        before.append(stored);
        after.append(*policy);
    }
    if (!problems.isEmpty()) {
        showError(tr("Not saved: %1").arg(problems.join(QStringLiteral("; "))));
        return false;
    }
    if (after.isEmpty()) {
        showError({});
        load();
        return true;
    }
    if (auto done =
            MarketCommand::push(m_workspace, new TierPolicyCommand(m_workspace, before, after));
        !done) {
        showError(tr("Not saved: %1").arg(done.error().toString()));
        return false;
    }
    showError({});
    load();
    emit applied();
    return true;
}

void TierPolicyEditor::revert() {
    showError({});
    load();
}

namespace {

// Closing with edits pending (Close or Escape) asks first, so a half-finished edit is neither
// lost silently nor saved without the designer meaning to.
class TierPolicyDialog : public QDialog {
public:
    TierPolicyDialog(Workspace& workspace, QWidget* parent)
        : QDialog(parent)
        , m_editor(new TierPolicyEditor(workspace, this)) {
        m_ui.setupUi(this);
        m_ui.dialogLayout->insertWidget(0, m_editor, 1);
        connect(m_ui.buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
        resize(sizeHint().expandedTo(QSize(1100, 640)));
    }

    void reject() override {
        if (m_editor->isModified()) {
            const auto answer = QMessageBox::question(
                this, TierPolicyEditor::tr("Unsaved Tier Policies"),
                TierPolicyEditor::tr("The tier policies have changes that are not applied yet."),
                QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel,
                QMessageBox::Apply);
            if (answer == QMessageBox::Cancel)
                return;
            if (answer == QMessageBox::Apply && !m_editor->apply())
                return; // the editor shows why
        }
        QDialog::reject();
    }

private:
    Ui::TierPolicyDialog m_ui;
    TierPolicyEditor* m_editor;
};

} // namespace

void TierPolicyEditor::showDialog(Workspace& workspace, QWidget* parent) {
    TierPolicyDialog dialog(workspace, parent);
    dialog.exec();
}

TierPolicyEditor::~TierPolicyEditor() = default;

} // namespace mm
