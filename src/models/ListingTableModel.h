#pragma once

#include "core/Result.h"
#include "models/ListingQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace mm {

class BackgroundReader;
class Database;

// The marketplace table: the first ListingQuery::kDefaultRowLimit listings that match the filter,
// in the chosen order, and the number that match in all ("showing 1,000 of 52,310").
//
// data() only answers from the rows it holds. Every setFilter(), sort() or refresh() sends the
// query to a BackgroundReader (its own connection on its own thread) tagged with a generation;
// answers of an older generation are dropped, and while one query runs only the newest wish
// waits behind it. The rows stay visible until the new ones arrive.
class ListingTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ListingIdRole = Qt::UserRole + 1, // qlonglong
        ModelIdRole,                      // qlonglong
        TierRole,                         // int (LicenseTier)
    };

    // `database` must outlive the model; it is only used to open the reader's connection.
    explicit ListingTableModel(const Database& database, QObject* parent = nullptr);
    ~ListingTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
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

    const ListingRow* rowAt(int row) const;
    std::optional<int> rowOfListing(qint64 listingId) const;
    qint64 totalMatching() const { return m_total; }
    bool isLoading() const { return m_loading; }
    // True once the answer to the newest request has arrived.
    bool isUpToDate() const { return !m_loading && m_answeredGeneration == m_generation; }

    static QString valueText(const ListingRow& row);

signals:
    void loadingChanged(bool loading);
    // The rows of the newest request arrived: `shown` rows of `total` matching.
    void loaded(int shown, qint64 total);
    void loadFailed(const mm::Error& error);

private:
    void request();
    void send();
    void apply(quint64 generation, const Result<ListingPage>& page);

    BackgroundReader* m_reader = nullptr;
    ListingFilter m_filter;
    ListingSort m_sort;
    int m_rowLimit = ListingQuery::kDefaultRowLimit;
    QList<ListingRow> m_rows;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    quint64 m_answeredGeneration = 0;
    bool m_inFlight = false;
    bool m_wanted = false;
    bool m_loading = false;
};

} // namespace mm
