#include "ui/shell/MainWindow.h"

#include "data/DefaultDatabase.h"
#include "data/EconomyCopy.h"
#include "data/Exchange.h"
#include "data/MarketStore.h"
#include "data/ServerAccess.h"
#include "ui/buyers/BuyersArea.h"
#include "ui/catalog/CatalogArea.h"
#include "ui/forecast/ForecastArea.h"
#include "ui/forecast/MarketParametersDialog.h"
#include "ui/licenses/LicensesArea.h"
#include "ui/marketplace/MarketplaceArea.h"
#include "ui/research/ResearchArea.h"
#include "ui/revenue/RevenueArea.h"
#include "ui/scenarios/BalancePanel.h"
#include "ui/scenarios/ScenariosArea.h"
#include "ui/shell/AutoBackup.h"
#include "ui/shell/BackgroundPageCheck.h"
#include "ui/shell/BackgroundTask.h"
#include "ui/shell/CheckedOpen.h"
#include "ui/shell/ConnectServerDialog.h"
#include "ui/shell/ConnectionBanner.h"
#include "ui/shell/EconomyComparisonDialog.h"
#include "ui/shell/EditableArea.h"
#include "ui/shell/GameClockWidget.h"
#include "ui/shell/Preferences.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/ServerOpen.h"
#include "ui/shell/UndoHistoryView.h"
#include "ui/shell/Workspace.h"
#include "ui/shell/WriteGate.h"
#include "ui/training/TrainingArea.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mm {

