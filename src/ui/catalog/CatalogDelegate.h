#pragma once

#include "models/CatalogColumns.h"

#include <QStyledItemDelegate>

namespace mm {

// Edits catalog cells in place with an editor fit for each column: a combo of labels for the
// enum columns (it stores the key), a line edit with a digit validator for the big counts
// (parameters and dataset tokens reach 10^15, past any int spin box), a 0–100 spin box with one
// decimal for the metrics. Money columns are read-only in the catalog (prices are set where
// listings are managed). The delegate only hands the value to the model's setData(), which
// turns it into an undoable command elsewhere; it never writes itself.
//
// It also draws a faint bar behind the quality metrics so strong and weak models stand out
// while scrolling.
class CatalogDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CatalogDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // The metric spin box shows this text at its minimum, which stands for "no value".
    static QString noValueText();
};

} // namespace mm
