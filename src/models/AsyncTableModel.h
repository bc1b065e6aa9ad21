#pragma once

#include "data/LatestRead.h"
#include "models/KeyedTableModel.h"
#include "models/RowDiff.h"

#include <QHash>
#include <QList>
#include <functional>
#include <memory>
#include <variant>

namespace mm {

class Database;

// A table of records read in the background and kept in step with the file by id, in the spirit
// of KMyMoney's MyMoneyModel<T> and DB Browser's SqliteTableModel.
//
// `Row` needs a `qint64 rowId(const Row&)` found by argument-dependent lookup, and ids unique
// within one load. `Extra` is whatever one load reads besides the rows (a total, a sum).
//
// reload() sends the subclass's loader() to the shared worker pool. A newer reload() supersedes
// the read in flight: its statement is interrupted and its answer never shown. The rows stay
// visible until the new ones arrive; then the model announces the difference by id (removed
// rows, one reordering, inserted rows, rows whose content changed), never a reset, so views keep
// their selection, scroll position and open editors.
template <typename Row, typename Extra = std::monostate>
class AsyncTableModel : public KeyedTableModel {
public:
    struct Snapshot {
        QList<Row> rows;
        Extra extra{};
    };
    // Runs on a worker with that worker's connection: capture values only.
    using Loader = std::function<Result<Snapshot>(Database&)>;

    // Without a `source` the model shows only what applySnapshot() gives it. `source` must
    // outlive the model.
    explicit AsyncTableModel(const Database* source, QObject* parent = nullptr)
        : KeyedTableModel(parent)
        , m_read(source ? std::make_unique<LatestRead<Snapshot>>(*source, this) : nullptr) {}

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
        if (!row)
            return {};
        if (role == IdRole)
            return rowId(*row);
        return cellData(*row, index.column(), role);
    }

    qint64 idAt(int row) const override {
        const Row* found = rowAt(row);
        return found ? rowId(*found) : 0;
    }
    std::optional<int> rowOfId(qint64 id) const override {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (rowId(m_rows.at(row)) == id)
                return static_cast<int>(row);
        }
        return std::nullopt;
    }
    const Row* rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    const QList<Row>& rows() const { return m_rows; }
    const Extra& extra() const { return m_extra; }

protected:
    virtual QVariant cellData(const Row& row, int column, int role) const = 0;
    // What to read for the current filter and order.
    virtual Loader loader() const = 0;
    // After a load's rows are shown (or after applySnapshot()).
    virtual void snapshotApplied() {}

    // Reads again in the background; the answer to an earlier call is no longer wanted.
    void reload() {
        const quint64 generation = startRequest();
        if (!m_read) {
            finishRequest(generation);
            return;
        }
        m_read->start(loader(), [this, generation](const Result<Snapshot>& loaded) {
            finishRequest(generation);
            if (!loaded) {
                emit loadFailed(loaded.error());
                return;
            }
            applySnapshot(*loaded);
            emit loadFinished();
        });
    }

    // Shows `snapshot`, announcing the difference to the rows shown by id.
    void applySnapshot(const Snapshot& snapshot) {
        m_extra = snapshot.extra;
        const QList<Row>& incoming = snapshot.rows;
        QHash<qint64, int> incomingRowOf;
        incomingRowOf.reserve(incoming.size());
        for (qsizetype row = 0; row < incoming.size(); ++row)
            incomingRowOf.insert(rowId(incoming.at(row)), static_cast<int>(row));
        const auto idOf = [](const Row& row) { return rowId(row); };

        for (const rowdiff::Range& gone : rowdiff::removals(m_rows, incomingRowOf, idOf)) {
            beginRemoveRows({}, gone.first, gone.last);
            m_rows.remove(gone.first, gone.last - gone.first + 1);
            endRemoveRows();
        }
        if (!rowdiff::keepsOrder(m_rows, incomingRowOf, idOf))
            reorder(incomingRowOf);
        const QList<bool> inserted = insertMissing(incoming);
        announceChanges(incoming, inserted);
        snapshotApplied();
    }

private:
    // The rows both loads hold, moved into the new order; persistent indexes (selections,
    // current cells) follow their ids.
    void reorder(const QHash<qint64, int>& incomingRowOf) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> beforeIds;
        beforeIds.reserve(before.size());
        for (const QModelIndex& index : before)
            beforeIds.append(idAt(index.row()));
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row& a, const Row& b) {
            return incomingRowOf.value(rowId(a)) < incomingRowOf.value(rowId(b));
        });
        QHash<qint64, int> rowOf;
        for (qsizetype row = 0; row < m_rows.size(); ++row)
            rowOf.insert(rowId(m_rows.at(row)), static_cast<int>(row));
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(rowOf.value(beforeIds.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // m_rows is now `incoming` with some rows missing, in incoming's order: fill the gaps. Says
    // which rows were inserted (they are new, not changed).
    QList<bool> insertMissing(const QList<Row>& incoming) {
        QList<bool> inserted(incoming.size(), false);
        int position = 0;
        while (position < incoming.size()) {
            if (position < m_rows.size() &&
                rowId(m_rows.at(position)) == rowId(incoming.at(position))) {
                ++position;
                continue;
            }
            const qint64 nextKept =
                position < m_rows.size() ? rowId(m_rows.at(position)) : qint64(0);
            int end = position;
            while (end < incoming.size() &&
                   (position >= m_rows.size() || rowId(incoming.at(end)) != nextKept))
                ++end;
            beginInsertRows({}, position, end - 1);
            m_rows.insert(position, end - position, Row{});
            for (int row = position; row < end; ++row) {
                m_rows[row] = incoming.at(row);
                inserted[row] = true;
            }
            endInsertRows();
            position = end;
        }
        return inserted;
    }

    void announceChanges(const QList<Row>& incoming, const QList<bool>& inserted) {
        const int lastColumn = columnCount() - 1;
        int runStart = -1;
        const auto closeRun = [&](int end) {
            if (runStart >= 0 && lastColumn >= 0)
                emit dataChanged(index(runStart, 0), index(end - 1, lastColumn));
            runStart = -1;
        };
        for (int row = 0; row < incoming.size(); ++row) {
            if (inserted.at(row) || rowdiff::sameContent(m_rows.at(row), incoming.at(row))) {
                closeRun(row);
                continue;
            }
            m_rows[row] = incoming.at(row);
            if (runStart < 0)
                runStart = row;
        }
        closeRun(static_cast<int>(incoming.size()));
    }

    std::unique_ptr<LatestRead<Snapshot>> m_read;
    QList<Row> m_rows;
    Extra m_extra{};
};

} // namespace mm
