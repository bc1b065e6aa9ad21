#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

// Pieces every record area builds the same way.
namespace mm::areaWidgets {

// An action added to `area`, its shortcuts working only while the area has focus (several areas
// offer New or Refresh). With a `tip`, the tooltip is the tip followed by the first shortcut.
QAction* addAreaAction(QWidget* area, const QString& objectName, const QString& text,
                       const QList<QKeySequence>& shortcuts, const QString& tip = {});

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
