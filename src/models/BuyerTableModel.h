#pragma once

#include "core/Result.h"
#include "data/Records.h"
#include "models/AsyncTableModel.h"

namespace mm {

class Database;

enum class BuyerColumn { Name, Type, Size, Budget, Licenses };
inline constexpr int kBuyerColumnCount = 5;

// One buyer and the number of licenses it holds.
struct BuyerRow {
    BuyerRecord buyer;
    qint64 licenses = 0;

    bool operator==(const BuyerRow&) const = default;
};

inline qint64 rowId(const BuyerRow& row) {
    return row.buyer.id;
}

// Every buyer with the number of licenses it holds, loaded in the background. Like the catalog
// model it never writes: setData() only emits editRequested() and returns false; the UI
// validates, pushes an undo command and the model reloads on the workspace's signal.
class BuyerTableModel : public AsyncTableModel<BuyerRow> {
    Q_OBJECT

public:
    enum Role {
        BuyerIdRole = IdRole, // qlonglong
        SortRole,             // a value that orders the column sensibly
    };

    using Row = BuyerRow;

    explicit BuyerTableModel(const Database& database, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void refresh();
    const Row* rowOfBuyer(qint64 buyerId) const;
    std::optional<int> indexOfBuyer(qint64 buyerId) const { return rowOfId(buyerId); }

    // Converts a typed value for `column` and applies it to `buyer`, or says why it cannot.
    static Result<BuyerRecord> applyValue(BuyerRecord buyer, BuyerColumn column,
                                          const QVariant& value);

signals:
    void editRequested(qint64 buyerId, int column, const QVariant& value);
    void loaded();

protected:
    QVariant cellData(const Row& row, int column, int role) const override;
    Loader loader() const override;
    void snapshotApplied() override { emit loaded(); }
};

} // namespace mm
