#pragma once

#include "core/Result.h"
#include "data/Records.h"
#include "ui/shell/EditableArea.h"

#include <QWidget>
#include <optional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace mm {

class BuyerTableModel;
class Workspace;

// The buyers: an editable table (name, type, size in employees, budget) with the number of
// licenses each holds. Typing in a cell changes that buyer, Add Buyer (Insert or Ctrl+I through
// the Edit menu) adds one, Delete Buyer (Ctrl+- through the Edit menu, or the button) deletes
// the current one; a buyer who holds licenses cannot be deleted and the message says so. Each
// change is one BuyerCommand: one transaction and one undo step, refused when the buyer was
// changed meanwhile. Invalid values (an empty or taken name, fewer than one employee, a budget
// that is not an amount) are refused with the reason in a red line; nothing is written.
// Rows load on a worker; sorting and the name filter happen in the view (buyers are few).
class BuyersArea : public QWidget, public EditableArea {
    Q_OBJECT

public:
    explicit BuyersArea(Workspace& workspace, QWidget* parent = nullptr);
    ~BuyersArea() override;

    QTableView* view() const { return m_view; }
    BuyerTableModel* model() const { return m_model; }
    QAbstractItemModel* viewModel() const;
    QAction* addBuyerAction() const { return m_addAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QString messageText() const;
    bool isUpToDate() const;

    // The writes behind the table and the buttons; false with the reason shown when refused.
    bool editBuyer(qint64 buyerId, int column, const QVariant& value);
    std::optional<qint64> addBuyer();
    bool deleteBuyer(qint64 buyerId);
    std::optional<qint64> currentBuyerId() const;

    EditOperations supportedEdits() const override {
        return EditOperation::Copy | EditOperation::Find | EditOperation::InsertRow |
               EditOperation::DeleteRows;
    }
    void copySelection() override;
    void find() override;
    void insertRow() override { addBuyer(); }
    void deleteRows() override;

signals:
    void statusMessage(const QString& message);

private:
    void buildUi();
    void showMessage(const QString& message);
    void selectBuyer(qint64 buyerId, bool edit);

    Workspace& m_workspace;
    BuyerTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_deleteAction = nullptr;
    std::optional<qint64> m_pendingSelection;
    bool m_pendingEdit = false;
};

} // namespace mm
