#pragma once

#include "core/BalanceRule.h"
#include "core/Scenario.h"
#include "ui/shell/EditableArea.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace mm {

class BalancePanel;
class ScenarioComparePage;
class ScenarioParameterModel;
class SensitivityPage;
class Workspace;

// Balancing: named scenarios (sets of overrides on the economy's numbers) edited as a table, and
// the tools that compare them -- Compare, Sensitivity, Goal Seek and the Balance rules. Every
// change to a scenario or a rule is one undo step; the analyses run in the background and never
// write.
class ScenariosArea : public QWidget, public EditableArea {
    Q_OBJECT
public:
    enum Page { ParametersPage, ComparePage, SensitivityTab, BalanceTab };

    explicit ScenariosArea(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    const QList<Scenario>& scenarios() const { return m_scenarios; }
    std::optional<Scenario> currentScenario() const;
    bool selectScenario(const QString& name);
    void showPage(Page page);

    // The actions behind the buttons, for tests and the menu.
    bool createScenario(const QString& name);
    bool duplicateScenario(const QString& newName);
    bool renameScenario(const QString& newName);
    bool deleteScenario();
    // Empty value: back to the stored value. Refusals are shown in the area and returned.
    Status setOverride(const QString& path, const QString& value);
    Status importScenarios(const QString& path);
    Status exportScenarios(const QString& path, bool currentOnly);
    void openGoalSeek(const QString& path = {}, const QString& metric = {},
                      Statistic statistic = Statistic::P50);

    ScenarioParameterModel* parameterModel() const { return m_model; }
    QTableView* parameterView() const { return m_view; }
    QListWidget* scenarioList() const { return m_list; }
    ScenarioComparePage* comparePage() const { return m_compare; }
    SensitivityPage* sensitivityPage() const { return m_sensitivity; }
    BalancePanel* balancePanel() const { return m_balance; }
    QLabel* messageLabel() const { return m_message; }

    EditOperations supportedEdits() const override { return EditOperation::Copy; }
    void copySelection() override;

signals:
    void statusMessage(const QString& message);

private:
    void buildParametersPage(QWidget* page);
    void showCurrentScenario();
    void updateButtons();
    void showMessage(const QString& text);
    bool pushScenario(const QString& text, std::optional<Scenario> before,
                      std::optional<Scenario> after);

    Workspace& m_workspace;
    EconomyConfig m_config;
    QList<Scenario> m_scenarios;
    QList<BalanceRule> m_rules;
    qint64 m_currentId = 0;

    QListWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QTabWidget* m_pages = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_changedOnly = nullptr;
    QPushButton* m_resetParameter = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_view = nullptr;
    ScenarioParameterModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    ScenarioComparePage* m_compare = nullptr;
    SensitivityPage* m_sensitivity = nullptr;
    BalancePanel* m_balance = nullptr;
};

} // namespace mm
