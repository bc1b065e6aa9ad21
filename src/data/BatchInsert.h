#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <optional>

namespace mm {

class Database;

// Many rows of one table per INSERT statement, every value bound. On a server each statement is
// a round trip and a plan; one per row made bulk work (generate, import, copy) wait on the
// socket far longer than the server worked. Rows go in the order given, and so do their ids. On
// SQLite the rows go one per statement, on one prepared statement (BatchInsert::insert says why).
class BatchInsert {
public:
    // A statement of more rows saves little more and makes the server parse a longer text.
    static constexpr int kDefaultRowsPerStatement = 250;

    // `head` is "INSERT INTO table (columns) VALUES ", `row` one row's tuple with a ? per bound
    // value ("(?, ?, 1)"), repeated for each row of a statement.
    BatchInsert(Database& db, QString head, QString row, QString operation,
                int rowsPerStatement = kDefaultRowsPerStatement);

    // Writes `rows` (each with one value per ? of the row), in statements of up to
    // rowsPerStatement rows. With `ids`, it gets the id of each row in order; on SQLite, which
    // tells only the last insert's id, the rows then go one per statement.
    Status insert(const QList<QVariantList>& rows, QList<qint64>* ids = nullptr);

private:
    Result<QSqlQuery*> statementFor(int rows, bool returning);

    Database& m_db;
    QString m_head;
    QString m_row;
    QString m_operation;
    int m_rowsPerStatement;
    // A prepared statement and the shape it was made for. The full-size one stays prepared
    // across calls; the other holds the last shorter one (the end of a call, or single rows).
    struct Prepared {
        std::optional<QSqlQuery> query;
        int rows = 0;
        bool returning = false;
    };
    Prepared m_full;
    Prepared m_other;
};

} // namespace mm
