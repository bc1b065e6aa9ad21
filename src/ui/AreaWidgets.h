#pragma once

#include <QString>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

// Pieces every record area builds the same way.
namespace mm::areaWidgets {

// A hidden, word-wrapped line for refusals, in the palette-aware error colour.
QLabel* makeMessageLabel(QWidget* parent, const QString& objectName);

// A table of records: one line per row, alternating colours, no row numbers, compact rows.
void configureRecordTable(QTableView* view, const QString& objectName,
                          const QString& accessibleName);

// The source row of the single selected row of a table behind a sort proxy, or -1.
int selectedSourceRow(const QTableView* view, const QSortFilterProxyModel* proxy);
// Selects and shows a source row of a table behind a sort proxy; a negative row clears.
void selectSourceRow(QTableView* view, const QSortFilterProxyModel* proxy, int sourceRow);

} // namespace mm::areaWidgets
