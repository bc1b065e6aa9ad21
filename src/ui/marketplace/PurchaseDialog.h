#pragma once

#include "core/EconomyConfig.h"
#include "data/MarketplaceService.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ui {
class PurchaseDialog;
}

namespace mm {

class Workspace;

// Sells a license on one model: buyer, tier (from the model's listings), intended use,
// deployments, expected monthly API calls, on the game date. Every change of an input asks
// MarketplaceService::quote() (a few indexed reads, no writes) and shows the verdict: what the
// sale would cost and earn, or the rule that refuses it, in red, with Sell disabled. Sell pushes
// a SellLicenseCommand, so the sale is one undo step.
class PurchaseDialog : public QDialog {
    Q_OBJECT

public:
    PurchaseDialog(Workspace& workspace, qint64 modelId,
                   std::optional<LicenseTier> tier = std::nullopt, QWidget* parent = nullptr);
    ~PurchaseDialog() override;

    // For scripts and tests; the same as choosing in the combos.
    bool selectBuyer(qint64 buyerId);
    bool selectTier(LicenseTier tier);
    void setDeployments(std::optional<int> deployments);
    void setMonthlyApiCalls(qint64 calls);

    SaleRequest request() const;
    // The verdict as shown; the rule key of a refusal (empty when the sale is allowed).
    QString verdictText() const;
    QString refusalRule() const { return m_refusalRule; }
    bool isSaleAllowed() const { return m_allowed; }
    // The license sold by accept(), or 0.
    qint64 soldLicenseId() const { return m_soldLicenseId; }

public slots:
    void accept() override;

private:
    void buildUi();
    void loadChoices();
    void buyerChanged();
    void tierChanged();
    void updateQuote();
    void showVerdict(bool allowed, const QString& text, const QString& rule = {});
    std::optional<qint64> parsedCalls() const;

    Workspace& m_workspace;
    qint64 m_modelId = 0;
    QString m_modelName;
    std::optional<LicenseTier> m_initialTier;
    EconomyConfig m_config;

    // The layout is forms/PurchaseDialog.ui; the members below point into it.
    std::unique_ptr<Ui::PurchaseDialog> m_ui;
    QFormLayout* m_form = nullptr;
    QLabel* m_modelLabel = nullptr;
    QComboBox* m_buyerCombo = nullptr;
    QComboBox* m_tierCombo = nullptr;
    QComboBox* m_useCombo = nullptr;
    QSpinBox* m_deploymentsSpin = nullptr;
    QCheckBox* m_unlimitedCheck = nullptr;
    QLineEdit* m_callsEdit = nullptr;
    QCheckBox* m_attributionCheck = nullptr;
    QLabel* m_dateLabel = nullptr;
    QLabel* m_termsLabel = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    bool m_allowed = false;
    QString m_refusalRule;
    qint64 m_soldLicenseId = 0;
};

} // namespace mm
