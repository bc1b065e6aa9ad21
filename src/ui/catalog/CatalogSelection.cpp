#include "ui/catalog/CatalogSelection.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSet>
#include <QTableView>
#include <algorithm>

namespace mm {

CatalogSelection CatalogSelection::of(const QTableView& view) {
    CatalogSelection selection;
    selection.ranges = view.selectionModel()->selection();
    if (selection.ranges.isEmpty()) {
        const QModelIndex current = view.currentIndex();
        if (!current.isValid())
            return selection;
        selection.ranges.select(current, current);
    }
    // Rows from merged intervals: Select All on a million rows must not build a tree of them.
    QList<std::pair<int, int>> spans;
    QSet<int> sections;
    for (const QItemSelectionRange& range : std::as_const(selection.ranges)) {
        spans.append({range.top(), range.bottom()});
        for (int section = range.left(); section <= range.right(); ++section)
            sections.insert(section);
    }
    std::sort(spans.begin(), spans.end());
    int next = -1; // first row not yet listed
    for (const auto& [top, bottom] : std::as_const(spans)) {
        for (int row = std::max(top, next); row <= bottom; ++row)
            selection.rows.append(row);
        next = std::max(next, bottom + 1);
    }
    for (int section : visibleCatalogSections(view)) {
        if (sections.contains(section))
            selection.sections.append(section);
    }
    return selection;
}

bool CatalogSelection::contains(int row, int section) const {
    for (const QItemSelectionRange& range : ranges) {
        if (range.top() <= row && row <= range.bottom() && range.left() <= section &&
            section <= range.right())
            return true;
    }
    return false;
}

QList<int> visibleCatalogSections(const QTableView& view) {
    const QHeaderView* header = view.horizontalHeader();
    QList<int> sections;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (!header->isSectionHidden(section))
            sections.append(section);
    }
    return sections;
}

} // namespace mm
