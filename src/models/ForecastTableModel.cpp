#include "models/ForecastTableModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace mm {

ForecastTableModel::ForecastTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void ForecastTableModel::setTable(ForecastTable table) {
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ForecastTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ForecastTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_table.keys.size());
}

QString ForecastTableModel::displayText(ForecastCell kind, const QVariant& value) {
    const QLocale locale;
    switch (kind) {
    case ForecastCell::Text:
        return value.toString();
    case ForecastCell::Money:
        return Money::fromCents(value.toLongLong()).toDisplayString(locale);
    case ForecastCell::Count:
        return locale.toString(value.toLongLong());
    case ForecastCell::Percent:
        return locale.toString(static_cast<double>(value.toLongLong()) / 100.0, 'f', 1) +
               QStringLiteral(" %");
    case ForecastCell::Months:
        return value.toLongLong() < 0
                   ? QCoreApplication::translate("mm::ForecastTableModel", "never")
                   : locale.toString(value.toLongLong());
    }
    return {};
}

QVariant ForecastTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ForecastCell kind = m_table.kinds.at(index.column());
    const QVariant& value = m_table.rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(kind, value);
    case Qt::EditRole: // the machine value, as the command line prints it (copy, CSV export)
        return plainCell(kind, value);
    case Qt::TextAlignmentRole:
        return kind == ForecastCell::Text ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                          : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ForecastTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return m_table.titles.at(section);
    if (role == Qt::ToolTipRole)
        return m_table.keys.at(section);
    return {};
}

} // namespace mm
