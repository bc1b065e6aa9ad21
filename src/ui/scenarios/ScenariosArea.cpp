#include "ui/scenarios/ScenariosArea.h"

#include "data/EconomyRepository.h"
#include "data/ScenarioRepository.h"
#include "data/TableNames.h"
#include "models/ScenarioParameterModel.h"
#include "ui/scenarios/BalancePanel.h"
#include "ui/scenarios/GoalSeekDialog.h"
#include "ui/scenarios/MetricEdit.h"
#include "ui/scenarios/ScenarioCommands.h"
#include "ui/scenarios/ScenarioComparePage.h"
#include "ui/scenarios/SensitivityPage.h"
#include "ui/shell/AreaWidgets.h"
#include "ui/shell/TableSelectionCopy.h"
#include "ui/shell/Workspace.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mm {

namespace {

// Filters parameters by text (path or label) and, optionally, to the overridden ones.
class ParameterFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setChangedOnly(bool changedOnly) {
        m_changedOnly = changedOnly;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_changedOnly && !index.data(ScenarioParameterModel::kOverriddenRole).toBool())
            return false;
        const QRegularExpression pattern = filterRegularExpression();
        return index.data().toString().contains(pattern) ||
               index.data(ScenarioParameterModel::kPathRole).toString().contains(pattern);
    }

private:
    bool m_changedOnly = false;
};

} // namespace

ScenariosArea::ScenariosArea(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ScenarioParameterModel(this)) {
    setObjectName(QStringLiteral("scenariosArea"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Scenarios"));
    const auto button = [](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        return b;
    };
    m_new = button(tr("&New…"), "scenarioNew", tr("A new scenario with no changes yet"));
    m_duplicate = button(tr("D&uplicate…"), "scenarioDuplicate",
                         tr("A copy of the chosen scenario to vary further"));
    m_rename = button(tr("Rena&me…"), "scenarioRename", tr("Rename the chosen scenario (F2)"));
    m_delete = button(tr("&Delete"), "scenarioDelete", tr("Delete the chosen scenario (undoable)"));
    m_import = button(tr("&Import…"), "scenarioImport", tr("Read scenarios from a JSON file"));
    m_export = button(tr("E&xport…"), "scenarioExport", tr("Write the scenarios to a JSON file"));
    auto* listColumn = new QVBoxLayout;
    auto* listTitle = new QLabel(tr("&Scenarios"));
    listTitle->setBuddy(m_list);
    listColumn->addWidget(listTitle);
    listColumn->addWidget(m_list, 1);
    for (QPushButton* b : {m_new, m_duplicate, m_rename, m_delete, m_import, m_export})
        listColumn->addWidget(b);
    auto* listWidget = new QWidget;
    listWidget->setLayout(listColumn);

    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("scenarioPages"));
    auto* parametersPage = new QWidget;
    buildParametersPage(parametersPage);
    m_compare = new ScenarioComparePage(workspace);
    m_sensitivity = new SensitivityPage(workspace);
    m_balance = new BalancePanel(workspace);
    m_pages->addTab(parametersPage, tr("Parameters"));
    m_pages->addTab(m_compare, tr("Compare"));
    m_pages->addTab(m_sensitivity, tr("Sensitivity"));
    m_pages->addTab(m_balance, tr("Balance"));

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(listWidget);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_currentId = row >= 0 && row < m_scenarios.size() ? m_scenarios.at(row).id : 0;
        showCurrentScenario();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this] { m_pages->setCurrentIndex(ParametersPage); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Scenario"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            createScenario(name);
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const auto current = currentScenario();
        if (!current)
            return;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Duplicate Scenario"), tr("Name of the copy:"),
                                  QLineEdit::Normal, tr("%1 (copy)").arg(current->name), &ok);
        if (ok)
            duplicateScenario(name);
    });
    const auto askRename = [this] {
        const auto current = currentScenario();
        if (!current)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Scenario"), tr("New name:"),
                                                   QLineEdit::Normal, current->name, &ok);
        if (ok)
            renameScenario(name);
    };
    connect(m_rename, &QPushButton::clicked, this, askRename);
    auto* renameAction = areaWidgets::addAreaAction(this, QStringLiteral("scenarioRenameAction"),
                                                    tr("Rename Scenario"), {Qt::Key_F2});
    connect(renameAction, &QAction::triggered, this, askRename);
    connect(m_delete, &QPushButton::clicked, this, &ScenariosArea::deleteScenario);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Scenarios"), QString(),
                                                          tr("Scenarios (*.json)"));
        if (!path.isEmpty())
            static_cast<void>(importScenarios(path)); // a refusal is shown in the area
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Scenarios"),
                                                          QStringLiteral("scenarios.json"),
                                                          tr("Scenarios (*.json)"));
        if (!path.isEmpty())
            static_cast<void>(exportScenarios(path, false));
    });
    auto* runAction =
        areaWidgets::addAreaAction(this, QStringLiteral("scenarioRunAction"), tr("Run"),
                                   {QKeySequence(Qt::CTRL | Qt::Key_Return)});
    connect(runAction, &QAction::triggered, this, [this] {
        switch (m_pages->currentIndex()) {
        case ComparePage:
            m_compare->run();
            break;
        case SensitivityTab:
            m_sensitivity->run();
            break;
        case BalanceTab:
            m_balance->check();
            break;
        default:
            m_pages->setCurrentIndex(ComparePage);
            m_compare->run();
        }
    });
    connect(m_model, &ScenarioParameterModel::overrideEdited, this,
            [this](const QString& path, const QString& value) {
                static_cast<void>(setOverride(path, value));
            });
    connect(m_sensitivity, &SensitivityPage::goalSeekRequested, this, &ScenariosArea::openGoalSeek);
    for (QObject* page : {static_cast<QObject*>(m_compare), static_cast<QObject*>(m_sensitivity),
                          static_cast<QObject*>(m_balance)})
        connect(page, SIGNAL(statusMessage(QString)), this, SIGNAL(statusMessage(QString)));
    connect(&m_workspace, &Workspace::economyChanged, this, &ScenariosArea::reload);
    m_workspace.onTablesChanged(this,
                                dbtable::economyConfigTables() + QList{dbtable::scenarios,
                                                                       dbtable::scenarioOverrides,
                                                                       dbtable::balanceRules},
                                [this] { reload(); });
    reload();
}

