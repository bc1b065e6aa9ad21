#pragma once

#include "core/BalanceRule.h"
#include "core/Scenario.h"
#include "ui/shell/WorkspaceCommand.h"

#include <optional>

namespace mm {

// Puts one stored scenario from one state into another: created (no `before`), changed (both),
// or deleted (no `after`) -- one transaction, one undo step. A redo or undo first finds the
// scenario exactly as this command left it, or refuses naming it.
class ScenarioCommand : public WorkspaceCommand {
public:
    ScenarioCommand(Workspace& workspace, const QString& text, std::optional<Scenario> before,
                    std::optional<Scenario> after);
    // The scenario's id once applied (a new scenario gets it on the first application).
    qint64 scenarioId() const;

protected:
    Status applyFirst() override;
    Status applyRedo() override { return write(m_before, m_after); }
    Status applyUndo() override { return write(m_after, m_before); }

private:
    Status write(const std::optional<Scenario>& expected, const std::optional<Scenario>& wanted);

    std::optional<Scenario> m_before;
    std::optional<Scenario> m_after;
};

// The same for one balance rule.
class BalanceRuleCommand : public WorkspaceCommand {
public:
    BalanceRuleCommand(Workspace& workspace, const QString& text, std::optional<BalanceRule> before,
                       std::optional<BalanceRule> after);

protected:
    Status applyFirst() override;
    Status applyRedo() override { return write(m_before, m_after); }
    Status applyUndo() override { return write(m_after, m_before); }

private:
    Status write(const std::optional<BalanceRule>& expected,
                 const std::optional<BalanceRule>& wanted);

    std::optional<BalanceRule> m_before;
    std::optional<BalanceRule> m_after;
};

} // namespace mm
