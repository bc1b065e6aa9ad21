#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mm::cli {

// Renders rows as an aligned text table, CSV (RFC 4180) or a JSON array of objects. Cells are
// already formatted text; `numeric` columns align right and become JSON numbers when they parse.
class TableWriter {
public:
    TableWriter(QStringList header, QList<bool> numeric);

    void addRow(const QStringList& cells) { m_rows.append(cells); }
    void setFooter(const QStringList& cells) { m_footer = cells; }
    QString render(const QString& format) const;

private:
    QString renderTable() const;
    QString renderCsv() const;
    QString renderJson() const;

    QStringList m_header;
    QList<bool> m_numeric;
    QList<QStringList> m_rows;
    QStringList m_footer;
};

} // namespace mm::cli
