#pragma once

#include "core/DemandConfig.h"
#include "ui/shell/WorkspaceCommand.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace mm {

class Workspace;

// Replaces the market's demand parameters and seed: one transaction, one undo step. A redo or
// undo finds the stored parameters as this command left them, or refuses.
class MarketParametersCommand : public WorkspaceCommand {
public:
    MarketParametersCommand(Workspace& workspace, DemandConfig before, quint64 seedBefore,
                            DemandConfig after, quint64 seedAfter);

protected:
    Status applyRedo() override { return write(m_before, m_seedBefore, m_after, m_seedAfter); }
    Status applyUndo() override { return write(m_after, m_seedAfter, m_before, m_seedBefore); }

private:
    Status write(const DemandConfig& expected, quint64 expectedSeed, const DemandConfig& wanted,
                 quint64 wantedSeed);

    DemandConfig m_before;
    DemandConfig m_after;
    quint64 m_seedBefore;
    quint64 m_seedAfter;
};

// Game ▸ Market Parameters…: how each type of buyer decides (a row per parameter, a column per
// buyer type) and the market-wide numbers, as in docs/economy.md. OK validates every value and
// names the first one out of range (demand.startup.needPerMonth …), writing nothing; otherwise
// the change is one undo step.
class MarketParametersDialog : public QDialog {
    Q_OBJECT
public:
    explicit MarketParametersDialog(Workspace& workspace, QWidget* parent = nullptr);

    // The parameters the form holds, or why they cannot be used.
    Result<DemandConfig> demand() const;
    QTableWidget* table() const { return m_table; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    void fill(const DemandConfig& demand, quint64 seed);

    Workspace& m_workspace;
    DemandConfig m_loaded;
    quint64 m_loadedSeed = 0;
    QTableWidget* m_table = nullptr;
    QDoubleSpinBox* m_outside = nullptr;
    QDoubleSpinBox* m_visibility = nullptr;
    QDoubleSpinBox* m_openSourceWeight = nullptr;
    QDoubleSpinBox* m_loyalty = nullptr;
    QLineEdit* m_seed = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mm
