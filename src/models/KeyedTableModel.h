#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <optional>

namespace mm {

// What every table of the application's records offers its views, whatever the record: each row
// has a stable id (IdRole), rows are found by id, and a load in progress can be told apart from
// one that answered. The rows themselves and the loading live in AsyncTableModel<Row>; this
// untemplated base carries the signals, which moc cannot put on a template.
class KeyedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // qlonglong: the id of the row's record. Subclasses' own roles start after it.
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    virtual qint64 idAt(int row) const = 0;
    virtual std::optional<int> rowOfId(qint64 id) const = 0;

    bool isLoading() const { return m_loading; }
    // True once the answer to the newest request has arrived.
    bool isUpToDate() const { return !m_loading && m_answeredGeneration == m_generation; }

signals:
    void loadingChanged(bool loading);
    // The rows of the newest request are shown.
    void loadFinished();
    void loadFailed(const mm::Error& error);

protected:
    // The request bookkeeping, for AsyncTableModel.
    quint64 startRequest() {
        ++m_generation;
        setLoading(true);
        return m_generation;
    }
    void finishRequest(quint64 generation) {
        m_answeredGeneration = generation;
        setLoading(false);
    }

private:
    void setLoading(bool loading) {
        if (loading == m_loading)
            return;
        m_loading = loading;
        emit loadingChanged(loading);
    }

    quint64 m_generation = 0;
    quint64 m_answeredGeneration = 0;
    bool m_loading = false;
};

} // namespace mm
