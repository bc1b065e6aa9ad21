#pragma once

#include "core/EconomyConfig.h"
#include "data/Records.h"

#include <QDialog>
#include <array>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Ui {
class ListingDialog;
}

namespace mm {

class MoneyLineEdit;
class Workspace;

// Offers a completed model in license tiers: one checkbox per tier with a price prefilled with
// Pricing::recommendedPrice (or the current listing's price) and the tier's allowed range next
// to it. Checking a tier lists the model there, unchecking unlists it, a new price changes it.
// A price outside the range is refused with the reason and nothing is written; a model that is
// not Completed or Listed shows why it cannot be listed and every control is disabled. OK pushes
// one ListingCommand for all the changes.
//
// With `chooser` (or without a model id) the dialog starts with a model chooser holding the
// completed models, then the listed ones (by name; the first kMaxChoices), with `modelId`
// preselected.
//
// The layout is forms/ListingDialog.ui; the tier names, prices and ranges are filled in here.
class ListingDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kMaxChoices = 5000;

    ListingDialog(Workspace& workspace, std::optional<qint64> modelId, QWidget* parent = nullptr,
                  bool chooser = false);
    ~ListingDialog() override;

    qint64 modelId() const { return m_model.id; }
    bool canList() const { return m_canList; }
    // For tests and scripts: the same as clicking and typing.
    void setTierChecked(LicenseTier tier, bool checked);
    void setTierPrice(LicenseTier tier, const QString& text);
    QString errorText() const;
    QString reasonText() const;

public slots:
    void accept() override;

private:
    struct TierRow {
        QCheckBox* check = nullptr;
        MoneyLineEdit* price = nullptr;
        QLabel* range = nullptr;
        std::optional<ListingRecord> current;
    };

    void buildUi(bool withChooser);
    void loadModelChoices(std::optional<qint64> preselected);
    void loadModel(qint64 modelId);
    void showError(const QString& message);

    Workspace& m_workspace;
    std::unique_ptr<Ui::ListingDialog> m_ui;
    EconomyConfig m_config;
    ModelRecord m_model;
    bool m_canList = false;

    QComboBox* m_modelCombo = nullptr;
    QLabel* m_modelLabel = nullptr;
    QLabel* m_reasonLabel = nullptr;
    std::array<TierRow, 4> m_rows;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mm
