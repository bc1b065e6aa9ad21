#pragma once

#include "core/Result.h"
#include "models/AsyncTableModel.h"
#include "models/ListingQuery.h"

namespace mm {

class Database;

inline qint64 rowId(const ListingRow& row) {
    return row.listingId;
}

// The rows of one page and how many listings match in all.
using ListingTableBase = AsyncTableModel<ListingRow, qint64>;

// The marketplace table: the first ListingQuery::kDefaultRowLimit listings that match the filter,
// in the chosen order, and the number that match in all ("showing 1,000 of 52,310").
//
// data() only answers from the rows it holds. Every setFilter(), sort() or refresh() reads in the
// background and supersedes the read before it (AsyncTableModel); the rows stay visible until the
// new ones arrive.
class ListingTableModel : public ListingTableBase {
    Q_OBJECT

public:
    enum Role {
        ListingIdRole = IdRole, // qlonglong
        ModelIdRole,            // qlonglong
        TierRole,               // int (LicenseTier)
    };

    // `database` must outlive the model.
    explicit ListingTableModel(const Database& database, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts in SQL on any column; ties break by listing id.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ListingFilter& filter() const { return m_filter; }
    void setFilter(const ListingFilter& filter);
    const ListingSort& currentSort() const { return m_sort; }
    void setRowLimit(int limit);
    int rowLimit() const { return m_rowLimit; }
    // Runs the query again (after a sale, a price change, an undo).
    void refresh();

    std::optional<int> rowOfListing(qint64 listingId) const { return rowOfId(listingId); }
    qint64 totalMatching() const { return extra(); }

    static QString valueText(const ListingRow& row);

signals:
    // The rows of the newest request arrived: `shown` rows of `total` matching.
    void loaded(int shown, qint64 total);

protected:
    QVariant cellData(const ListingRow& row, int column, int role) const override;
    Loader loader() const override;
    void snapshotApplied() override;

private:
    ListingFilter m_filter;
    ListingSort m_sort;
    int m_rowLimit = ListingQuery::kDefaultRowLimit;
};

} // namespace mm
