#pragma once

#include <QHash>
#include <QList>
#include <algorithm>
#include <concepts>
#include <functional>

namespace mm::rowdiff {

// The steps that turn one list of rows with unique ids into another, in the order a
// QAbstractItemModel has to announce them: removals (bottom up, so positions stay valid), then
// one reordering of the rows both lists hold, then insertions (top down), then changes in place.
// Views and selection models follow ids through these signals, which a model reset would lose.
struct Range {
    int first = 0;
    int last = 0;
};

// Contiguous runs of positions in `current` whose ids `incoming` does not have, bottom run first.
template <typename Row, typename IdOf>
QList<Range> removals(const QList<Row>& current, const QHash<qint64, int>& incomingRowOf,
                      IdOf idOf) {
    QList<Range> ranges;
    for (int row = static_cast<int>(current.size()) - 1; row >= 0; --row) {
        if (incomingRowOf.contains(idOf(current.at(row))))
            continue;
        if (!ranges.isEmpty() && ranges.last().first == row + 1)
            ranges.last().first = row;
        else
            ranges.append({row, row});
    }
    return ranges;
}

// Whether the rows of `current` (all of which `incoming` has) already come in incoming's order.
template <typename Row, typename IdOf>
bool keepsOrder(const QList<Row>& current, const QHash<qint64, int>& incomingRowOf, IdOf idOf) {
    int previous = -1;
    for (const Row& row : current) {
        const int position = incomingRowOf.value(idOf(row));
        if (position < previous)
            return false;
        previous = position;
    }
    return true;
}

// Rows equal in every field need no dataChanged; rows without == always count as changed.
template <typename Row>
bool sameContent(const Row& a, const Row& b) {
    if constexpr (std::equality_comparable<Row>)
        return a == b;
    else
        return false;
}

} // namespace mm::rowdiff
