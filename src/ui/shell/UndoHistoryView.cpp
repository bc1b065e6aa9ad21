#include "ui/shell/UndoHistoryView.h"

#include "ui/shell/Workspace.h"
#include "ui/shell/WriteGate.h"

#include <QAbstractListModel>
#include <QUndoStack>

namespace mm {

namespace {

// Row 0 is the state before the first command; row i the state after command i - 1.
class UndoHistoryModel : public QAbstractListModel {
public:
    UndoHistoryModel(QUndoStack* stack, QString openedLabel, QObject* parent)
        : QAbstractListModel(parent)
        , m_stack(stack)
        , m_openedLabel(std::move(openedLabel)) {
        // A push, an undo, a redo or a step all move the index; pushing also drops what could
        // be redone, so the rows are read again whole (a history is short).
        connect(m_stack, &QUndoStack::indexChanged, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : m_stack->count() + 1;
    }

    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        return index.row() == 0 ? m_openedLabel : m_stack->text(index.row() - 1);
    }

private:
    QUndoStack* m_stack;
    QString m_openedLabel;
};

} // namespace

UndoHistoryView::UndoHistoryView(Workspace& workspace, const QString& openedLabel, QWidget* parent)
    : QListView(parent)
    , m_workspace(workspace) {
    auto* model = new UndoHistoryModel(workspace.undoStack(), openedLabel, this);
    setModel(model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &UndoHistoryView::showCurrent);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    // A step given up while it waited leaves the stack where it was: so does the selection.
    connect(&workspace.writeGate(), &WriteGate::waitingChanged, this, [this](const QString& what) {
        if (what.isEmpty())
            showCurrent();
    });
    showCurrent();
}

void UndoHistoryView::showCurrent() {
    m_showing = true;
    const QModelIndex current = model()->index(m_workspace.undoStack()->index(), 0);
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    scrollTo(current);
    m_showing = false;
}

void UndoHistoryView::onCurrentChanged(const QModelIndex& current) {
    if (m_showing || !current.isValid())
        return;
    m_workspace.stepTo(current.row());
}

} // namespace mm
