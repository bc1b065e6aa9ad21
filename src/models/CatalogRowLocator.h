#pragma once

#include "core/Result.h"
#include "models/CatalogQuery.h"

#include <optional>

namespace mm {

class Database;

// Where a model stands in a filtered, sorted catalog: the number of rows before it in the
// query's order, or nothing when the filter hides it. Used to bring a model into view ("show
// this model in the catalog") without loading every row up to it. Two COUNTs over the query's
// own filter; on a million rows they can take a moment, so call it off the GUI thread.
Result<std::optional<qint64>> locateCatalogRow(Database& db, const CatalogQuery& query,
                                               qint64 modelId);

} // namespace mm
