#include "ui/shell/GameClockWidget.h"

#include "data/BackgroundDatabase.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/TableNames.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace mm {

GameClockWidget::GameClockWidget(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_background(BackgroundDatabase::of(workspace.database())) {
    setObjectName(QStringLiteral("gameClock"));
    setAccessibleName(tr("Game clock"));
    setFocusPolicy(Qt::StrongFocus);

    connect(&m_advance, &QFutureWatcherBase::finished, this,
            [this] { finishAdvance(m_advance.result()); });

    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("gameDateLabel"));
    m_dateLabel->setAccessibleName(tr("Game date"));
    m_dateLabel->setToolTip(tr("Today in the game"));
    // Room for the longest date, so the toolbar does not jump as the days pass.
    m_dateLabel->setMinimumWidth(m_dateLabel->fontMetrics().horizontalAdvance(
                                     QLocale().toString(QDate(2025, 9, 24), QLocale::LongFormat)) +
                                 8);

    m_playAction = new QAction(tr("&Play"), this);
    m_playAction->setObjectName(QStringLiteral("actionPlayClock"));
    m_playAction->setCheckable(true);
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_playAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_playAction->setToolTip(tr("Play or pause the game clock (Space)"));
    connect(m_playAction, &QAction::toggled, this, [this](bool playing) {
        if (playing)
            play();
        else
            pause();
    });
    addAction(m_playAction);

    m_stepAction = new QAction(tr("Advance One &Day"), this);
    m_stepAction->setObjectName(QStringLiteral("actionStepClock"));
    m_stepAction->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_stepAction->setToolTip(tr("Advance the game clock by one day"));
    connect(m_stepAction, &QAction::triggered, this, [this] { advanceBy(1); });

    m_playButton = new QToolButton(this);
    m_playButton->setObjectName(QStringLiteral("playPauseButton"));
    m_playButton->setDefaultAction(m_playAction);
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playButton->setAccessibleName(tr("Play or pause"));

    m_stepButton = new QToolButton(this);
    m_stepButton->setObjectName(QStringLiteral("stepButton"));
    m_stepButton->setDefaultAction(m_stepAction);
    m_stepButton->setAccessibleName(tr("Advance one day"));

    m_speedCombo = new QComboBox(this);
    m_speedCombo->setObjectName(QStringLiteral("speedCombo"));
    m_speedCombo->setAccessibleName(tr("Clock speed"));
    m_speedCombo->setToolTip(tr("Game days per second while playing"));
    for (int speed : kSpeeds)
        m_speedCombo->addItem(speed == 1 ? tr("1 day/s") : tr("%1 days/s").arg(speed), speed);
    connect(m_speedCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setSpeed(m_speedCombo->itemData(index).toInt()); });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dateLabel);
    layout->addWidget(m_playButton);
    layout->addWidget(m_stepButton);
    layout->addWidget(m_speedCombo);
    setFocusProxy(m_playButton);
    setTabOrder(m_playButton, m_stepButton);
    setTabOrder(m_stepButton, m_speedCombo);

    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("clockTimer"));
    connect(m_timer, &QTimer::timeout, this, &GameClockWidget::tick);

    connect(&m_workspace, &Workspace::economyChanged, this, &GameClockWidget::readGameDate);
    m_workspace.onTablesChanged(this, {dbtable::settings}, [this] { readGameDate(); });
    readGameDate();
    setSpeed(kSpeeds.front());
    updateControls();
}

GameClockWidget::~GameClockWidget() {
    m_timer->stop();
    m_advance.waitForFinished(); // an advance still running keeps its transaction whole
}

bool GameClockWidget::isPlaying() const {
    return m_timer->isActive();
}

int GameClockWidget::daysPerTick() const {
    return (m_speed + kMaxTicksPerSecond - 1) / kMaxTicksPerSecond;
}

int GameClockWidget::tickIntervalMs() const {
    return (1000 * daysPerTick() + m_speed / 2) / m_speed;
}

void GameClockWidget::setSpeed(int daysPerSecond) {
    if (std::find(kSpeeds.begin(), kSpeeds.end(), daysPerSecond) == kSpeeds.end())
        return;
    m_speed = daysPerSecond;
    {
        const QSignalBlocker blocker(m_speedCombo);
        m_speedCombo->setCurrentIndex(m_speedCombo->findData(daysPerSecond));
    }
    m_timer->setInterval(tickIntervalMs());
}

void GameClockWidget::play() {
    if (m_workspace.isReadOnly() || isPlaying())
        return;
    m_timer->start(tickIntervalMs());
    updateControls();
    emit playingChanged(true);
}

void GameClockWidget::pause() {
    if (!isPlaying())
        return;
    m_timer->stop();
    updateControls();
    emit playingChanged(false);
}

void GameClockWidget::updateControls() {
    const bool playing = isPlaying();
    {
        const QSignalBlocker blocker(m_playAction);
        m_playAction->setChecked(playing);
    }
    m_playAction->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playAction->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const bool writable = !m_workspace.isReadOnly();
    m_playAction->setEnabled(writable);
    m_stepAction->setEnabled(writable && !m_advancing);
}

void GameClockWidget::tick() {
    if (m_advancing) {
        ++m_skippedTicks; // the previous day is still being simulated: never overlap
        return;
    }
    advanceBy(daysPerTick());
}

bool GameClockWidget::advanceBy(int days) {
    if (m_advancing || m_workspace.isReadOnly())
        return false;
    m_advancing = true;
    m_workspace.beginWorkerWrite();
    updateControls();
    m_advance.setFuture(m_background->run<AdvanceReport>(
        [days](Database& db) { return TrainingService(db).advance(days); }));
    return true;
}

void GameClockWidget::finishAdvance(const Result<AdvanceReport>& result) {
    m_advancing = false;
    m_workspace.endWorkerWrite();
    updateControls();
    if (!result) {
        pause();
        const QString message = result.error().toString();
        emit advanceFailed(message);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Game Clock Stopped"),
                                    tr("The clock could not advance: %1").arg(message),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("clockErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_gameDate = result->gameDate;
    showDate();
    emit advanced(*result);
    m_workspace.notifyEconomyChanged();
    if (!result->completed.isEmpty())
        m_workspace.notifyCatalogReset();
}

void GameClockWidget::readGameDate() {
    auto date = EconomyRepository(m_workspace.database()).gameDate();
    if (date)
        m_gameDate = *date;
    showDate();
}

void GameClockWidget::showDate() {
    m_dateLabel->setText(QLocale().toString(m_gameDate, QLocale::LongFormat));
}

} // namespace mm
