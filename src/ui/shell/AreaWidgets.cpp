#include "ui/shell/AreaWidgets.h"

#include "ui/shell/StatusStyle.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace mm::areaWidgets {

QAction* addAreaAction(QWidget* area, const QString& objectName, const QString& text,
                       const QList<QKeySequence>& shortcuts, const QString& tip) {
    auto* action = new QAction(text, area);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QKeySequence key = shortcuts.value(0);
    if (!tip.isEmpty())
        action->setToolTip(key.isEmpty() ? tip
                                         : QCoreApplication::translate("mm::areaWidgets", "%1 (%2)")
                                               .arg(tip, key.toString(QKeySequence::NativeText)));
    area->addAction(action);
    return action;
}

QLabel* makeMessageLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(statusStyle::error(label));
    label->hide();
    return label;
}

void configureRecordTable(QTableView* view, const QString& objectName,
                          const QString& accessibleName) {
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

int selectedSourceRow(const QTableView* view, const QSortFilterProxyModel* proxy) {
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return -1;
    return proxy->mapToSource(rows.front()).row();
}

void selectSourceRow(QTableView* view, const QSortFilterProxyModel* proxy, int sourceRow) {
    if (sourceRow < 0) {
        view->clearSelection();
        return;
    }
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace mm::areaWidgets
