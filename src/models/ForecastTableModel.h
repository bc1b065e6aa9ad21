#pragma once

#include "core/ForecastReport.h"

#include <QAbstractTableModel>

namespace mm {

// A forecast table (the same rows `modelmarket simulate --by ...` prints) for a view: money in the
// user's locale, shares as percentages, payback months with "never" when a class does not pay
// back within the horizon. Read-only.
class ForecastTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ForecastTableModel(QObject* parent = nullptr);

    void setTable(ForecastTable table);
    const ForecastTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The cell as a person reads it.
    static QString displayText(ForecastCell kind, const QVariant& value);

private:
    ForecastTable m_table;
};

} // namespace mm
