#include "data/StatementInterrupt.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <cstring>
#include <sqlite3.h>

namespace mm {

namespace {

// Virtual-machine steps between two looks at the flag: far below a millisecond.
constexpr int kStepsPerLook = 1000;

sqlite3* handleOf(QSqlDatabase& connection) {
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    // The driver names the type it hands out; anything else is no sqlite3 connection.
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

void StatementInterrupt::interrupt() {
    const QMutexLocker lock(&m_mutex);
    m_interrupted = true;
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

int StatementInterrupt::keepGoing(void* self) {
    return static_cast<StatementInterrupt*>(self)->isInterrupted() ? 1 : 0;
}

StatementInterrupt::Attachment::Attachment(StatementInterrupt& interrupt, QSqlDatabase& connection)
    : m_interrupt(interrupt) {
    sqlite3* handle = handleOf(connection);
    if (!handle)
        return;
    sqlite3_progress_handler(handle, kStepsPerLook, &StatementInterrupt::keepGoing, &interrupt);
    const QMutexLocker lock(&m_interrupt.m_mutex);
    m_interrupt.m_handle = handle;
}

StatementInterrupt::Attachment::~Attachment() {
    sqlite3* handle = nullptr;
    {
        const QMutexLocker lock(&m_interrupt.m_mutex);
        handle = m_interrupt.m_handle;
        m_interrupt.m_handle = nullptr;
    }
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}

} // namespace mm
