#pragma once

// A write that fails on purpose, on a file or on the test server alike: a trigger that aborts
// every row written to a table with a message of the test's choosing, for tests of what a failed
// write leaves behind. Each engine writes triggers its own way.

#include "data/Database.h"

#include <QString>

namespace mm::testing {

// Makes every `event` ("INSERT", "UPDATE") on `table` fail with `message`, `timing` ("BEFORE",
// "AFTER") the row is written. All arguments are the test's own words, never input.
inline Status injectFailure(Database& db, const QString& name, const QString& timing,
                            const QString& event, const QString& table, const QString& message) {
    const QString operation = QStringLiteral("injecting a failure");
    if (!db.dialect().isPostgres())
        return db.exec(QStringLiteral("CREATE TEMP TRIGGER %1 %2 %3 ON %4 BEGIN SELECT "
                                      "RAISE(ABORT, '%5'); END")
                           .arg(name, timing, event, table, message),
                       operation);
    Status function = db.exec(QStringLiteral("CREATE FUNCTION %1_fails() RETURNS trigger "
                                             "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
                                             "'%2'; END $$")
                                  .arg(name, message),
                              operation);
    if (!function)
        return function;
    return db.exec(QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW EXECUTE FUNCTION "
                                  "%1_fails()")
                       .arg(name, timing, event, table),
                   operation);
}

// Takes away what injectFailure() added.
inline Status removeFailure(Database& db, const QString& name, const QString& table) {
    const QString operation = QStringLiteral("removing the failure");
    if (!db.dialect().isPostgres())
        return db.exec(QStringLiteral("DROP TRIGGER temp.%1").arg(name), operation);
    Status trigger = db.exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table), operation);
    if (!trigger)
        return trigger;
    return db.exec(QStringLiteral("DROP FUNCTION %1_fails()").arg(name), operation);
}

} // namespace mm::testing
