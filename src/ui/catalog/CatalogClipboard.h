#pragma once

#include "core/EconomyConfig.h"
#include "core/Result.h"
#include "data/Records.h"
#include "models/CatalogColumns.h"
#include "ui/catalog/CatalogCommands.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QMimeData;

namespace mm {

// What the catalog puts on the clipboard and reads back from it, without any widget: cell text as
// spreadsheets take it, TSV and HTML for copying, and a pasted block mapped onto table cells.
namespace catalogclipboard {

// Selections up to this many cells also go on the clipboard as an HTML table (rich paste into
// word processors and mail); beyond it, HTML only costs memory and time.
inline constexpr qsizetype kMaxHtmlCells = 2000;

// A cell as LibreOffice and Excel should read it: plain numbers with the locale's decimal point
// and no grouping (so they paste as numbers), money without currency symbol, ISO dates, enum
// labels, empty for a missing metric. Names that a spreadsheet would run as a formula get a
// leading apostrophe (csv::neutralizeFormula), which pastedValue() removes again.
QString cellText(CatalogColumn column, const QVariant& editValue, const QVariant& displayValue);
// The value CatalogModel::applyValue should receive for text pasted into `column`.
QVariant pastedValue(CatalogColumn column, const QString& text);

QString toTsv(const QList<QStringList>& cells);
QString toHtml(const QList<QStringList>& cells);
// text/plain TSV, plus text/html for selections up to kMaxHtmlCells. The caller owns the result.
QMimeData* toMimeData(const QList<QStringList>& cells);

// A rectangle of pasted text; short rows are padded with empty cells.
struct CellBlock {
    QList<QStringList> rows;
    int width = 0;

    int height() const { return static_cast<int>(rows.size()); }
    bool isSingleCell() const { return height() == 1 && width == 1; }
    const QString& at(int row, int column) const { return rows.at(row).at(column); }
};

// Reads spreadsheet TSV (quoted cells may hold tabs, quotes and line breaks) with
// csv::parseText. Text that is only line breaks is one empty cell (what spreadsheets copy for a
// blank cell); empty text is an error.
Result<CellBlock> parseBlock(const QString& text);

struct CellTarget {
    int row = 0;
    int section = 0; // logical column
    QString text;
};

// Where a block lands when its top-left cell goes to (`topRow`, `leftSection`): rightwards over
// the sections in `visibleSections` (the view's visual order, hidden ones left out) and downwards,
// clipped to `rowCount` rows and to the last visible column.
QList<CellTarget> blockTargets(const CellBlock& block, int topRow, int leftSection,
                               const QList<int>& visibleSections, int rowCount);

// A block turned into new draft models (Paste as New Rows), before their names are made unique.
struct NewModelDrafts {
    QList<ModelRecord> records;           // name: as pasted, empty when the row had none
    QList<CellProblem> problems;          // not empty: nothing may be added ("row 3" names the row)
    QList<CatalogColumn> ignoredReadOnly; // read-only columns present in the block, skipped
};

// Which column each pasted column fills: a first row naming columns (labels or keys, as the
// catalog export writes them) maps them in any order; otherwise Name comes first and then the
// view's other visible columns in their visual order, so rows copied from the table paste back.
// An empty cell keeps the default of a new model: Draft, Transformer, Small, and the size class's
// template parameters and tokens when none are given. Values go through applyValue.
NewModelDrafts draftNewModels(const CellBlock& block, const QList<int>& visibleSections,
                              const EconomyConfig& config, const QDate& createdOn);

} // namespace catalogclipboard
} // namespace mm
