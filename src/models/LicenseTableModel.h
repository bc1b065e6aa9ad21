#pragma once

#include "core/Result.h"
#include "models/LicenseQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace mm {

class BackgroundReader;
class Database;

// The licenses table: the first LicenseQuery::kDefaultRowLimit licenses matching the filter, in
// the chosen order, and how many match in all. Loads on a BackgroundReader like
// ListingTableModel: newest request wins, rows stay visible until new ones arrive.
class LicenseTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        LicenseIdRole = Qt::UserRole + 1, // qlonglong
    };

    explicit LicenseTableModel(const Database& database, QObject* parent = nullptr);
    ~LicenseTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const LicenseFilter& filter() const { return m_filter; }
    void setFilter(const LicenseFilter& filter);
    const LicenseSort& currentSort() const { return m_sort; }
    void refresh();

    const LicenseRow* rowAt(int row) const;
    std::optional<int> rowOfLicense(qint64 licenseId) const;
    qint64 totalMatching() const { return m_total; }
    bool isLoading() const { return m_loading; }
    bool isUpToDate() const { return !m_loading && m_answeredGeneration == m_generation; }

    // Machine-readable cells (ISO dates, plain amounts, enum keys), for CSV export.
    static QStringList exportHeader();
    static QStringList exportFields(const LicenseRow& row);

signals:
    void loadingChanged(bool loading);
    void loaded(int shown, qint64 total);
    void loadFailed(const mm::Error& error);

private:
    void request();
    void send();
    void apply(quint64 generation, const Result<LicensePage>& page);

    BackgroundReader* m_reader = nullptr;
    LicenseFilter m_filter;
    LicenseSort m_sort;
    QList<LicenseRow> m_rows;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    quint64 m_answeredGeneration = 0;
    bool m_inFlight = false;
    bool m_wanted = false;
    bool m_loading = false;
};

} // namespace mm
