#pragma once

#include "data/Database.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace mm {

class EditableArea;
class Workspace;

// Wires the workspace together: menus, areas, status bar. It computes nothing itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace& workspace() { return *m_workspace; }
    QTabWidget* areas() const { return m_areas; }
    QAction* action(const QString& objectName) const;

    // Replaces the open database (File > New / Open); the old one's undo history goes with it.
    void openWorkspace(std::unique_ptr<Database> db);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void buildAreas();
    void updateTitle();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void restoreLayout();
    void saveLayout();
    EditableArea* currentEditableArea() const;
    void forwardEdit(void (EditableArea::*operation)());

    void newDatabase();
    void openDatabase();
    void openDatabaseAt(const QString& path);
    void saveCopyAs();
    void importTable(int table);
    void exportTable(int table);
    void importEconomy();
    void exportEconomy();
    void showStatus(const QString& message);
    void showError(const QString& title, const QString& message);

    std::unique_ptr<Workspace> m_workspace;
    QTabWidget* m_areas = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_loadingLabel = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_workspaceActions;
};

} // namespace mm
