#pragma once

#include "core/Result.h"
#include "data/Records.h"

#include <QAbstractTableModel>
#include <QList>

namespace mm {

class BackgroundReader;
class Database;

enum class BuyerColumn { Name, Type, Size, Budget, Licenses };
inline constexpr int kBuyerColumnCount = 5;

// Every buyer with the number of licenses it holds, loaded on a BackgroundReader. Like the
// catalog model it never writes: setData() only emits editRequested() and returns false; the
// UI validates, pushes an undo command and the model reloads on the workspace's signal.
class BuyerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        BuyerIdRole = Qt::UserRole + 1, // qlonglong
        SortRole,                       // a value that orders the column sensibly
    };

    struct Row {
        BuyerRecord buyer;
        qint64 licenses = 0;
    };

    explicit BuyerTableModel(const Database& database, QObject* parent = nullptr);
    ~BuyerTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void refresh();
    const Row* rowAt(int row) const;
    const Row* rowOfBuyer(qint64 buyerId) const;
    std::optional<int> indexOfBuyer(qint64 buyerId) const;
    bool isUpToDate() const { return !m_loading && m_answeredGeneration == m_generation; }

    // Converts a typed value for `column` and applies it to `buyer`, or says why it cannot.
    static Result<BuyerRecord> applyValue(BuyerRecord buyer, BuyerColumn column,
                                          const QVariant& value);

signals:
    void editRequested(qint64 buyerId, int column, const QVariant& value);
    void loaded();
    void loadFailed(const mm::Error& error);

private:
    void send();
    void apply(quint64 generation, const Result<QList<Row>>& rows);

    BackgroundReader* m_reader = nullptr;
    QList<Row> m_rows;
    quint64 m_generation = 0;
    quint64 m_answeredGeneration = 0;
    bool m_inFlight = false;
    bool m_wanted = false;
    bool m_loading = false;
};

} // namespace mm
