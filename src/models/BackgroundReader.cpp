#include "models/BackgroundReader.h"

#include "data/Database.h"

#include <QPointer>
#include <QThread>
#include <memory>
#include <optional>

namespace mm {

BackgroundReader::BackgroundReader(const Database& source, QObject* parent)
    : QObject(parent)
    , m_source(source) {
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("BackgroundReader"));
    m_thread->start();
}

BackgroundReader::~BackgroundReader() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    // Continuations already queued to this object are discarded by Qt with it.
}

void BackgroundReader::post(Job job) {
    ++m_pending;
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void BackgroundReader::run() {
    std::unique_ptr<Database> connection;
    std::optional<Error> openError;
    bool opened = false;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        if (!opened) {
            opened = true;
            auto another = m_source.openAnotherConnection();
            if (another)
                connection = std::move(*another);
            else
                openError = another.error();
        }
        Continuation continuation = job(connection.get(), openError ? &*openError : nullptr);
        QMetaObject::invokeMethod(
            this,
            [this, continuation = std::move(continuation)] {
                --m_pending;
                if (continuation)
                    continuation();
            },
            Qt::QueuedConnection);
    }
    connection.reset(); // closes the connection on the thread that opened it
}

} // namespace mm
