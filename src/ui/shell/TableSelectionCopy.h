#pragma once

class QAbstractItemView;
class QString;

namespace mm {

// The selected cells of a read-only table as TSV (the bounding rectangle of the selection, cells
// as displayed), which is what LibreOffice and Excel paste as a block. Empty without a selection.
QString selectionAsTsv(const QAbstractItemView& view);
// Puts selectionAsTsv() on the clipboard; false when nothing is selected.
bool copySelectionToClipboard(const QAbstractItemView& view);

} // namespace mm
