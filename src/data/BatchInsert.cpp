#include "data/BatchInsert.h"

#include "data/Database.h"

#include <algorithm>

namespace mm {

BatchInsert::BatchInsert(Database& db, QString head, QString row, QString operation,
                         int rowsPerStatement)
    : m_db(db)
    , m_head(std::move(head))
    , m_row(std::move(row))
    , m_operation(std::move(operation))
    , m_rowsPerStatement(std::max(1, rowsPerStatement)) {
}

Result<QSqlQuery*> BatchInsert::statementFor(int rows, bool returning) {
    Prepared& slot = rows == m_rowsPerStatement ? m_full : m_other;
    if (slot.query && slot.rows == rows && slot.returning == returning)
        return &*slot.query;
    QString sql = m_head;
    sql.reserve(m_head.size() + rows * (m_row.size() + 2) + 16);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += m_row;
    }
    if (returning)
        sql += m_db.dialect().returningId();
    auto prepared = m_db.prepare(sql, m_operation);
    if (!prepared)
        return prepared.error();
    slot.query = std::move(prepared).value();
    slot.rows = rows;
    slot.returning = returning;
    return &*slot.query;
}

Status BatchInsert::insert(const QList<QVariantList>& rows, QList<qint64>* ids) {
    // On SQLite one row per statement: it reports one id per statement (lastInsertId), and Qt's
    // SQLite driver looks every bound value's name up among all of a statement's placeholders,
    // which a many-row VALUES makes quadratic (a quarter of an economy import's time). One
    // prepared row reused is SQLite's fast path; the round trips it saves exist on a server only.
    const bool oneByOne = !m_db.isServer();
    const int perStatement = oneByOne ? 1 : m_rowsPerStatement;
    QVariantList values;
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const int count = static_cast<int>(std::min<qsizetype>(perStatement, rows.size() - start));
        auto statement = statementFor(count, ids != nullptr);
        if (!statement)
            return statement.error();
        values.clear();
        for (qsizetype i = start; i < start + count; ++i)
            values += rows.at(i);
        if (auto done = m_db.execPrepared(**statement, values, m_operation); !done)
            return done;
        if (!ids)
            continue;
        if (oneByOne) {
            auto id = m_db.insertedId(**statement, m_operation);
            if (!id)
                return id.error();
            ids->append(*id);
            continue;
        }
        // RETURNING gives the rows of a multi-row VALUES in the order they were written.
        for (int i = 0; i < count; ++i) {
            auto id = m_db.insertedId(**statement, m_operation);
            if (!id)
                return id.error();
            ids->append(*id);
        }
    }
    return Ok{};
}

} // namespace mm