void ScenariosArea::buildParametersPage(QWidget* page) {
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("scenarioFilter"));
    m_filter->setPlaceholderText(tr("Find a parameter: floor, enterprise, needPerMonth…"));
    m_filter->setClearButtonEnabled(true);
    m_changedOnly = new QCheckBox(tr("C&hanged only"));
    m_changedOnly->setObjectName(QStringLiteral("scenarioChangedOnly"));
    m_resetParameter = new QPushButton(tr("&Reset to Stored Value"));
    m_resetParameter->setObjectName(QStringLiteral("scenarioResetParameter"));
    auto* seek = new QPushButton(tr("&Goal Seek…"));
    seek->setObjectName(QStringLiteral("scenarioGoalSeek"));
    m_message = areaWidgets::makeMessageLabel(this, QStringLiteral("scenarioMessage"));
    auto* proxy = new ParameterFilter(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView;
    areaWidgets::configureRecordTable(m_view, QStringLiteral("scenarioParameters"),
                                      tr("Parameters of the scenario"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(ScenarioParameterModel::Parameter, 320);
    m_view->setColumnWidth(ScenarioParameterModel::Change, 90);
    m_view->horizontalHeader()->setSectionResizeMode(ScenarioParameterModel::Path,
                                                     QHeaderView::Stretch);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_changedOnly);
    tools->addWidget(m_resetParameter);
    tools->addWidget(seek);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_changedOnly, &QCheckBox::toggled, this,
            [proxy](bool on) { proxy->setChangedOnly(on); });
    connect(m_resetParameter, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            static_cast<void>(
                setOverride(current.data(ScenarioParameterModel::kPathRole).toString(), QString()));
    });
    connect(seek, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        openGoalSeek(current.isValid() ? current.data(ScenarioParameterModel::kPathRole).toString()
                                       : QString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScenariosArea::updateButtons);
}

