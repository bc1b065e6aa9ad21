#include "ui/catalog/CatalogRowValues.h"

#include "models/CatalogModel.h"

#include <QLocale>

namespace mm {

Result<CatalogRowValues> CatalogRowValues::read(const CatalogModel& model, Database& db,
                                                const QList<int>& rows) {
    CatalogRowValues values(model);
    QList<int> missing;
    for (int row : rows) {
        if (!model.isRowLoaded(row))
            missing.append(row);
    }
    if (missing.isEmpty())
        return values;
    if (missing.size() > kMaxRowsRead)
        return makeError(tr("%n selected row(s) are not loaded yet; select at most %1 rows that "
                            "are not on screen, or scroll through them first",
                            nullptr, static_cast<int>(missing.size()))
                             .arg(QLocale().toString(kMaxRowsRead)),
                         {}, QStringLiteral("catalog-selection-too-large"));
    // Read each run of consecutive rows as one window of the model's own order.
    const CatalogQuery query(model.filter(), model.currentSort());
    qsizetype start = 0;
    while (start < missing.size()) {
        qsizetype end = start + 1;
        while (end < missing.size() && missing.at(end) == missing.at(end - 1) + 1)
            ++end;
        const int firstRow = missing.at(start);
        const int count = static_cast<int>(end - start);
        const PagePlan plan = CatalogQuery::planWindow(firstRow, count, {}, model.rowCount());
        auto read = query.fetch(db, plan);
        if (!read)
            return read.error();
        for (qsizetype i = 0; i < read->size(); ++i)
            values.m_fetched.insert(firstRow + static_cast<int>(i), read->at(i));
        start = end;
    }
    return values;
}

QVariant CatalogRowValues::editValue(int row, CatalogColumn column) const {
    const auto found = m_fetched.constFind(row);
    if (found != m_fetched.constEnd())
        return CatalogModel::editValue(*found, column);
    return m_model->data(m_model->index(row, catalogSection(column)), Qt::EditRole);
}

QVariant CatalogRowValues::displayValue(int row, CatalogColumn column) const {
    const auto found = m_fetched.constFind(row);
    if (found != m_fetched.constEnd())
        return CatalogModel::displayValue(*found, column);
    return m_model->data(m_model->index(row, catalogSection(column)), Qt::DisplayRole);
}

std::optional<qint64> CatalogRowValues::id(int row) const {
    const auto found = m_fetched.constFind(row);
    if (found != m_fetched.constEnd())
        return found->id;
    return m_model->idAt(row);
}

} // namespace mm
