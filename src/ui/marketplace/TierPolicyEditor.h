#pragma once

#include "core/EconomyConfig.h"
#include "core/Result.h"

#include <QWidget>
#include <array>
#include <memory>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Ui {
class TierPolicyEditor;
}

namespace mm {

class MoneyLineEdit;
class Workspace;

// The four tiers' policies side by side, one column per tier and one row per rule, so a designer
// compares them at a glance: price floor and ceiling (or none), attribution, research-only,
// required use, allowed buyer types, deployment cap (or unlimited), unlimited-only, minimum buyer
// size, usage rate per 1,000 API calls, term (perpetual or months) and renewal.
//
// Apply (Ctrl+Return) checks every tier with TierPolicy::validate and refuses with the reasons in
// a red label, writing nothing; otherwise the changed tiers become one TierPolicyCommand (one
// transaction, one undo step). Revert reloads the stored policies. With no edits pending the
// editor follows the database (Workspace::changed to the economy settings, e.g. after an undo,
// and Workspace::economyChanged).
class TierPolicyEditor : public QWidget {
    Q_OBJECT

public:
    explicit TierPolicyEditor(Workspace& workspace, QWidget* parent = nullptr);
    ~TierPolicyEditor() override;

    bool isModified() const { return m_modified; }
    QString errorText() const;
    // The policy as the column for `tier` currently says, or why it is not a valid one.
    Result<TierPolicy> policyFromFields(LicenseTier tier) const;

    // Shows the editor in a dialog of its own (Tier Policies… in the Marketplace area).
    static void showDialog(Workspace& workspace, QWidget* parent);

public slots:
    // True when the edits were saved (or there were none).
    bool apply();
    void revert();

signals:
    void applied();

private:
    struct TierFields {
        MoneyLineEdit* floor = nullptr;
        MoneyLineEdit* ceiling = nullptr;
        QCheckBox* noCeiling = nullptr;
        MoneyLineEdit* reference = nullptr;
        QCheckBox* attribution = nullptr;
        QCheckBox* researchOnly = nullptr;
        QComboBox* requiredUse = nullptr;
        std::array<QCheckBox*, 4> buyerTypes{};
        QSpinBox* deploymentCap = nullptr;
        QCheckBox* unlimitedCap = nullptr;
        QCheckBox* unlimitedOnly = nullptr;
        QSpinBox* minBuyerSize = nullptr;
        MoneyLineEdit* usageRate = nullptr;
        QSpinBox* termMonths = nullptr;
        QCheckBox* perpetual = nullptr;
        QCheckBox* renewable = nullptr;
    };

    void buildUi();
    void buildColumn(LicenseTier tier, QGridLayout* grid, int column);
    void load();
    void fill(const TierPolicy& policy);
    void updateEnabled(LicenseTier tier);
    void markModified();
    void showError(const QString& message);
    TierFields& fields(LicenseTier tier) { return m_fields[static_cast<size_t>(tier)]; }
    const TierFields& fields(LicenseTier tier) const { return m_fields[static_cast<size_t>(tier)]; }

    Workspace& m_workspace;
    // The layout is forms/TierPolicyEditor.ui; the tier columns are built in buildColumn().
    std::unique_ptr<Ui::TierPolicyEditor> m_ui;
    std::array<TierFields, 4> m_fields;
    QList<TierPolicy> m_loaded;
    bool m_modified = false;
    bool m_filling = false;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_revertButton = nullptr;
};

} // namespace mm
