#pragma once

#include "data/Database.h"
#include "ui/shell/CheckedOpen.h"
#include "ui/shell/EditableArea.h"

#include <QMainWindow>
#include <QUndoGroup>
#include <memory>

class QAction;
class QDir;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QToolButton;

namespace mm {

class AutoBackup;
struct ImportReport;
class BackgroundPageCheck;
class CatalogArea;
class ConnectionBanner;
class GameClockWidget;
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
    // What File > New and File > Open do once a file is chosen. A refusal (the file exists for
    // New, is missing for Open, its folder is missing for either) is shown in a message box and
    // leaves the open database in place.
    void newDatabaseAt(const QString& path);
    void openDatabaseAt(const QString& path);
    // File > Connect to Server once an address is chosen (and Open Recent for a server): opens it
    // off the GUI thread, asking for a password when the server wants one (ui/shell/ServerOpen.h),
    // and shows it. Cancelled or refused, the open database stays. `password` is tried first.
    void openServerAt(const QString& url, const QString& password = {});
    // File > Save As Copy once a file is chosen: a file is copied with VACUUM INTO, a server's
    // economy into a new file; on a worker, complete or not at all.
    void saveCopyTo(const QString& path);
    // File > Upload to Server once an address is chosen: copies the open economy into that server
    // database on a worker; asks for its password if needed, and before replacing an economy
    // there; offers to open the copy when done.
    void uploadToServer(const QString& url, const QString& password = {}, bool replace = false);

    // For a database openForWindow() left with its pages unchecked: the window shows it
    // read-only, says why editing waits, and has BackgroundPageCheck read every page once the
    // catalog's first rows are on screen. When they pass, `openWritable` makes the connection
    // the window edits with. When they fail, the window goes back to `previousPath` (or, without
    // one, emits pageCheckRefused) and shows the refusal. Opening another file stops the check.
    void checkPagesInBackground(DatabaseOpener openWritable, const QString& previousPath = {});
    bool isCheckingPages() const { return m_pageCheck != nullptr; }

signals:
    // The user saved new preferences (clock speed, backups, currency).
    void preferencesChanged();
    // The file shown failed its page check and there is no file to go back to. Nothing was
    // written to it; whoever made the window closes it.
    void pageCheckRefused(const QString& message);

private slots:
    void showStatusMessage(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void buildAreas();
    void destroyAreas();
    void addArea(QWidget* area, const QString& title);
    void updateTitle();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void restoreLayout();
    void saveLayout();
    EditableArea* currentEditableArea() const;
    void forwardEdit(void (EditableArea::*operation)());
    // Enables the Edit actions the current area supports (and, read-only, only those that read).
    void updateEditActions();

    void newDatabase();
    void openDatabase();
    enum ShowMode {
        CheckInBackground, // openForWindow(): a big file is shown while its pages are checked
        CheckFirst,        // every page before the file is shown
        Reopen,            // a file whose pages passed in this window before
    };
    // Shows `path` in the window and tells `done` whether it could; `previousPath` is where a
    // failed page check goes back to. A big file checked first answers after this returns.
    void showFile(const QString& path, const QString& previousPath, ShowMode mode,
                  const std::function<void(const Status& shown)>& done);
    void stopPageCheck();
    bool mayReplaceWorkspace() const;
    void onPagesPassed();
    void onPagesFailed(const Error& error);
    QString missingFolderMessage(const QDir& folder) const;
    void saveCopyAs();
    void connectToServer();
    void chooseUploadTarget();
    // Enables what only a file has (backups, reloading from the file), saying why not otherwise.
    void updateFileOnlyActions();
    void importTable(int table);
    void showImportOutcome(const Status& done, const ImportReport& report, const QString& path);
    void exportTable(int table);
    void importEconomy();
    void exportEconomy();
    void editPreferences();
    void showStatus(const QString& message);
    void showWriteWaiting(const QString& message);
    void showError(const QString& title, const QString& message);

    std::unique_ptr<Workspace> m_workspace;
    QUndoGroup* m_undoGroup = new QUndoGroup(this); // holds the open workspace's stack
    std::unique_ptr<AutoBackup> m_autoBackup;
    QTabWidget* m_areas = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_loadingLabel = nullptr;
    QLabel* m_writeWaitLabel = nullptr; // what waits for another program's write lock
    QToolButton* m_stopWaitingButton = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_gameMenu = nullptr;
    QAction* m_playMarketAction = nullptr;
    QAction* m_marketParametersAction = nullptr;
    class QToolBar* m_clockBar = nullptr;
    GameClockWidget* m_clock = nullptr;
    CatalogArea* m_catalog = nullptr;
    QList<QAction*> m_workspaceActions;                      // disabled when read-only
    QList<std::pair<EditOperation, QAction*>> m_editActions; // see updateEditActions()
    std::unique_ptr<BackgroundPageCheck> m_pageCheck; // while the open file's pages are checked
    DatabaseOpener m_openAfterCheck;
    QString m_pathBeforeCheck;
    bool m_previousWasChecked = false; // its pages passed (or it was small enough for open())
    QLabel* m_pageCheckLabel = nullptr;
    ConnectionBanner* m_connectionBanner = nullptr; // while the server connection is lost
    QAction* m_reloadAction = nullptr;
};

} // namespace mm