void ScenariosArea::reload() {
    Database& db = m_workspace.database();
    auto config = EconomyRepository(db).loadConfig();
    auto scenarios = ScenarioRepository(db).list();
    auto rules = BalanceRuleRepository(db).list();
    if (!config || !scenarios || !rules) {
        showMessage(!config      ? config.error().toString()
                    : !scenarios ? scenarios.error().toString()
                                 : rules.error().toString());
        return;
    }
    if (!(*config == m_config) || m_model->rowCount() == 0) {
        m_config = *config;
        m_model->setBase(m_config);
        m_sensitivity->setBase(m_config);
    }
    m_scenarios = *scenarios;
    m_rules = *rules;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        int currentRow = -1;
        for (qsizetype i = 0; i < m_scenarios.size(); ++i) {
            const Scenario& scenario = m_scenarios.at(i);
            auto* item = new QListWidgetItem(scenario.name, m_list);
            item->setToolTip(
                scenario.notes.isEmpty()
                    ? tr("%n change(s)", nullptr, static_cast<int>(scenario.overrides.size()))
                    : scenario.notes);
            if (scenario.id == m_currentId)
                currentRow = static_cast<int>(i);
        }
        if (currentRow < 0 && !m_scenarios.isEmpty())
            currentRow = 0;
        m_list->setCurrentRow(currentRow);
        m_currentId = currentRow >= 0 ? m_scenarios.at(currentRow).id : 0;
    }
    m_compare->setScenarios(m_scenarios);
    m_balance->setScenarios(m_scenarios);
    m_balance->setRules(m_rules);
    showCurrentScenario();
}

std::optional<Scenario> ScenariosArea::currentScenario() const {
    for (const Scenario& scenario : m_scenarios) {
        if (scenario.id == m_currentId)
            return scenario;
    }
    return std::nullopt;
}

