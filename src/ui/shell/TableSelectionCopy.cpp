#include "ui/shell/TableSelectionCopy.h"

#include "data/Csv.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <algorithm>

namespace mm {

QString selectionAsTsv(const QAbstractItemView& view) {
    const QItemSelectionModel* selection = view.selectionModel();
    if (!selection || !view.model())
        return {};
    const QModelIndexList indexes = selection->selectedIndexes();
    if (indexes.isEmpty())
        return {};
    int top = indexes.front().row();
    int bottom = top;
    int left = indexes.front().column();
    int right = left;
    for (const QModelIndex& index : indexes) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    const QChar tab(u'\t');
    QString text;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = view.model()->index(row, column);
            cells << (selection->isSelected(index) ? index.data().toString() : QString());
        }
        text += csv::formatRow(cells, tab) + csv::lineTerminator(tab);
    }
    return text;
}

bool copySelectionToClipboard(const QAbstractItemView& view) {
    const QString text = selectionAsTsv(view);
    if (text.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(text);
    return true;
}

} // namespace mm
