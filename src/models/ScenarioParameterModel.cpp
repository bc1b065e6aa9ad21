#include "models/ScenarioParameterModel.h"

#include <QFont>
#include <QLocale>

namespace mm {

ScenarioParameterModel::ScenarioParameterModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void ScenarioParameterModel::setBase(const EconomyConfig& config) {
    beginResetModel();
    m_parameters = scenarioParameters(config);
    endResetModel();
}

void ScenarioParameterModel::setScenario(const std::optional<Scenario>& scenario) {
    // Same rows, other values: a data change keeps the view's selection and scroll position.
    m_scenario = scenario;
    if (!m_parameters.isEmpty())
        emit dataChanged(index(0, ScenarioValue), index(rowCount() - 1, Change));
    emit headerDataChanged(Qt::Horizontal, ScenarioValue, ScenarioValue);
}

int ScenarioParameterModel::rowOfPath(const QString& path) const {
    for (qsizetype row = 0; row < m_parameters.size(); ++row) {
        if (m_parameters.at(row).path == path)
            return static_cast<int>(row);
    }
    return -1;
}

int ScenarioParameterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_parameters.size());
}

int ScenarioParameterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScenarioParameterModel::changeText(const ScenarioParameter& parameter,
                                           const QString& value) const {
    const double base = parameterNumber(parameter, parameter.value);
    const double now = parameterNumber(parameter, value);
    if (base == now)
        return {};
    if (base == 0.0)
        return QLocale().toString(now - base, 'g', 6);
    const double percent = (now - base) / std::abs(base) * 100.0;
    return (percent > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(percent, 'f', 1) +
           u'%';
}

QVariant ScenarioParameterModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_parameters.size())
        return {};
    const ScenarioParameter& parameter = m_parameters.at(index.row());
    const std::optional<QString> override =
        m_scenario ? m_scenario->overrideOf(parameter.path) : std::nullopt;
    const QString value = override.value_or(parameter.value);
    switch (role) {
    case kPathRole:
        return parameter.path;
    case kOverriddenRole:
        return override.has_value();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Parameter:
            return parameterLabel(parameter.path);
        case Path:
            return parameter.path;
        case BaseValue:
            return parameter.value;
        case ScenarioValue:
            return value;
        case Change:
            return role == Qt::DisplayRole ? changeText(parameter, value) : QVariant();
        default:
            return {};
        }
    case Qt::FontRole:
        if (override && (index.column() == ScenarioValue || index.column() == Change)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= BaseValue ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ScenarioValue)
            return m_scenario ? tr("Type a value; clear it to go back to the stored %1")
                                    .arg(parameter.value)
                              : tr("Choose or create a scenario to change values");
        return parameter.path;
    default:
        return {};
    }
}

bool ScenarioParameterModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || index.column() != ScenarioValue || !m_scenario)
        return false;
    const ScenarioParameter& parameter = m_parameters.at(index.row());
    QString text = value.toString().trimmed();
    if (text == parameter.value)
        text.clear(); // typing the stored value back removes the override
    if (text == m_scenario->overrideOf(parameter.path).value_or(QString()))
        return false;
    emit overrideEdited(parameter.path, text);
    return true;
}

Qt::ItemFlags ScenarioParameterModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == ScenarioValue && m_scenario)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ScenarioParameterModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Parameter:
        return tr("Parameter");
    case Path:
        return tr("Path");
    case BaseValue:
        return tr("Base value");
    case ScenarioValue:
        return m_scenario ? m_scenario->name : tr("Scenario value");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace mm
