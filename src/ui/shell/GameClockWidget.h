#pragma once

#include "data/TrainingService.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>
#include <array>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

namespace mm {

class BackgroundDatabase;
class Workspace;

// The game clock for the main toolbar: today's game date, Play/Pause, a speed of 1, 7 or 30 game
// days per second, and a one-day step.
//
// Time passes in the background: each tick hands TrainingService::advance() to the worker pool
// (BackgroundDatabase, a worker's own connection), so the window never waits for a day to be
// simulated. Advances never overlap: a tick that fires while
// the previous advance is still running is skipped (skippedTicks() counts them), so a slow
// economy plays slower instead of piling up work. After each advance the widget emits advanced(),
// then Workspace::notifyEconomyChanged(), and notifyCatalogReset() when runs produced models.
//
// The clock and the undo stack: advancing is time passing, not an edit, so it is not an undo step,
// and pressing Play clears nothing. Commands already on the stack stay; each one re-reads its job
// or project when undone or redone and refuses (with a message through Workspace::commandFailed)
// when time moved it on, e.g. "Undo queue training" once the job has trained a day. Everything
// lives in the database (game date, jobs), so quitting mid-training and reopening resumes.
//
// Build one per Workspace and delete it before the Workspace (the destructor waits for a running
// advance, which keeps its transaction whole).
class GameClockWidget : public QWidget {
    Q_OBJECT

public:
    static constexpr std::array<int, 3> kSpeeds{1, 7, 30}; // game days per second
    // Ticks faster than this would only add overhead; higher speeds advance several days a tick.
    static constexpr int kMaxTicksPerSecond = 10;

    explicit GameClockWidget(Workspace& workspace, QWidget* parent = nullptr);
    ~GameClockWidget() override;

    // Checkable Play/Pause (Space while the clock has focus), for a menu of the main window.
    QAction* playPauseAction() const { return m_playAction; }
    // Advance One Day (runs on the worker like a tick).
    QAction* stepAction() const { return m_stepAction; }

    QDate gameDate() const { return m_gameDate; }
    bool isPlaying() const;
    // An advance is running on the worker.
    bool isAdvancing() const { return m_advancing; }
    int skippedTicks() const { return m_skippedTicks; }

    int speed() const { return m_speed; }
    // One of kSpeeds; other values are ignored.
    void setSpeed(int daysPerSecond);
    // Game days one tick advances, and the tick interval, at the current speed.
    int daysPerTick() const;
    int tickIntervalMs() const;

    void play();
    void pause();
    // Hands an advance of `days` to the worker. False, and nothing asked, while one is running.
    bool advanceBy(int days);

signals:
    void advanced(const mm::AdvanceReport& report);
    void advanceFailed(const QString& message);
    void playingChanged(bool playing);

private:
    void tick();
    void finishAdvance(const Result<AdvanceReport>& result);
    void readGameDate();
    void showDate();
    void updateControls();

    Workspace& m_workspace;
    std::shared_ptr<BackgroundDatabase> m_background;
    QFutureWatcher<Result<AdvanceReport>> m_advance;
    QLabel* m_dateLabel = nullptr;
    QToolButton* m_playButton = nullptr;
    QToolButton* m_stepButton = nullptr;
    QComboBox* m_speedCombo = nullptr;
    QAction* m_playAction = nullptr;
    QAction* m_stepAction = nullptr;
    QTimer* m_timer = nullptr;
    QDate m_gameDate;
    int m_speed = 1;
    bool m_advancing = false;
    int m_skippedTicks = 0;
};

} // namespace mm
