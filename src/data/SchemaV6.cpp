// Schema version 6: an index of the models' ids alone, the catalog window's default order.
//
// A jump deep into a big catalog (the scrollbar dragged to the middle of a million models) has to
// count its way to the window: SQLite has no way to skip to the n-th row of an order. Counted
// through the table, that reads every page of every model before the window -- half the file for
// the middle, seconds when the file is not in the operating system's cache. The catalog finds the
// window's keys with a query that reads only the sort key and the id (CatalogQuery::fetchPlan); for
// a sorted column the column's own index holds both, and for the default order this index does, a
// small fraction of the table's size. (On PostgreSQL the primary key's index already serves; that
// step only keeps the two engines' versions paired.)
//
// Frozen once released, like SchemaV1.cpp: change it by adding a step.

#include "data/Database.h"
#include "data/Migrations.h"

namespace mm {

Status createSchemaV6(Database& db) {
    return db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS models_id_order ON models (id)"),
                   QStringLiteral("indexing the catalog's default order (schema version 6)"));
}

} // namespace mm