bool ScenariosArea::selectScenario(const QString& name) {
    for (qsizetype i = 0; i < m_scenarios.size(); ++i) {
        if (m_scenarios.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

void ScenariosArea::showPage(Page page) {
    m_pages->setCurrentIndex(page);
}

void ScenariosArea::showCurrentScenario() {
    const auto current = currentScenario();
    m_model->setScenario(current);
    m_sensitivity->setScenario(current);
    updateButtons();
}

void ScenariosArea::updateButtons() {
    const bool writable = !m_workspace.isReadOnly();
    const bool chosen = currentScenario().has_value();
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(writable && chosen);
    m_rename->setEnabled(writable && chosen);
    m_delete->setEnabled(writable && chosen);
    m_import->setEnabled(writable);
    m_export->setEnabled(!m_scenarios.isEmpty());
    const QModelIndex current = m_view->currentIndex();
    m_resetParameter->setEnabled(writable && chosen && current.isValid() &&
                                 current.data(ScenarioParameterModel::kOverriddenRole).toBool());
}

void ScenariosArea::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit statusMessage(text);
}

bool ScenariosArea::pushScenario(const QString& text, std::optional<Scenario> before,
                                 std::optional<Scenario> after) {
    auto* command = new ScenarioCommand(m_workspace, text, std::move(before), std::move(after));
    const Status pushed = WorkspaceCommand::push(m_workspace, command);
    if (!pushed) {
        showMessage(pushed.error().toString());
        return false;
    }
    showMessage(QString());
    return true;
}

bool ScenariosArea::createScenario(const QString& name) {
    Scenario scenario;
    scenario.name = name.trimmed();
    if (!pushScenario(tr("create scenario %1").arg(scenario.name), std::nullopt, scenario))
        return false;
    m_currentId = 0;
    reload();
    return selectScenario(scenario.name);
}

bool ScenariosArea::duplicateScenario(const QString& newName) {
    const auto current = currentScenario();
    if (!current)
        return false;
    Scenario copy = *current;
    copy.id = 0;
    copy.name = newName.trimmed();
    if (!pushScenario(tr("duplicate scenario %1").arg(current->name), std::nullopt, copy))
        return false;
    reload();
    return selectScenario(copy.name);
}

bool ScenariosArea::renameScenario(const QString& newName) {
    const auto current = currentScenario();
    if (!current)
        return false;
    Scenario renamed = *current;
    renamed.name = newName.trimmed();
    if (renamed.name.isEmpty()) {
        showMessage(tr("A scenario needs a name."));
        return false;
    }
    return pushScenario(tr("rename scenario %1 to %2").arg(current->name, renamed.name), current,
                        renamed);
}

bool ScenariosArea::deleteScenario() {
    const auto current = currentScenario();
    if (!current)
        return false;
    return pushScenario(tr("delete scenario %1").arg(current->name), current, std::nullopt);
}

Status ScenariosArea::setOverride(const QString& path, const QString& value) {
    const auto current = currentScenario();
    if (!current)
        return makeError(tr("choose or create a scenario first"), path);
    Scenario after = *current;
    QString canonical;
    if (!value.isEmpty()) {
        const auto parameter = findScenarioParameter(m_config, path);
        if (!parameter)
            return makeError(tr("there is no parameter '%1'").arg(path), path);
        auto checked = canonicalParameterValue(*parameter, value);
        if (!checked) {
            showMessage(checked.error().toString());
            return checked.error();
        }
        canonical = *checked == parameter->value ? QString() : *checked;
    }
    after.setOverride(path, canonical);
    // Refused here, before anything is written, with the rule that refuses it.
    if (auto applied = applyOverrides(m_config, after.overrides); !applied) {
        showMessage(tr("%1 = %2 is refused: %3").arg(path, value, applied.error().toString()));
        return applied.error();
    }
    if (after == *current)
        return Ok{};
    const QString text = canonical.isEmpty()
                             ? tr("reset %1 in %2").arg(path, current->name)
                             : tr("set %1 to %2 in %3").arg(path, canonical, current->name);
    if (!pushScenario(text, current, after))
        return makeError(m_message->text(), path);
    return Ok{};
}

Status ScenariosArea::importScenarios(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return makeError(file.errorString(), path);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        const QString why = tr("%1 is not JSON: %2 at byte %3")
                                .arg(path, parseError.errorString())
                                .arg(parseError.offset);
        showMessage(why);
        return makeError(why, path);
    }
    auto imported = scenariosFromDocument(document.object(), m_config);
    if (!imported) {
        showMessage(tr("%1: %2").arg(path, imported.error().toString()));
        return imported.error();
    }
    QStringList clashes;
    for (const Scenario& scenario : std::as_const(*imported)) {
        for (const Scenario& existing : std::as_const(m_scenarios)) {
            if (existing.name.compare(scenario.name, Qt::CaseInsensitive) == 0)
                clashes.append(existing.name);
        }
    }
    if (!clashes.isEmpty() &&
        QMessageBox::question(this, tr("Replace Scenarios?"),
                              tr("These scenarios exist already and would be replaced: %1")
                                  .arg(clashes.join(QStringLiteral(", ")))) != QMessageBox::Yes)
        return makeError(tr("import cancelled"), path);
    // One undo step for the whole file.
    m_workspace.undoStack()->beginMacro(tr("import scenarios from %1").arg(path));
    Status status = Ok{};
    for (Scenario scenario : std::as_const(*imported)) {
        std::optional<Scenario> before;
        for (const Scenario& existing : std::as_const(m_scenarios)) {
            if (existing.name.compare(scenario.name, Qt::CaseInsensitive) == 0) {
                before = existing;
                scenario.id = existing.id;
                scenario.name = existing.name;
            }
        }
        if (!pushScenario(tr("import scenario %1").arg(scenario.name), before, scenario)) {
            status = makeError(m_message->text(), path);
            break;
        }
    }
    m_workspace.undoStack()->endMacro();
    if (!status && m_workspace.undoStack()->canUndo())
        m_workspace.undoStack()->undo(); // all or nothing
    if (status)
        emit statusMessage(
            tr("Imported %n scenario(s)", nullptr, static_cast<int>(imported->size())));
    return status;
}

Status ScenariosArea::exportScenarios(const QString& path, bool currentOnly) {
    QList<Scenario> chosen = m_scenarios;
    if (currentOnly) {
        const auto current = currentScenario();
        chosen = current ? QList<Scenario>{*current} : QList<Scenario>{};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(scenariosDocument(chosen)).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return makeError(file.errorString(), path);
    }
    emit statusMessage(tr("Exported %n scenario(s) to %1", nullptr, static_cast<int>(chosen.size()))
                           .arg(QDir::toNativeSeparators(path)));
    return Ok{};
}

void ScenariosArea::openGoalSeek(const QString& path, const QString& metric, Statistic statistic) {
    auto* dialog = new GoalSeekDialog(m_workspace, m_config, currentScenario(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setParameter(path);
    if (!metric.isEmpty()) {
        dialog->metricEdit()->setMetric(metric);
        dialog->metricEdit()->setStatistic(statistic);
    }
    dialog->show();
}

void ScenariosArea::copySelection() {
    switch (m_pages->currentIndex()) {
    case ParametersPage:
        copySelectionToClipboard(*m_view);
        break;
    case ComparePage:
        copySelectionToClipboard(*m_compare->tableView());
        break;
    default:
        break;
    }
}

} // namespace mm
