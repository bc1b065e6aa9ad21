#include "ui/catalog/CatalogRowSelector.h"

#include "models/CatalogModel.h"
#include "models/CatalogRowLocator.h"
#include "ui/catalog/CatalogFilterBar.h"

#include <QTableView>

namespace mm {

CatalogRowSelector::CatalogRowSelector(Database& db, CatalogModel& model, QTableView& view,
                                       CatalogFilterBar& filterBar, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_view(view)
    , m_filterBar(filterBar)
    , m_locator(db, this) {
    m_pendingSelectTimeout.setSingleShot(true);
    m_pendingSelectTimeout.setInterval(10000);
    connect(&m_pendingSelectTimeout, &QTimer::timeout, this, [this] {
        m_pendingSelectId.reset();
        m_pendingScrollRow.reset();
    });
    connect(&m_model, &CatalogModel::rowCountKnown, this, [this] {
        scrollToPendingRow();
        selectPendingRow();
    });
    connect(&m_model, &CatalogModel::dataChanged, this, &CatalogRowSelector::selectPendingRow);
}

void CatalogRowSelector::select(qint64 modelId, WhenFiltered whenFiltered) {
    m_pendingSelectId = modelId;
    m_pendingScrollRow.reset();
    m_pendingSelectTimeout.start();
    selectPendingRow();
    locate(modelId, whenFiltered);
}

void CatalogRowSelector::locate(qint64 modelId, WhenFiltered whenFiltered) {
    const CatalogQuery query(m_model.filter(), m_model.currentSort());
    m_locator.start(
        [query, modelId](Database& db) { return locateCatalogRow(db, query, modelId); },
        [this, query, modelId, whenFiltered](const Result<std::optional<qint64>>& located) {
            if (!m_pendingSelectId)
                return; // selected meanwhile, or given up
            if (*m_pendingSelectId != modelId || query.filter() != m_model.filter() ||
                query.sort() != m_model.currentSort()) {
                locate(*m_pendingSelectId, whenFiltered); // asked anew
                return;
            }
            if (!located) {
                emit problem(tr("Cannot show the model: %1").arg(located.error().toString()));
                return;
            }
            if (!*located) {
                if (whenFiltered == WhenFiltered::ClearFilters && !m_model.filter().isEmpty()) {
                    m_filterBar.clear(); // the person asked for this model: show it
                    locate(modelId, WhenFiltered::Leave);
                }
                return;
            }
            m_pendingScrollRow = *located;
            scrollToPendingRow();
        });
}

void CatalogRowSelector::scrollToPendingRow() {
    if (!m_pendingScrollRow || *m_pendingScrollRow >= m_model.rowCount())
        return;
    const QModelIndex index =
        m_model.index(static_cast<int>(*m_pendingScrollRow), catalogSection(CatalogColumn::Name));
    m_pendingScrollRow.reset();
    // Asking for the row schedules its page; selectPendingRow() runs when it arrives. Scrolling
    // alone would not do: right after rows were inserted the scroll bar has not grown yet.
    static_cast<void>(m_model.data(index));
    m_view.scrollTo(index, QAbstractItemView::PositionAtCenter);
    selectPendingRow();
}

void CatalogRowSelector::selectPendingRow() {
    if (!m_pendingSelectId)
        return;
    const auto row = m_model.rowOf(*m_pendingSelectId);
    if (!row)
        return;
    m_pendingSelectId.reset();
    m_pendingSelectTimeout.stop();
    const QModelIndex index = m_model.index(*row, catalogSection(CatalogColumn::Name));
    m_view.setCurrentIndex(index);
    // Once the view has laid out rows that may have just been inserted.
    QTimer::singleShot(0, &m_view, [view = &m_view, target = QPersistentModelIndex(index)] {
        if (target.isValid())
            view->scrollTo(target, QAbstractItemView::PositionAtCenter);
    });
}

} // namespace mm
