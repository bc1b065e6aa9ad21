#pragma once

#include "core/Scenario.h"

#include <QAbstractTableModel>

namespace mm {

// A scenario as a table: every parameter with its stored value, the scenario's value and the
// change. The scenario column is editable; an edit is not written here but handed on through
// overrideEdited, so the view's owner makes it one undo step (and shows why a value is refused).
class ScenarioParameterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Parameter, Path, BaseValue, ScenarioValue, Change, ColumnCount };
    static constexpr int kPathRole = Qt::UserRole + 1;
    static constexpr int kOverriddenRole = Qt::UserRole + 2;

    explicit ScenarioParameterModel(QObject* parent = nullptr);

    // The base economy's parameters, and the scenario shown against them (none: base only).
    void setBase(const EconomyConfig& config);
    void setScenario(const std::optional<Scenario>& scenario);
    const std::optional<Scenario>& scenario() const { return m_scenario; }
    const QList<ScenarioParameter>& parameters() const { return m_parameters; }
    int rowOfPath(const QString& path) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Empty value: back to the stored value.
    void overrideEdited(const QString& path, const QString& value);

private:
    QString changeText(const ScenarioParameter& parameter, const QString& value) const;

    QList<ScenarioParameter> m_parameters;
    std::optional<Scenario> m_scenario;
};

} // namespace mm
