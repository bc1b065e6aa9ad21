#include "ui/marketplace/ListingDialog.h"

#include "core/Pricing.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/ListingRepository.h"
#include "data/MarketplaceService.h"
#include "data/ModelRepository.h"
#include "ui/marketplace/MarketCommands.h"
#include "ui/shell/MoneyLineEdit.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/Workspace.h"
#include "ui_ListingDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <algorithm>

namespace mm {

namespace {

int indexOf(LicenseTier tier) {
    return static_cast<int>(tier);
}

bool isListable(ModelStatus status) {
    return status == ModelStatus::Completed || status == ModelStatus::Listed;
}

} // namespace

ListingDialog::ListingDialog(Workspace& workspace, std::optional<qint64> modelId, QWidget* parent,
                             bool chooser)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::ListingDialog>()) {
    auto config = EconomyRepository(workspace.database()).loadConfig();
    m_config = config ? *config : EconomyConfig::defaults();
    const bool withChooser = chooser || !modelId;
    buildUi(withChooser);
    if (withChooser)
        loadModelChoices(modelId);
    else
        loadModel(*modelId);
}

void ListingDialog::buildUi(bool withChooser) {
    m_ui->setupUi(this);
    if (withChooser) {
        m_modelCombo = m_ui->modelCombo;
        m_modelCombo->completer()->setFilterMode(Qt::MatchContains);
        m_modelCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        connect(m_modelCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (index >= 0)
                loadModel(m_modelCombo->itemData(index).toLongLong());
        });
    } else {
        m_ui->form->removeRow(m_ui->modelCombo); // deletes the combo and its label
        m_ui->listingModelCaption->setText(tr("Model:"));
    }
    m_modelLabel = m_ui->listingModelLabel;

    m_reasonLabel = m_ui->listingReasonLabel;
    m_reasonLabel->setStyleSheet(statusStyle::error(m_reasonLabel));
    m_reasonLabel->hide();

    const std::array<TierRow, 4> formRows{{
        {m_ui->tierCheck_open_source, m_ui->priceEdit_open_source, m_ui->rangeLabel_open_source,
         std::nullopt},
        {m_ui->tierCheck_academic, m_ui->priceEdit_academic, m_ui->rangeLabel_academic,
         std::nullopt},
        {m_ui->tierCheck_commercial, m_ui->priceEdit_commercial, m_ui->rangeLabel_commercial,
         std::nullopt},
        {m_ui->tierCheck_enterprise, m_ui->priceEdit_enterprise, m_ui->rangeLabel_enterprise,
         std::nullopt},
    }};
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        TierRow& row = m_rows[static_cast<size_t>(indexOf(tier))];
        row = formRows[static_cast<size_t>(indexOf(tier))];
        row.check->setText(enumLabel(tier));
        row.price->setAccessibleName(tr("%1 price").arg(enumLabel(tier)));
        row.price->setMinimumWidth(
            row.price->fontMetrics().horizontalAdvance(QStringLiteral("$000,000,000.00")) + 16);
        connect(row.check, &QCheckBox::toggled, row.price, &QWidget::setEnabled);
        connect(row.price, &QLineEdit::textEdited, this, [this] { m_errorLabel->clear(); });
    }

    m_errorLabel = m_ui->listingErrorLabel;
    m_errorLabel->setStyleSheet(statusStyle::error(m_errorLabel));

    m_buttons = m_ui->buttonBox;
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("listingOkButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ListingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ListingDialog::loadModelChoices(std::optional<qint64> preselected) {
    // Completed models first: they are the ones waiting to be listed.
    auto choices = ModelRepository(m_workspace.database()).listableChoices(kMaxChoices);
    if (!choices) {
        showError(choices.error().toString());
        return;
    }
    {
        const QSignalBlocker block(m_modelCombo);
        for (const ModelRepository::Choice& choice : std::as_const(*choices))
            m_modelCombo->addItem(tr("%1 (%2)").arg(choice.name, enumLabel(choice.status)),
                                  choice.id);
    }
    if (preselected && m_modelCombo->findData(*preselected) < 0) {
        // Beyond the first kMaxChoices, or in another status: offer it anyway, the dialog
        // explains whether it can be listed.
        if (auto model = ModelRepository(m_workspace.database()).find(*preselected);
            model && model->has_value()) {
            const QSignalBlocker block(m_modelCombo);
            m_modelCombo->insertItem(
                0, tr("%1 (%2)").arg(model->value().name, enumLabel(model->value().status)),
                *preselected);
        }
    }
    if (m_modelCombo->count() > 0) {
        const int index = preselected ? std::max(0, m_modelCombo->findData(*preselected)) : 0;
        {
            const QSignalBlocker block(m_modelCombo);
            m_modelCombo->setCurrentIndex(index);
        }
        loadModel(m_modelCombo->itemData(index).toLongLong());
    } else {
        m_reasonLabel->setText(tr("No model is completed yet; train one first."));
        m_reasonLabel->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        for (TierRow& row : m_rows) {
            row.check->setEnabled(false);
            row.price->setEnabled(false);
        }
    }
}

