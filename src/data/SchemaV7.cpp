// Schema version 7: nothing changes in a SQLite file.
//
// The step exists for PostgreSQL (PgSchemaV7.cpp), whose name index gains the columns that let
// the catalog read names without visiting the table. SQLite's NOCASE name index holds the name
// and the row id already; the version number alone keeps both engines' steps paired.
//
// Frozen once released, like SchemaV1.cpp: change it by adding a step.

#include "data/Migrations.h"

namespace mm {

Status createSchemaV7(Database&) {
    return Ok{};
}

} // namespace mm
