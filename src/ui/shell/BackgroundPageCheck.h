#pragma once

#include "core/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

namespace mm {

class StatementInterrupt;

// Database::checkEveryPage() of a file the window already shows, on a pool thread with its own
// read-only connection; the outcome arrives as a signal on the thread that made it. Destroying it
// interrupts a running check (sqlite3_interrupt: quick_check stops within milliseconds) and waits
// for the worker to close its connection.
class BackgroundPageCheck : public QObject {
    Q_OBJECT
public:
    explicit BackgroundPageCheck(QString path, QObject* parent = nullptr);
    ~BackgroundPageCheck() override;

    QString path() const { return m_path; }
    void start(); // once; later calls do nothing
    bool isStarted() const { return m_started; }

signals:
    void passed();
    // A damaged page, or a file that could not be read; never for an interrupted check.
    void failed(const mm::Error& error);

private:
    struct Outcome {
        bool healthy = false;
        Error error;
    };

    void finish();

    QString m_path;
    std::shared_ptr<StatementInterrupt> m_stop;
    QFutureWatcher<Outcome> m_watcher;
    bool m_started = false;
};

} // namespace mm
