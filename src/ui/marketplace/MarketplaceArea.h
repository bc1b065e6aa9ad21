#pragma once

#include "core/Enums.h"
#include "ui/shell/EditableArea.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace mm {

class ListingTableModel;
class MoneyLineEdit;
class Workspace;
struct ListingRow;

// Browse and sell: one row per listing (model, tier, price, size, architecture, quality, value
// for money as quality points per $1,000, licenses sold, revenue), with search by name and
// filters for tier, size class, architecture, minimum quality and maximum price. Filtering,
// sorting (header click or the Sort combo), the 1,000-row cap and the count all run in SQL on a
// worker (ListingTableModel), so a large catalog stays responsive.
//
// Actions (shortcuts work while the area has focus):
//   List Model…     Ctrl+Shift+L   ListingDialog with a model chooser (completed models first),
//                                  starting at the selected listing's model
//   Sell License…   Ctrl+Shift+B, Return or double-click: PurchaseDialog for the selected listing
//   Change Price…   F2             new price for the selected listing (refused outside the range)
//   Unlist          Ctrl+Shift+U   withdraws the selected listing
//   Tier Policies…  Ctrl+Shift+T   TierPolicyEditor in a dialog
//   Refresh         F5
// Every write is one undo step. The area refreshes itself when a change touches listings, models,
// sales or tier policies (Workspace::changed) and on Workspace::economyChanged and catalogReset
// (the clock, other programs). Errors show in a red line above the table.
class MarketplaceArea : public QWidget, public EditableArea {
    Q_OBJECT

public:
    explicit MarketplaceArea(Workspace& workspace, QWidget* parent = nullptr);
    ~MarketplaceArea() override;

    ListingTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QAction* listModelAction() const { return m_listAction; }
    QAction* sellAction() const { return m_sellAction; }
    QAction* changePriceAction() const { return m_priceAction; }
    QAction* unlistAction() const { return m_unlistAction; }
    QAction* tierPoliciesAction() const { return m_policiesAction; }
    QString messageText() const;

    // The selected listing, if any.
    const ListingRow* selectedListing() const;
    // Writes without dialogs (the dialogs end here too); false with the message shown on refusal.
    bool changeSelectedPrice(const QString& priceText);
    bool unlistSelected();

    // EditableArea: Copy and Find act on the table; the rest do not apply to listings (Delete
    // Rows unlists).
    EditOperations supportedEdits() const override {
        return EditOperation::Copy | EditOperation::Find | EditOperation::InsertRow |
               EditOperation::DeleteRows;
    }
    void copySelection() override;
    void find() override;
    void insertRow() override { chooseAndListModel(); }
    void deleteRows() override { unlistSelected(); }

public slots:
    // Opens the ListingDialog for this model (the catalog can call it for a completed model).
    void listModel(std::optional<qint64> modelId = std::nullopt);
    void sellLicense();
    // List Model…: the dialog with a model chooser, starting at the selected listing's model.
    void chooseAndListModel();

signals:
    // For the main window's status bar.
    void statusMessage(const QString& message);

private:
    void buildUi();
    void createActions();
    void applyFilter();
    void applySortChoice();
    void updateCount();
    void updateActions();
    void showMessage(const QString& message);
    void scheduleRefresh();
    void rememberSelection();
    void restoreSelection();

    Workspace& m_workspace;
    ListingTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_tierFilter = nullptr;
    QComboBox* m_sizeFilter = nullptr;
    QComboBox* m_architectureFilter = nullptr;
    QDoubleSpinBox* m_minQuality = nullptr;
    MoneyLineEdit* m_maxPrice = nullptr;
    QComboBox* m_sortCombo = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTimer* m_filterTimer = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QAction* m_listAction = nullptr;
    QAction* m_sellAction = nullptr;
    QAction* m_priceAction = nullptr;
    QAction* m_unlistAction = nullptr;
    QAction* m_policiesAction = nullptr;
    QAction* m_refreshAction = nullptr;
    std::optional<qint64> m_selectedListingId;
};

} // namespace mm
