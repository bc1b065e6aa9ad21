#pragma once

#include <QItemSelection>
#include <QList>

class QTableView;

namespace mm {

// The cells an edit operation works on: rows ascending, sections (logical columns) in the view's
// visual order, hidden columns left out. Falls back to the current cell when nothing is selected,
// so the keyboard alone can copy or clear a cell.
struct CatalogSelection {
    QList<int> rows;
    QList<int> sections;
    QItemSelection ranges;

    static CatalogSelection of(const QTableView& view);

    bool isEmpty() const { return rows.isEmpty() || sections.isEmpty(); }
    // Irregular selections leave holes in the rectangle of rows × sections.
    bool contains(int row, int section) const;
};

// The logical columns the person sees, in the order they see them: pasted blocks and new rows
// follow this order, not the model's.
QList<int> visibleCatalogSections(const QTableView& view);

} // namespace mm
