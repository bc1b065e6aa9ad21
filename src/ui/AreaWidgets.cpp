#include "ui/AreaWidgets.h"

#include "ui/StatusStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace mm::areaWidgets {

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

} // namespace mm::areaWidgets