void ListingDialog::loadModel(qint64 modelId) {
    Database& db = m_workspace.database();
    const QLocale locale;
    m_errorLabel->clear();
    auto model = ModelRepository(db).find(modelId);
    if (!model || !model->has_value()) {
        m_model = ModelRecord{};
        m_canList = false;
        m_reasonLabel->setText(model ? tr("There is no model with id %1.").arg(modelId)
                                     : model.error().toString());
        m_reasonLabel->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_model = model->value();
    setWindowTitle(tr("List Model — %1").arg(m_model.name));
    m_modelLabel->setText(
        tr("%1 — %2 %3, quality %4, %5")
            .arg(m_model.name, enumLabel(m_model.sizeClass), enumLabel(m_model.architecture),
                 m_model.composite ? locale.toString(*m_model.composite, 'f', 1) : tr("unknown"),
                 enumLabel(m_model.status).toLower()));

    m_canList = isListable(m_model.status);
    if (m_canList) {
        m_reasonLabel->hide();
    } else {
        m_reasonLabel->setText(tr("'%1' cannot be listed: only a completed model can be offered "
                                  "for sale, and it is %2.")
                                   .arg(m_model.name, enumLabel(m_model.status).toLower()));
        m_reasonLabel->show();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_canList);

    QList<ListingRecord> listings;
    if (auto read = ListingRepository(db).forModel(modelId))
        listings = *read;
    const Pricing pricing(m_config);
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        TierRow& row = m_rows[static_cast<size_t>(indexOf(tier))];
        row.current.reset();
        for (const ListingRecord& listing : listings) {
            if (listing.tier == tier)
                row.current = listing;
        }
        const Money recommended =
            pricing.recommendedPrice(tier, m_model.composite.value_or(0.0), m_model.sizeClass);
        const TierPolicy& policy = m_config.tier(tier);
        const bool free = policy.priceCeiling && policy.priceCeiling->isZero();
        const QString range = free ? tr("free") : MarketplaceService::rangeText(policy);
        row.check->setChecked(row.current.has_value());
        row.check->setEnabled(m_canList);
        row.price->setMoney(row.current ? row.current->price : recommended);
        row.price->setEnabled(m_canList && row.current.has_value());
        if (row.current)
            row.range->setText(
                tr("%1 · listed since %2")
                    .arg(range, locale.toString(row.current->listedOn, QLocale::ShortFormat)));
        else if (free)
            row.range->setText(range);
        else
            row.range->setText(
                tr("%1 · recommended %2").arg(range, recommended.toDisplayString(locale)));
    }
}

void ListingDialog::setTierChecked(LicenseTier tier, bool checked) {
    m_rows[static_cast<size_t>(indexOf(tier))].check->setChecked(checked);
}

void ListingDialog::setTierPrice(LicenseTier tier, const QString& text) {
    m_rows[static_cast<size_t>(indexOf(tier))].price->setText(text);
}

QString ListingDialog::errorText() const {
    return m_errorLabel->text();
}

QString ListingDialog::reasonText() const {
    return m_reasonLabel->isVisibleTo(this) ? m_reasonLabel->text() : QString();
}

void ListingDialog::showError(const QString& message) {
    m_errorLabel->setText(message);
}

void ListingDialog::accept() {
    if (!m_canList)
        return showError(m_reasonLabel->text());
    ListingCommand::Changes changes;
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        const TierRow& row = m_rows[static_cast<size_t>(indexOf(tier))];
        if (!row.check->isChecked()) {
            if (row.current)
                changes.insert(tier, std::nullopt);
            continue;
        }
        auto price = row.price->money(enumLabel(tier));
        if (!price) {
            row.price->setFocus();
            return showError(tr("%1 price: %2").arg(enumLabel(tier), price.error().message));
        }
        if (auto inRange = MarketplaceService::checkListingPrice(m_config.tier(tier), *price);
            !inRange) {
            row.price->setFocus();
            return showError(tr("Refused: %1.").arg(inRange.error().message));
        }
        if (!row.current || row.current->price != *price)
            changes.insert(tier, *price);
    }
    if (changes.isEmpty()) {
        QDialog::accept(); // nothing to change
        return;
    }
    const bool wasListed = m_model.status == ModelStatus::Listed;
    auto* command =
        new ListingCommand(m_workspace, m_model.id, changes,
                           wasListed ? tr("change the listings of '%1'").arg(m_model.name)
                                     : tr("list '%1'").arg(m_model.name));
    if (auto done = MarketCommand::push(m_workspace, command); !done)
        return showError(tr("Refused: %1").arg(done.error().toString()));
    QDialog::accept();
}

ListingDialog::~ListingDialog() = default;

} // namespace mm
