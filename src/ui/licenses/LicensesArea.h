#pragma once

#include "core/Result.h"
#include "ui/shell/EditableArea.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace mm {

class LicenseTableModel;
class Workspace;
struct LicenseRow;

// Every license sold: model, buyer, tier, sale date, fee, deployments, monthly calls, usage
// charged to date, status and expiry, filtered by model text, buyer text, tier, status and a
// sale date range, sorted by any column (header click). Filtering, sorting, the 1,000-row cap
// and the count run in SQL on a worker (LicenseTableModel).
//
// Actions (while the area has focus):
//   Revoke…        Ctrl+Shift+R   asks for the reason (required); one undo step
//   Export CSV…    Ctrl+Shift+E   every license matching the filters (not only the 1,000
//                                 shown), in machine form, written on a worker
//   Refresh        F5
class LicensesArea : public QWidget, public EditableArea {
    Q_OBJECT

public:
    explicit LicensesArea(Workspace& workspace, QWidget* parent = nullptr);
    ~LicensesArea() override;

    LicenseTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QAction* revokeAction() const { return m_revokeAction; }
    QAction* exportAction() const { return m_exportAction; }
    QString messageText() const;

    const LicenseRow* selectedLicense() const;
    // Revokes the selected license without asking (the dialog ends here); false with the message
    // shown when refused (no reason, already revoked).
    bool revokeSelected(const QString& reason);
    // Writes the licenses matching the current filters to `path` as CSV in the background, then
    // hands the outcome to `done` (not called when the area goes first).
    void exportCsv(const QString& path, const std::function<void(const Status&)>& done);

    EditOperations supportedEdits() const override {
        return EditOperation::Copy | EditOperation::Find;
    }
    void copySelection() override;
    void find() override;

signals:
    void statusMessage(const QString& message);

private:
    void buildUi();
    void createActions();
    void applyFilter();
    void updateCount();
    void updateActions();
    void showMessage(const QString& message);
    void askAndRevoke();
    void askAndExport();

    Workspace& m_workspace;
    LicenseTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_modelText = nullptr;
    QLineEdit* m_buyerText = nullptr;
    QComboBox* m_tierFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QCheckBox* m_dateRange = nullptr;
    QDateEdit* m_soldFrom = nullptr;
    QDateEdit* m_soldTo = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTimer* m_filterTimer = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QAction* m_revokeAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_refreshAction = nullptr;
    std::optional<qint64> m_selectedId;
};

} // namespace mm
