// Schema version 5: the same rules, checked without temporary tables.
//
// A CHECK written `column IN ('a', 'b', 'c')` makes SQLite build a temporary b-tree of the list
// each time a statement runs. A bulk path runs its INSERT once per row, so every row paid for
// two or three such trees (a third of a model insert's time, and a malloc storm besides). The
// same rule written `(column = 'a' OR column = 'b' OR column = 'c')` is checked in place. Lists
// of one or two values SQLite already checks in place; they are left as written.
//
// CHECK constraints live only in the schema's text, never in the table's pages, and each new
// rule accepts exactly the values the old one did, so the text is rewritten where it is stored
// (SQLite's documented procedure for changing constraints without rebuilding a table) and no row
// needs to change. The step ends by asking SQLite to check every row against the new rules.
//
// Frozen once released, like SchemaV1.cpp: change it by adding a step.

#include "data/Database.h"
#include "data/Migrations.h"
#include "data/SqlValues.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <ranges>

namespace mm {

QString checksWithoutValueLists(const QString& createTable) {
    // A column name, IN, and a parenthesised list of at least two quoted words.
    static const QRegularExpression valueList(
        QStringLiteral(R"(\b([a-z_]+)\s+IN\s*\(\s*('[a-z_]*'(?:\s*,\s*'[a-z_]*')+)\s*\))"));
    static const QRegularExpression quotedWord(QStringLiteral(R"('[a-z_]*')"));
    QString rewritten;
    qsizetype copiedUpTo = 0;
    auto matches = valueList.globalMatch(createTable);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QStringList comparisons;
        auto words = quotedWord.globalMatch(match.capturedView(2));
        while (words.hasNext())
            comparisons.append(match.captured(1) + QStringLiteral(" = ") + words.next().captured());
        if (comparisons.size() <= 2)
            continue;
        rewritten += QStringView(createTable).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        rewritten += u'(' + comparisons.join(QStringLiteral(" OR ")) + u')';
        copiedUpTo = match.capturedEnd();
    }
    rewritten += QStringView(createTable).mid(copiedUpTo);
    return rewritten;
}

Status createSchemaV5(Database& db) {
    const QString operation = QStringLiteral("rewriting value-list checks (schema version 5)");
    QList<std::pair<QString, QString>> changed; // table name, new CREATE TABLE text
    {
        auto tables = db.query(
            QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql "
                           "LIKE '% IN (%' ORDER BY name"),
            {}, operation);
        if (!tables)
            return tables.error();
        while (tables->next()) {
            const QString sql = tables->value(1).toString();
            const QString rewritten = checksWithoutValueLists(sql);
            if (rewritten != sql)
                changed.append({tables->value(0).toString(), rewritten});
        }
    }
    if (changed.isEmpty())
        return Ok{};

    qint64 schemaVersion = 0;
    {
        auto version = db.query(QStringLiteral("PRAGMA schema_version"), {}, operation);
        if (!version)
            return version.error();
        if (!version->next())
            return makeError(QStringLiteral("cannot read the schema's version"), {},
                             QStringLiteral("db.migration"));
        schemaVersion = version->value(0).toLongLong();
    }
    if (auto on = db.exec(QStringLiteral("PRAGMA writable_schema = ON"), operation); !on)
        return on;
    Status rewritten = Ok{};
    for (const auto& [table, sql] : std::as_const(changed)) {
        auto updated = db.query(QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = "
                                               "'table' AND name = ?"),
                                {sql, table}, operation);
        if (!updated) {
            rewritten = updated.error();
            break;
        }
    }
    // A new schema_version makes every connection, this one included, read the schema again.
    // PRAGMA takes no bound values; the number was read above.
    if (rewritten)
        rewritten =
            db.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1), operation);
    if (auto off = db.exec(QStringLiteral("PRAGMA writable_schema = OFF"), operation);
        !off && rewritten)
        rewritten = off;
    if (!rewritten)
        return rewritten;

    // Every row of the rewritten tables against the new text: a mistake in the rewrite fails the
    // step here, and the transaction puts the old text back.
    for (const QString& table : std::as_const(changed) | std::views::keys) {
        // quick_check checks CHECK and NOT NULL constraints row by row.
        auto problems =
            db.query(QStringLiteral("PRAGMA quick_check(%1)").arg(sqlv::quotedIdentifier(table)),
                     {}, operation);
        if (!problems)
            return problems.error();
        while (problems->next()) {
            const QString problem = problems->value(0).toString();
            if (problem != QLatin1String("ok"))
                return makeError(
                    QStringLiteral("table %1 breaks its rules: %2").arg(table, problem), {},
                    QStringLiteral("db.migration"));
        }
    }
    return Ok{};
}

} // namespace mm