namespace {

constexpr int kMaxRecentFiles = 8;
// A window that draws nothing (minimised) never shows first rows; its page check starts anyway.
constexpr int kPageCheckLatestStartMs = 3000;
// How often a finished page check looks again for a moment to replace the workspace.
constexpr int kPageCheckRetryMs = 250;
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kDatabaseFilter =
    QStringLiteral("ModelMarket databases (*.sqlite *.db);;All files (*)");

QString tableTitle(ExchangeTable table) {
    switch (table) {
    case ExchangeTable::Catalog:
        return MainWindow::tr("Catalog");
    case ExchangeTable::Buyers:
        return MainWindow::tr("Buyers");
    case ExchangeTable::Licenses:
        return MainWindow::tr("Licenses");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    m_areas = new QTabWidget(this);
    m_areas->setObjectName(QStringLiteral("areas"));
    m_areas->setDocumentMode(true);
    connect(m_areas, &QTabWidget::currentChanged, this, &MainWindow::updateEditActions);
    m_connectionBanner = new ConnectionBanner(this);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_connectionBanner);
    centralLayout->addWidget(m_areas);
    setCentralWidget(central);

    m_pageCheckLabel = new QLabel(this);
    m_pageCheckLabel->setObjectName(QStringLiteral("pageCheckStatus"));
    m_pageCheckLabel->setText(
        tr("Checking every page of the file… editing is available when the check passes"));
    m_pageCheckLabel->setToolTip(
        tr("ModelMarket reads every page of this large file to make sure it is not damaged before "
           "anything is written to it. Browsing, reports and forecasts work meanwhile; editing, "
           "imports and the game clock wait for the check to pass."));
    m_pageCheckLabel->hide();
    m_writeWaitLabel = new QLabel(this);
    m_writeWaitLabel->setObjectName(QStringLiteral("writeWaitStatus"));
    m_writeWaitLabel->hide();
    m_stopWaitingButton = new QToolButton(this);
    m_stopWaitingButton->setObjectName(QStringLiteral("stopWaitingButton"));
    m_stopWaitingButton->hide();
    m_loadingLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    statusBar()->addPermanentWidget(m_pageCheckLabel);
    statusBar()->addPermanentWidget(m_writeWaitLabel);
    statusBar()->addPermanentWidget(m_stopWaitingButton);
    statusBar()->addPermanentWidget(m_loadingLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    createActions();
    createMenus();
    resize(1280, 800);
    openWorkspace(std::move(db));
    restoreLayout();
}

MainWindow::~MainWindow() {
    stopPageCheck(); // interrupts it and closes its connection
    // Areas and the clock read the workspace's database: they go before it (members are
    // destroyed before the base class deletes child widgets).
    destroyAreas();
    m_autoBackup.reset();
}

void MainWindow::destroyAreas() {
    finishBackgroundTasks(this); // an import or export still running uses the workspace
    m_catalog = nullptr;
    while (m_areas->count() > 0) {
        QWidget* area = m_areas->widget(0);
        m_areas->removeTab(0);
        delete area;
    }
    delete m_clock; // waits for a running clock advance
    m_clock = nullptr;
}

void MainWindow::addArea(QWidget* area, const QString& title) {
    m_areas->addTab(area, title);
    // Every area reports what it did through the same status bar.
    if (area->metaObject()->indexOfSignal("statusMessage(QString)") >= 0)
        connect(area, SIGNAL(statusMessage(QString)), this, SLOT(showStatusMessage(QString)));
}

QAction* MainWindow::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

void MainWindow::openWorkspace(std::unique_ptr<Database> db) {
    stopPageCheck();
    destroyAreas();
    delete m_historyDock->widget();
    m_autoBackup.reset(); // waits for a running copy of the old database
    m_workspace = std::make_unique<Workspace>(std::move(db));
    const Preferences preferences = Preferences::load();
    m_autoBackup = std::make_unique<AutoBackup>(
        m_workspace->database(), std::chrono::minutes(preferences.backupIntervalMinutes),
        preferences.backupsKept);
    connect(m_autoBackup.get(), &AutoBackup::backedUp, this, [this](const QString& path) {
        showStatus(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_autoBackup.get(), &AutoBackup::failed, this, [this](const QString& message) {
        showStatus(tr("Automatic backup failed: %1").arg(message));
    });
    connect(m_workspace.get(), &Workspace::commandFailed, this,
            [this](const QString& message) { showError(tr("Undo"), message); });
    connect(&m_workspace->writeGate(), &WriteGate::waitingChanged, this,
            &MainWindow::showWriteWaiting);
    connect(&m_workspace->writeGate(), &WriteGate::stopped, this, &MainWindow::showStatus);
    showWriteWaiting({});
    connect(m_workspace.get(), &Workspace::externalChangesLoaded, this, [this] {
        showStatus(m_workspace->database().isServer()
                       ? tr("Loaded the changes another designer or program saved to the server")
                       : tr("Loaded the changes another program saved to this file"));
    });
    connect(m_workspace.get(), &Workspace::connectionRestored, this, &MainWindow::showStatus);
    m_connectionBanner->watch(*m_workspace);
    rememberRecent(m_workspace->database().path());

    auto* history = new UndoHistoryView(*m_workspace, tr("<opened>"), m_historyDock);
    history->setObjectName(QStringLiteral("undoHistory"));
    m_historyDock->setWidget(history);

    // The group's Undo and Redo actions now act on this workspace's stack (the old stack left
    // the group when its workspace was destroyed).
    m_undoGroup->addStack(m_workspace->undoStack());
    m_undoGroup->setActiveStack(m_workspace->undoStack());

    m_pathLabel->setText(m_workspace->database().isServer()
                             ? m_workspace->database().path()
                             : QDir::toNativeSeparators(m_workspace->database().path()));
    buildAreas();
    updateTitle();
    updateFileOnlyActions();
    if (m_workspace->isReadOnly()) {
        showStatus(tr("The database is read-only: changes cannot be saved."));
    } else if (m_workspace->database().isServer()) {
        const QString server = serverDisplayName(m_workspace->database().path());
        auto may = mayChangeEconomy(m_workspace->database());
        showStatus(may && !*may ? tr("Connected to %1. Your login may only read this database: "
                                     "browsing, reports and forecasts work, changes are refused.")
                                      .arg(server)
                                : tr("Connected to %1").arg(server));
    }
}

void MainWindow::buildAreas() {
    Workspace& workspace = *m_workspace;
    m_catalog = new CatalogArea(workspace);
    addArea(m_catalog, tr("Catalog"));
    connect(m_catalog, &CatalogArea::rowCountChanged, this,
            [this](qint64 rows) { m_countLabel->setText(tr("%L1 models").arg(rows)); });
    connect(m_catalog, &CatalogArea::loadingChanged, this, [this](bool loading) {
        m_loadingLabel->setText(loading ? tr("Loading…") : QString());
    });

    auto* training = new TrainingArea(workspace);
    addArea(training, tr("Training"));
    connect(training, &TrainingArea::showModelRequested, this, [this](qint64 modelId) {
        m_areas->setCurrentWidget(m_catalog);
        m_catalog->showModel(modelId);
    });
    addArea(new ResearchArea(workspace), tr("Research"));
    addArea(new MarketplaceArea(workspace), tr("Marketplace"));
    addArea(new LicensesArea(workspace), tr("Licenses"));
    addArea(new BuyersArea(workspace), tr("Buyers"));
    addArea(new RevenueArea(workspace), tr("Revenue"));
    addArea(new ForecastArea(workspace), tr("Forecast"));
    auto* scenarios = new ScenariosArea(workspace);
    addArea(scenarios, tr("Scenarios"));

    m_clock = new GameClockWidget(workspace, m_clockBar);
    m_clockBar->addWidget(m_clock);
    m_clock->setSpeed(Preferences::load().clockDaysPerSecond);
    connect(this, &MainWindow::preferencesChanged, m_clock,
            [this] { m_clock->setSpeed(Preferences::load().clockDaysPerSecond); });
    connect(m_clock, &GameClockWidget::advanceFailed, this,
            [this](const QString& message) { showError(tr("Game clock"), message); });
    m_gameMenu->clear();
    m_gameMenu->addAction(m_clock->playPauseAction());
    m_gameMenu->addAction(m_clock->stepAction());
    m_gameMenu->addSeparator();
    m_gameMenu->addAction(m_playMarketAction);
    m_gameMenu->addAction(m_marketParametersAction);
    QAction* checkBalance = m_gameMenu->addAction(tr("Check &Balance"));
    checkBalance->setObjectName(QStringLiteral("checkBalanceAction"));
    checkBalance->setToolTip(tr("Forecast and measure every balance rule"));
    connect(checkBalance, &QAction::triggered, this, [this, scenarios] {
        m_areas->setCurrentWidget(scenarios);
        scenarios->showPage(ScenariosArea::BalanceTab);
        scenarios->balancePanel()->check();
    });
    auto playing = MarketStore(workspace.database()).isEnabled();
    m_playMarketAction->setChecked(playing && *playing);

    const bool writable = !m_workspace->isReadOnly();
    for (QAction* workspaceAction : std::as_const(m_workspaceActions))
        workspaceAction->setEnabled(writable);
    m_clock->setEnabled(writable);
    m_playMarketAction->setEnabled(writable);
    updateEditActions();
}

// The platform's standard key, or ours where the platform has none (SaveAs and Preferences are
// empty on several Linux desktops).
static QKeySequence standardOr(QKeySequence::StandardKey key, const QString& fallback) {
    const QKeySequence standard(key);
    return standard.isEmpty() ? QKeySequence(fallback) : standard;
}

void MainWindow::createActions() {
    auto make = [this](const QString& name, const QString& text, const QKeySequence& shortcut,
                       auto slot) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        if (!shortcut.isEmpty())
            created->setShortcut(shortcut);
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    make(QStringLiteral("actionNew"), tr("&New…"), QKeySequence::New, [this] { newDatabase(); });
    make(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open,
         [this] { openDatabase(); });
    make(QStringLiteral("actionConnectServer"), tr("Connect to &Server…"),
         QKeySequence(tr("Ctrl+Shift+O")), [this] { connectToServer(); });
    make(QStringLiteral("actionSaveCopy"), tr("Save &As Copy…"),
         standardOr(QKeySequence::SaveAs, tr("Ctrl+Shift+S")), [this] { saveCopyAs(); });
    make(QStringLiteral("actionUploadServer"), tr("&Upload to Server…"), QKeySequence(),
         [this] { chooseUploadTarget(); });
    make(QStringLiteral("actionQuit"), tr("&Quit"), standardOr(QKeySequence::Quit, tr("Ctrl+Q")),
         [this] { close(); });

    // Qt's own actions: enabled and named ("Undo Edit cells") as the active stack says.
    // Triggering them goes to the workspace, which waits for the file's write lock without
    // freezing the window, instead of to the group's own undo().
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    disconnect(undo, &QAction::triggered, m_undoGroup, nullptr);
    connect(undo, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->undo();
    });
    addAction(undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    disconnect(redo, &QAction::triggered, m_undoGroup, nullptr);
    connect(redo, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->redo();
    });
    addAction(redo);
    // Only enabled while a write waits, so Esc belongs to editors and dialogs otherwise.
    QAction* stopWaiting = make(QStringLiteral("actionStopWaiting"), tr("Stop &Waiting"),
                                QKeySequence(Qt::Key_Escape), [this] {
                                    if (m_workspace)
                                        m_workspace->writeGate().cancel();
                                });
    stopWaiting->setEnabled(false);
    stopWaiting->setToolTip(tr("Give up the changes waiting for another program to finish "
                               "writing to this file (Esc)"));
    m_stopWaitingButton->setDefaultAction(stopWaiting);
    // Enabled by updateEditActions(): what the current area supports, if the file is writable.
    m_editActions = {
        {EditOperation::Cut, make(QStringLiteral("actionCut"), tr("Cu&t"), QKeySequence::Cut,
                                  [this] { forwardEdit(&EditableArea::cutSelection); })},
        {EditOperation::Paste,
         make(QStringLiteral("actionPaste"), tr("&Paste"), QKeySequence::Paste,
              [this] { forwardEdit(&EditableArea::paste); })},
        {EditOperation::PasteAsNewRows,
         make(QStringLiteral("actionPasteAsNewRows"), tr("Paste as &New Rows"),
              QKeySequence(tr("Ctrl+Shift+V")),
              [this] { forwardEdit(&EditableArea::pasteAsNewRows); })},
        {EditOperation::FillDown,
         make(QStringLiteral("actionFillDown"), tr("Fill &Down"), QKeySequence(tr("Ctrl+D")),
              [this] { forwardEdit(&EditableArea::fillDown); })},
        {EditOperation::Delete,
         make(QStringLiteral("actionDelete"), tr("&Delete"), QKeySequence::Delete,
              [this] { forwardEdit(&EditableArea::deleteSelection); })},
        {EditOperation::InsertRow,
         make(QStringLiteral("actionInsertRow"), tr("&Insert Row"), QKeySequence(tr("Ctrl+I")),
              [this] { forwardEdit(&EditableArea::insertRow); })},
        {EditOperation::Duplicate,
         make(QStringLiteral("actionDuplicate"), tr("D&uplicate Rows"),
              QKeySequence(tr("Ctrl+Shift+D")),
              [this] { forwardEdit(&EditableArea::duplicateSelection); })},
        {EditOperation::DeleteRows,
         make(QStringLiteral("actionDeleteRows"), tr("Delete &Rows"), QKeySequence(tr("Ctrl+-")),
              [this] { forwardEdit(&EditableArea::deleteRows); })},
    };
    make(QStringLiteral("actionPreferences"), tr("Pr&eferences…"),
         standardOr(QKeySequence::Preferences, tr("Ctrl+,")), [this] { editPreferences(); });
    m_editActions.append(
        {EditOperation::Copy, make(QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy,
                                   [this] { forwardEdit(&EditableArea::copySelection); })});
    m_editActions.append(
        {EditOperation::Find, make(QStringLiteral("actionFind"), tr("&Find…"), QKeySequence::Find,
                                   [this] { forwardEdit(&EditableArea::find); })});
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionNew")));
    file->addAction(action(QStringLiteral("actionOpen")));
    file->addAction(action(QStringLiteral("actionConnectServer")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(action(QStringLiteral("actionSaveCopy")));
    file->addAction(action(QStringLiteral("actionUploadServer")));
    file->addSeparator();
    QMenu* importMenu = file->addMenu(tr("&Import"));
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    for (ExchangeTable table :
         {ExchangeTable::Catalog, ExchangeTable::Buyers, ExchangeTable::Licenses}) {
        QAction* importAction =
            importMenu->addAction(tr("%1 from CSV…").arg(tableTitle(table)), this,
                                  [this, table] { importTable(static_cast<int>(table)); });
        m_workspaceActions.append(importAction);
        exportMenu->addAction(tr("%1 as CSV…").arg(tableTitle(table)), this,
                              [this, table] { exportTable(static_cast<int>(table)); });
    }
    importMenu->addSeparator();
    m_workspaceActions.append(
        importMenu->addAction(tr("Whole Economy from JSON…"), this, [this] { importEconomy(); }));
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Whole Economy as JSON…"), this, [this] { exportEconomy(); });
    QAction* compare = file->addAction(tr("&Compare with Economy…"), this, [this] {
        EconomyComparisonDialog::chooseAndOpen(*m_workspace, this);
    });
    compare->setObjectName(QStringLiteral("actionCompareEconomy"));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));
    updateRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (const char* name : std::initializer_list<const char*>{
             "actionUndo", "actionRedo", nullptr, "actionCut", "actionCopy", "actionPaste",
             "actionPasteAsNewRows", nullptr, "actionFillDown", "actionDelete", nullptr,
             "actionInsertRow", "actionDuplicate", "actionDeleteRows", nullptr, "actionFind",
             nullptr, "actionPreferences"}) {
        if (name)
            edit->addAction(action(QString::fromLatin1(name)));
        else
            edit->addSeparator();
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* history = m_historyDock->toggleViewAction();
    history->setObjectName(QStringLiteral("actionUndoHistory"));
    history->setShortcut(QKeySequence(tr("Ctrl+H")));
    view->addAction(history);
    view->addSeparator();
    for (int index = 0; index < 9; ++index) {
        auto* area = new QAction(this);
        area->setShortcut(QKeySequence(tr("Ctrl+%1").arg(index + 1)));
        connect(area, &QAction::triggered, this, [this, index] {
            if (index < m_areas->count())
                m_areas->setCurrentIndex(index);
        });
        addAction(area);
    }
    view->addAction(tr("Next Area"), QKeySequence::NextChild, this, [this] {
        m_areas->setCurrentIndex((m_areas->currentIndex() + 1) % std::max(1, m_areas->count()));
    });
    view->addSeparator();
    // Changes saved by another program arrive by themselves within a second; this is for the
    // impatient and for changes made while this window was importing or advancing the clock.
    QAction* reload =
        view->addAction(tr("&Reload from File"), QKeySequence(tr("Ctrl+R")), this, [this] {
            if (!m_workspace)
                return;
            m_workspace->reloadEverything();
            showStatus(tr("Reloaded everything from the file"));
        });
    reload->setObjectName(QStringLiteral("actionReload"));
    m_reloadAction = reload;

    m_gameMenu = menuBar()->addMenu(tr("&Game"));
    m_marketParametersAction = new QAction(tr("Market &Parameters…"), this);
    m_marketParametersAction->setObjectName(QStringLiteral("marketParametersAction"));
    m_marketParametersAction->setStatusTip(tr("How each type of buyer decides, month by month"));
    connect(m_marketParametersAction, &QAction::triggered, this, [this] {
        if (!m_workspace)
            return;
        MarketParametersDialog dialog(*m_workspace, this);
        dialog.exec();
    });
    m_playMarketAction = new QAction(tr("Play the &Market on the Clock"), this);
    m_playMarketAction->setObjectName(QStringLiteral("playMarketAction"));
    m_playMarketAction->setCheckable(true);
    m_playMarketAction->setStatusTip(tr("As months pass, buyers buy and renew licenses and rival "
                                        "labs release models"));
    connect(m_playMarketAction, &QAction::triggered, this, [this](bool on) {
        if (!m_workspace)
            return;
        if (auto done = MarketStore(m_workspace->database()).setEnabled(on); !done) {
            m_playMarketAction->setChecked(!on);
            showError(tr("Game clock"), done.error().toString());
            return;
        }
        showStatus(on ? tr("The game clock now plays the market.")
                      : tr("The game clock no longer plays the market."));
    });
    m_clockBar = addToolBar(tr("Game Clock"));
    m_clockBar->setObjectName(QStringLiteral("clockToolBar"));
    view->addSeparator();
    view->addAction(m_clockBar->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ModelMarket"), this, [this] {
        QMessageBox::about(
            this, tr("About ModelMarket"),
            tr("<h3>ModelMarket %1</h3><p>Design and tune the AI-model economy of a "
               "business-simulation game.</p><p>Database: %2</p>")
                .arg(QApplication::applicationVersion(),
                     QDir::toNativeSeparators(m_workspace->database().path()).toHtmlEscaped()));
    });
}

EditableArea* MainWindow::currentEditableArea() const {
    return dynamic_cast<EditableArea*>(m_areas->currentWidget());
}

void MainWindow::updateEditActions() {
    const EditableArea* area = currentEditableArea();
    const EditOperations supported = area ? area->supportedEdits() : EditOperations();
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    for (const auto& [operation, editAction] : std::as_const(m_editActions)) {
        const bool onlyReads = operation == EditOperation::Copy || operation == EditOperation::Find;
        editAction->setEnabled(supported.testFlag(operation) && (writable || onlyReads));
    }
}

void MainWindow::forwardEdit(void (EditableArea::*operation)()) {
    if (EditableArea* area = currentEditableArea())
        (area->*operation)();
}

void MainWindow::updateTitle() {
    const Database& db = m_workspace->database();
    // No [*] mark: every change is saved in its own transaction as it is made.
    setWindowTitle(
        tr("%1 — ModelMarket")
            .arg(db.isServer() ? serverDisplayName(db.path()) : QFileInfo(db.path()).fileName()));
}

void MainWindow::updateFileOnlyActions() {
    const bool server = m_workspace->database().isServer();
    m_reloadAction->setEnabled(!server);
    m_reloadAction->setStatusTip(
        server ? tr("A server database is read afresh by every view; there is no file to reload")
               : QString());
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    // A server's address is kept as it is: Database::path() never holds a password.
    const QString absolute =
        ServerAddress::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        if (ServerAddress::isServerUrl(path))
            m_recentMenu->addAction(path, this, [this, path] { openServerAt(path); });
        else
            m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                    [this, path] { openDatabaseAt(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newDatabase() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Database"), {}, kDatabaseFilter);
    if (!path.isEmpty())
        newDatabaseAt(path);
}

void MainWindow::newDatabaseAt(const QString& path) {
    if (QFileInfo::exists(path)) {
        showError(tr("New Database"),
                  tr("%1 already exists; New never overwrites a file. Use Open instead.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    // A folder typed wrong is not created: the file goes where the user meant, or nowhere.
    if (const QDir folder = QFileInfo(path).absoluteDir(); !folder.exists()) {
        showError(tr("New Database"), missingFolderMessage(folder));
        return;
    }
    auto db = openOrCreate(path, false);
    if (!db) {
        showError(tr("New Database"), db.error().toString());
        return;
    }
    openWorkspace(std::move(*db));
}

void MainWindow::openDatabase() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), {}, kDatabaseFilter);
    if (!path.isEmpty())
        openDatabaseAt(path);
}

void MainWindow::checkPagesInBackground(DatabaseOpener openWritable, const QString& previousPath) {
    stopPageCheck();
    m_pageCheck = std::make_unique<BackgroundPageCheck>(m_workspace->database().path());
    m_openAfterCheck = std::move(openWritable);
    m_pathBeforeCheck = previousPath;
    BackgroundPageCheck* check = m_pageCheck.get();
    connect(check, &BackgroundPageCheck::passed, this, &MainWindow::onPagesPassed);
    connect(check, &BackgroundPageCheck::failed, this, &MainWindow::onPagesFailed);
    // The check reads the whole file: started once the first rows are shown, it does not compete
    // with them for the disk.
    connect(m_catalog, &CatalogArea::firstRowsShown, check, &BackgroundPageCheck::start);
    QTimer::singleShot(kPageCheckLatestStartMs, check, &BackgroundPageCheck::start);
    statusBar()->clearMessage(); // not "read-only": editing only waits
    m_pageCheckLabel->show();
}

void MainWindow::stopPageCheck() {
    m_pageCheck.reset();
    m_openAfterCheck = {};
    m_pathBeforeCheck.clear();
    m_previousWasChecked = false;
    m_pageCheckLabel->hide();
}

bool MainWindow::mayReplaceWorkspace() const {
    // A dialog's or a menu's own event loop may hold the workspace the check would replace.
    return QApplication::activeModalWidget() == nullptr &&
           QThread::currentThread()->loopLevel() <= 1;
}

void MainWindow::onPagesPassed() {
    if (!mayReplaceWorkspace()) {
        QTimer::singleShot(kPageCheckRetryMs, m_pageCheck.get(), [this] { onPagesPassed(); });
        return;
    }
    const DatabaseOpener openWritable = std::move(m_openAfterCheck);
    m_pageCheck.release()->deleteLater(); // it is still emitting
    stopPageCheck();
    auto writable = openWritable();
    if (!writable) {
        // Every page is sound but the file cannot be written now; it stays shown read-only.
        showError(tr("Open Database"), writable.error().toString());
        return;
    }
    const int area = m_areas->currentIndex();
    openWorkspace(std::move(*writable));
    m_areas->setCurrentIndex(area);
    showStatus(tr("Every page of the file was checked: editing is available."));
}

void MainWindow::onPagesFailed(const Error& error) {
    if (!mayReplaceWorkspace()) {
        QTimer::singleShot(kPageCheckRetryMs, m_pageCheck.get(),
                           [this, error] { onPagesFailed(error); });
        return;
    }
    const QString previous = m_pathBeforeCheck;
    const bool previousChecked = m_previousWasChecked;
    m_pageCheck.release()->deleteLater(); // it is still emitting
    stopPageCheck();
    // As after a failed open: the file that was open before is shown again, as it was (its own
    // page check, if it was interrupted, starts again), and the refusal.
    if (previous.isEmpty()) {
        emit pageCheckRefused(error.toString());
        return;
    }
    showFile(previous, {}, previousChecked ? Reopen : CheckInBackground,
             [this, error](const Status& shownAgain) {
                 if (!shownAgain)
                     emit pageCheckRefused(error.toString());
                 else
                     showError(tr("Open Database"), error.toString());
             });
}

void MainWindow::showFile(const QString& path, const QString& previousPath, ShowMode mode,
                          const std::function<void(const Status& shown)>& done) {
    const qint64 limit = Preferences::load().fullCheckMaxBytes;
    DatabaseOpener open = [path, limit] {
        Database::OpenOptions options;
        options.fullCheckMaxBytes = limit;
        return Database::open(path, options);
    };
    if (mode == Reopen) {
        auto reopened = open();
        if (!reopened)
            return done(reopened.error());
        openWorkspace(std::move(*reopened));
        return done(Ok{});
    }
    if (mode == CheckFirst) {
        openCheckingEveryPage(
            this, path, open,
            [this, done](Result<std::unique_ptr<Database>> checked) {
                if (!checked)
                    return done(checked.error());
                openWorkspace(std::move(*checked));
                done(Ok{});
            },
            limit);
        return;
    }
    const bool previousChecked = !isCheckingPages();
    openForWindow(
        this, path, open,
        [this, open, previousPath, previousChecked, done](Result<WindowDatabase> opened) {
            if (!opened)
                return done(opened.error());
            const bool unchecked = opened->pagesUnchecked;
            openWorkspace(std::move(opened->db));
            if (unchecked) {
                checkPagesInBackground(open, previousPath);
                m_previousWasChecked = previousChecked;
            }
            done(Ok{});
        },
        limit);
}

void MainWindow::openDatabaseAt(const QString& path) {
    if (const QDir folder = QFileInfo(path).absoluteDir(); !folder.exists()) {
        showError(tr("Open Database"), missingFolderMessage(folder));
        return;
    }
    if (!QFileInfo::exists(path)) {
        showError(tr("Open Database"),
                  tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString current = m_workspace->database().path();
    // Going back after a failed check would mean this very file: it is checked before it is
    // shown again.
    const bool reopening =
        QFileInfo(path).canonicalFilePath() == QFileInfo(current).canonicalFilePath();
    showFile(path, current, reopening ? CheckFirst : CheckInBackground,
             [this](const Status& shown) {
                 // Refused, the current database stays open: nothing is lost by a failed open.
                 if (!shown)
                     showError(tr("Open Database"), shown.error().toString());
             });
}

QString MainWindow::missingFolderMessage(const QDir& folder) const {
    return tr("The folder %1 does not exist. Check its name, or create it first; nothing was "
              "opened or created.")
        .arg(QDir::toNativeSeparators(folder.absolutePath()));
}

void MainWindow::saveCopyAs() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save As Copy"), {}, kDatabaseFilter);
    if (!path.isEmpty())
        saveCopyTo(path);
}

void MainWindow::saveCopyTo(const QString& path) {
    if (m_workspace->database().isServer()) {
        // A server has no file to VACUUM INTO: the economy is copied into a new file instead.
        startInBackground(
            this, m_workspace->database(), tr("Saving a copy…"),
            [path](Database& connection, const TaskProgress& progress) {
                return exchange::copyEconomyToFile(connection, path, progress);
            },
            [this, path](const Status& done) {
                if (!done && done.error().rule == QLatin1String("cancelled"))
                    showStatus(done.error().message);
                else if (!done)
                    showError(tr("Save As Copy"), done.error().toString());
                else
                    showStatus(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)));
            });
        return;
    }
    if (QFileInfo(path).absoluteFilePath() ==
        QFileInfo(m_workspace->database().path()).absoluteFilePath()) {
        showError(tr("Save As Copy"), tr("Choose another file than the open database."));
        return;
    }
    startInBackground(
        this, m_workspace->database(), tr("Saving a copy…"),
        [path](Database& connection, const TaskProgress&) { return connection.backupTo(path); },
        [this, path](const Status& done) {
            if (!done)
                showError(tr("Save As Copy"), done.error().toString());
            else
                showStatus(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)));
        });
}

void MainWindow::importTable(int tableIndex) {
    const auto table = static_cast<ExchangeTable>(tableIndex);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import %1").arg(tableTitle(table)),
                                                      {}, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    // The workspace knows a worker writes until the answer is handled.
    auto workerWrite = std::make_shared<Workspace::WorkerWriteScope>(*m_workspace);
    auto report = std::make_shared<ImportReport>();
    startInBackground(
        this, m_workspace->database(), tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [report, table, path](Database& connection, const TaskProgress& progress) -> Status {
            auto result = exchange::importCsvFile(connection, table, path, progress);
            if (!result)
                return result.error();
            *report = *result;
            return Ok{};
        },
        [this, workerWrite, report, path](const Status& done) {
            showImportOutcome(done, *report, path);
        });
}

void MainWindow::showImportOutcome(const Status& done, const ImportReport& report,
                                   const QString& path) {
    if (!done && done.error().rule == QLatin1String("cancelled")) {
        showStatus(done.error().message);
        return;
    }
    if (!done) {
        showError(tr("Import"), done.error().toString());
        return;
    }
    if (!report.ok()) {
        QStringList lines;
        for (const ImportProblem& problem : std::as_const(report.problems).mid(0, 30))
            lines.append(problem.toString());
        if (report.problems.size() > 30)
            lines.append(tr("… and %1 more").arg(report.problems.size() - 30));
        QMessageBox box(
            QMessageBox::Warning, tr("Import refused"),
            tr("%1 has problems; nothing was imported.").arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.setInformativeText(lines.mid(0, 5).join(u'\n'));
        box.exec();
        return;
    }
    // An import is not on the undo stack: it can be thousands of rows from outside. Say so.
    m_workspace->notifyCatalogReset();
    m_workspace->notifyEconomyChanged();
    showStatus(report.summary());
}

void MainWindow::exportTable(int tableIndex) {
    const auto table = static_cast<ExchangeTable>(tableIndex);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(tableTitle(table)),
                                                      {}, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    startInBackground(
        this, m_workspace->database(), tr("Exporting…"),
        [table, path](Database& connection, const TaskProgress& progress) -> Status {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return makeError(file.errorString(), path);
            // A cancelled export leaves no file: QSaveFile discards it uncommitted.
            if (auto written = exchange::exportCsv(connection, table, file, progress); !written)
                return written;
            if (!file.commit())
                return makeError(file.errorString(), path);
            return Ok{};
        },
        [this, path](const Status& done) {
            if (!done && done.error().rule == QLatin1String("cancelled"))
                showStatus(done.error().message);
            else if (!done)
                showError(tr("Export"), done.error().toString());
            else
                showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        });
}

void MainWindow::importEconomy() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Economy"), {}, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Import Economy"),
            tr("Importing replaces every model, buyer, listing, license and job in %1. "
               "This cannot be undone. Continue?")
                .arg(QFileInfo(m_workspace->database().path()).fileName())) != QMessageBox::Yes)
        return;
    // The workspace knows a worker writes until the answer is handled.
    auto workerWrite = std::make_shared<Workspace::WorkerWriteScope>(*m_workspace);
    startInBackground(
        this, m_workspace->database(), tr("Importing the economy…"),
        [path](Database& connection, const TaskProgress& progress) {
            return exchange::importEconomyFile(connection, path, true, progress);
        },
        [this, workerWrite, path](const Status& done) {
            if (!done && done.error().rule == QLatin1String("cancelled")) {
                showStatus(done.error().message);
                return;
            }
            if (!done) {
                showError(tr("Import Economy"), done.error().toString());
                return;
            }
            m_workspace->undoStack()->clear();
            m_workspace->notifyCatalogReset();
            m_workspace->notifyEconomyChanged();
            showStatus(tr("Imported the economy from %1").arg(QDir::toNativeSeparators(path)));
        });
}

