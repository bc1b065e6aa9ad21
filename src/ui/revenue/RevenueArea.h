#pragma once

#include "data/LatestRead.h"
#include "data/RevenueQueries.h"
#include "ui/shell/EditableArea.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace mm {

class ExportableChartView;
enum class TierScale; // RevenueCharts.h
class Workspace;

// The revenue dashboard: revenue per tier per month (fees and usage), each tier's share, the
// running total per tier, licenses sold, the top models, price against quality and training spend
// against revenue, for a range of months and a size class, architecture, buyer type and part of
// revenue.
//
// It keeps itself current: a sale, a listing, an undo of either (Workspace::changed touching
// licenses, usage or listings) or a clock advance and another program's writes
// (Workspace::economyChanged, catalogReset) schedule a reload 300 ms later, so a burst of changes
// costs one. An edit of the catalog alone does not.
// The queries run in the background (LatestRead): a newer request interrupts the one in flight
// and only the newest answer is drawn. The charts are rebuilt on the GUI thread.
//
// Each chart offers PNG, SVG and CSV export and Copy Data from its context menu. Copy in the Edit
// menu copies the focused chart's numbers; the other edit operations do nothing here.
class RevenueArea : public QWidget, public EditableArea {
    Q_OBJECT
public:
    explicit RevenueArea(Workspace& workspace, QWidget* parent = nullptr);
    ~RevenueArea() override;

    // The filter the controls describe (month pickers at their ends mean "open").
    RevenueFilter filter() const;
    // How the per-tier revenue charts draw their axis; the choice is remembered (QSettings).
    TierScale tierScale() const;
    void setTierScale(TierScale scale);
    // Reload now instead of after the debounce (F5).
    void refresh();
    // Sets the controls as `filter` says; months outside the pickers' range are clamped.
    void setFilter(const RevenueFilter& filter);

    // What is drawn now; its filter is the one it was loaded for.
    const RevenueDashboardData& data() const { return m_data; }
    // Number of answers drawn so far (tests wait for it to move).
    int loadsDrawn() const { return m_loadsDrawn; }
    bool isLoading() const { return m_pending; }
    // A change asked for a reload that has not started yet.
    bool isReloadScheduled() const;
    QList<ExportableChartView*> chartViews() const { return m_views; }

    EditOperations supportedEdits() const override {
        return EditOperation::Copy | EditOperation::Find;
    }
    void copySelection() override;
    void find() override;

signals:
    // A new answer was drawn.
    void dashboardUpdated();
    // What the area did, for the main window's status bar (an export, a failed read).
    void statusMessage(const QString& message);

private:
    void buildControls();
    void buildCharts();
    void scheduleReload(int delayMs);
    void requestLoad();
    void showResult(const Result<RevenueDashboardData>& result);
    void updateMonthPickers();
    void updateTotals();
    void drawCharts();

    Workspace& m_workspace;
    LatestRead<RevenueDashboardData> m_read;
    bool m_pending = false;
    int m_loadsDrawn = 0;
    RevenueDashboardData m_data;

    QTimer* m_debounce = nullptr;
    QComboBox* m_fromMonth = nullptr;
    QComboBox* m_toMonth = nullptr;
    QComboBox* m_sizeClass = nullptr;
    QComboBox* m_architecture = nullptr;
    QComboBox* m_buyerType = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_tierScale = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QAction* m_refreshAction = nullptr;
    QList<ExportableChartView*> m_views;
};

} // namespace mm
