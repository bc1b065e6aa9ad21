#pragma once

#include "core/Result.h"
#include "models/AsyncTableModel.h"
#include "models/LicenseQuery.h"

namespace mm {

class Database;

inline qint64 rowId(const LicenseRow& row) {
    return row.id;
}

// The rows of one page and how many licenses match in all.
using LicenseTableBase = AsyncTableModel<LicenseRow, qint64>;

// The licenses table: the first LicenseQuery::kDefaultRowLimit licenses matching the filter, in
// the chosen order, and how many match in all. Loads like ListingTableModel: newest request
// wins, rows stay visible until new ones arrive.
class LicenseTableModel : public LicenseTableBase {
    Q_OBJECT

public:
    enum Role {
        LicenseIdRole = IdRole, // qlonglong
    };

    explicit LicenseTableModel(const Database& database, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const LicenseFilter& filter() const { return m_filter; }
    void setFilter(const LicenseFilter& filter);
    const LicenseSort& currentSort() const { return m_sort; }
    void refresh();

    std::optional<int> rowOfLicense(qint64 licenseId) const { return rowOfId(licenseId); }
    qint64 totalMatching() const { return extra(); }

    // Machine-readable cells (ISO dates, plain amounts, enum keys), for CSV export.
    static QStringList exportHeader();
    static QStringList exportFields(const LicenseRow& row);

signals:
    void loaded(int shown, qint64 total);

protected:
    QVariant cellData(const LicenseRow& row, int column, int role) const override;
    Loader loader() const override;
    void snapshotApplied() override;

private:
    LicenseFilter m_filter;
    LicenseSort m_sort;
};

} // namespace mm
