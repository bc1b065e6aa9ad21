#pragma once

#include "data/LatestRead.h"

#include <QObject>
#include <QTimer>
#include <optional>

class QTableView;

namespace mm {

class CatalogFilterBar;
class CatalogModel;
class Database;

// Makes a model the current row of the catalog table by its id, wherever the filter, the sort
// and the model's paging put it. The windowed model only knows the rows it has loaded, so the
// model's place is counted in SQL on a worker (locateCatalogRow), the view scrolls there so its
// page loads, and the row becomes current once it arrives. Used after a sort (to keep the model
// the detail panel shows), after rows are added (to show the new ones) and by "show this model".
class CatalogRowSelector : public QObject {
    Q_OBJECT
public:
    // Whether a model hidden by the filters is worth clearing them for.
    enum class WhenFiltered { Leave, ClearFilters };

    CatalogRowSelector(Database& db, CatalogModel& model, QTableView& view,
                       CatalogFilterBar& filterBar, QObject* parent = nullptr);

    void select(qint64 modelId, WhenFiltered whenFiltered);
    // A model is waiting for its row to load.
    bool isPending() const { return m_pendingSelectId.has_value(); }

signals:
    void problem(const QString& message);

private:
    void locate(qint64 modelId, WhenFiltered whenFiltered);
    void scrollToPendingRow();
    void selectPendingRow();

    CatalogModel& m_model;
    QTableView& m_view;
    CatalogFilterBar& m_filterBar;
    std::optional<qint64> m_pendingSelectId;  // a model to select once its row is loaded
    std::optional<qint64> m_pendingScrollRow; // where it stands, once the row count reaches it
    // A model that never shows up (deleted meanwhile) must not grab the selection much later.
    QTimer m_pendingSelectTimeout;
    LatestRead<std::optional<qint64>> m_locator; // the pending model's row, counted in SQL
};

} // namespace mm