void MainWindow::exportEconomy() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Economy"), {}, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    startInBackground(
        this, m_workspace->database(), tr("Exporting the economy…"),
        [path](Database& connection, const TaskProgress&) -> Status {
            auto economy = exchange::exportEconomy(connection);
            if (!economy)
                return economy.error();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return makeError(file.errorString(), path);
            file.write(exchange::economyJsonText(*economy));
            if (!file.commit())
                return makeError(file.errorString(), path);
            return Ok{};
        },
        [this, path](const Status& done) {
            if (!done)
                showError(tr("Export Economy"), done.error().toString());
            else
                showStatus(tr("Exported the economy to %1").arg(QDir::toNativeSeparators(path)));
        });
}

void MainWindow::editPreferences() {
    PreferencesDialog dialog(Preferences::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences preferences = dialog.preferences();
    preferences.save();
    preferences.apply();
    m_autoBackup->setInterval(std::chrono::minutes(preferences.backupIntervalMinutes),
                              preferences.backupsKept);
    m_workspace->notifyEconomyChanged(); // amounts are redrawn with the new currency
    emit preferencesChanged();
}

void MainWindow::showStatusMessage(const QString& message) {
    showStatus(message);
}

void MainWindow::showStatus(const QString& message) {
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showError(const QString& title, const QString& message) {
    QMessageBox::warning(this, title, message);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::saveLayout() {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    event->accept();
}

void MainWindow::showWriteWaiting(const QString& message) {
    m_writeWaitLabel->setText(message);
    m_writeWaitLabel->setVisible(!message.isEmpty());
    m_stopWaitingButton->setVisible(!message.isEmpty());
    action(QStringLiteral("actionStopWaiting"))->setEnabled(!message.isEmpty());
}

} // namespace mm
