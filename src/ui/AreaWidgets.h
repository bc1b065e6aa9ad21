#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

// Pieces every record area builds the same way.
namespace mm::areaWidgets {

// A hidden, word-wrapped line for refusals, in the palette-aware error colour.
QLabel* makeMessageLabel(QWidget* parent, const QString& objectName);

// A table of records: one line per row, alternating colours, no row numbers, compact rows.
void configureRecordTable(QTableView* view, const QString& objectName,
                          const QString& accessibleName);

} // namespace mm::areaWidgets
