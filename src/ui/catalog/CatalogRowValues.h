#pragma once

#include "core/Result.h"
#include "models/CatalogColumns.h"
#include "models/CatalogQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariant>
#include <optional>

namespace mm {

class CatalogModel;
class Database;

// The values of some catalog rows for an edit operation: from the model where it has loaded the
// row, else read from the database in the model's own filter and order. A selection can reach far
// beyond the rows on screen in a million-row catalog, and copy, paste or fill down must not wait
// for the model to page them in.
//
// The unloaded rows are read on the GUI thread, so at most kMaxRowsRead of them, which SQLite
// reads in well under the time a person notices; a bigger selection is refused with a message
// asking for a smaller one.
class CatalogRowValues {
    Q_DECLARE_TR_FUNCTIONS(mm::CatalogRowValues)
public:
    static constexpr int kMaxRowsRead = 5000;

    // Holds on to `model`: use the values before the model changes.
    static Result<CatalogRowValues> read(const CatalogModel& model, Database& db,
                                         const QList<int>& rows);

    QVariant editValue(int row, CatalogColumn column) const;
    QVariant displayValue(int row, CatalogColumn column) const;
    std::optional<qint64> id(int row) const;

private:
    explicit CatalogRowValues(const CatalogModel& model)
        : m_model(&model) {}

    const CatalogModel* m_model;
    QHash<int, CatalogRow> m_fetched; // row -> data, for the rows the model had not loaded
};

} // namespace mm
