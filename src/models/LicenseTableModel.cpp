#include "models/LicenseTableModel.h"

#include "data/Csv.h"
#include "data/Database.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace mm {

LicenseTableModel::LicenseTableModel(const Database& database, QObject* parent)
    : LicenseTableBase(&database, parent) {
    reload();
}

int LicenseTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kLicenseColumnCount;
}

QVariant LicenseTableModel::cellData(const LicenseRow& license, int columnNumber, int role) const {
    const LicenseRow* row = &license;
    const auto column = static_cast<LicenseColumn>(columnNumber);
    const QLocale locale;
    switch (role) {
    case Qt::TextAlignmentRole:
        switch (column) {
        case LicenseColumn::Fee:
        case LicenseColumn::Deployments:
        case LicenseColumn::MonthlyCalls:
        case LicenseColumn::UsageToDate:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (column == LicenseColumn::State && row->status != LicenseStatus::Active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole:
        if (row->status == LicenseStatus::Revoked)
            return tr("Revoked on %1: %2")
                .arg(row->revokedOn ? locale.toString(*row->revokedOn, QLocale::ShortFormat)
                                    : tr("unknown date"),
                     row->revokedReason);
        if (column == LicenseColumn::Model)
            return tr("%1 use").arg(enumLabel(row->use));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case LicenseColumn::Model:
        return row->modelName;
    case LicenseColumn::Buyer:
        return row->buyerName;
    case LicenseColumn::Tier:
        return enumLabel(row->tier);
    case LicenseColumn::SoldOn:
        return locale.toString(row->soldOn, QLocale::ShortFormat);
    case LicenseColumn::Fee:
        return row->fee.toDisplayString(locale);
    case LicenseColumn::Deployments:
        return row->deployments ? locale.toString(*row->deployments) : tr("Unlimited");
    case LicenseColumn::MonthlyCalls:
        return locale.toString(row->monthlyApiCalls);
    case LicenseColumn::UsageToDate:
        return row->usageToDate.toDisplayString(locale);
    case LicenseColumn::State:
        return enumLabel(row->status);
    case LicenseColumn::Expires:
        return row->expiresOn ? locale.toString(*row->expiresOn, QLocale::ShortFormat)
                              : tr("Perpetual");
    }
    return {};
}

QVariant LicenseTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<LicenseColumn>(section)) {
    case LicenseColumn::Model:
        return tr("Model");
    case LicenseColumn::Buyer:
        return tr("Buyer");
    case LicenseColumn::Tier:
        return tr("Tier");
    case LicenseColumn::SoldOn:
        return tr("Sold on");
    case LicenseColumn::Fee:
        return tr("Fee");
    case LicenseColumn::Deployments:
        return tr("Deployments");
    case LicenseColumn::MonthlyCalls:
        return tr("Calls / month");
    case LicenseColumn::UsageToDate:
        return tr("Usage to date");
    case LicenseColumn::State:
        return tr("Status");
    case LicenseColumn::Expires:
        return tr("Expires");
    }
    return {};
}

QStringList LicenseTableModel::exportHeader() {
    return {QStringLiteral("id"),
            QStringLiteral("model"),
            QStringLiteral("buyer"),
            QStringLiteral("tier"),
            QStringLiteral("use"),
            QStringLiteral("sold_on"),
            QStringLiteral("fee"),
            QStringLiteral("deployments"),
            QStringLiteral("monthly_api_calls"),
            QStringLiteral("usage_to_date"),
            QStringLiteral("status"),
            QStringLiteral("expires_on"),
            QStringLiteral("revoked_on"),
            QStringLiteral("revoked_reason")};
}

QStringList LicenseTableModel::exportFields(const LicenseRow& row) {
    const auto isoDate = [](const std::optional<QDate>& date) {
        return date ? date->toString(Qt::ISODate) : QString();
    };
    // Names and reasons are text a spreadsheet would run as a formula if they start with '='.
    return {QString::number(row.id),
            csv::neutralizeFormula(row.modelName),
            csv::neutralizeFormula(row.buyerName),
            enumKey(row.tier),
            enumKey(row.use),
            row.soldOn.toString(Qt::ISODate),
            row.fee.toPlainString(),
            row.deployments ? QString::number(*row.deployments) : QStringLiteral("unlimited"),
            QString::number(row.monthlyApiCalls),
            row.usageToDate.toPlainString(),
            enumKey(row.status),
            isoDate(row.expiresOn),
            isoDate(row.revokedOn),
            csv::neutralizeFormula(row.revokedReason)};
}

void LicenseTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= kLicenseColumnCount)
        return;
    const LicenseSort wanted{static_cast<LicenseColumn>(column), order};
    if (wanted == m_sort)
        return;
    m_sort = wanted;
    reload();
}

void LicenseTableModel::setFilter(const LicenseFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void LicenseTableModel::refresh() {
    reload();
}

LicenseTableModel::Loader LicenseTableModel::loader() const {
    return [query = LicenseQuery(m_filter, m_sort)](Database& db) -> Result<Snapshot> {
        auto page = query.fetch(db);
        if (!page)
            return page.error();
        return Snapshot{std::move(page->rows), page->totalMatching};
    };
}

void LicenseTableModel::snapshotApplied() {
    emit loaded(rowCount(), totalMatching());
}

} // namespace mm
