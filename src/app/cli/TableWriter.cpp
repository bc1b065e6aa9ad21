#include "app/cli/TableWriter.h"

#include "data/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mm::cli {

TableWriter::TableWriter(QStringList header, QList<bool> numeric)
    : m_header(std::move(header))
    , m_numeric(std::move(numeric)) {
}

QString TableWriter::render(const QString& format) const {
    if (format == QStringLiteral("csv"))
        return renderCsv();
    if (format == QStringLiteral("json"))
        return renderJson();
    return renderTable();
}

QString TableWriter::renderTable() const {
    QList<qsizetype> widths;
    for (const QString& cell : m_header)
        widths.append(cell.size());
    auto widen = [&widths](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells.at(i).size());
    };
    for (const QStringList& row : m_rows)
        widen(row);
    widen(m_footer);

    auto line = [this, &widths](const QStringList& cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const bool right = i < m_numeric.size() && m_numeric.at(i);
            padded.append(right ? cells.at(i).rightJustified(widths[i])
                                : cells.at(i).leftJustified(widths[i]));
        }
        return padded.join(QStringLiteral("  ")).trimmed() + u'\n';
    };
    QString text = line(m_header);
    QStringList rule;
    for (qsizetype width : widths)
        rule.append(QString(width, u'-'));
    text += rule.join(QStringLiteral("  ")) + u'\n';
    for (const QStringList& row : m_rows)
        text += line(row);
    if (!m_footer.isEmpty()) {
        text += rule.join(QStringLiteral("  ")) + u'\n';
        text += line(m_footer);
    }
    return text;
}

QString TableWriter::renderCsv() const {
    QString text = csv::formatRow(m_header) + csv::lineTerminator(u',');
    for (const QStringList& row : m_rows) {
        QStringList cells = row;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i >= m_numeric.size() || !m_numeric.at(i))
                cells[i] = csv::neutralizeFormula(cells[i]);
        }
        text += csv::formatRow(cells) + csv::lineTerminator(u',');
    }
    return text;
}

QString TableWriter::renderJson() const {
    QJsonArray array;
    for (const QStringList& row : m_rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < m_header.size() && i < row.size(); ++i) {
            // Money stays a string ("1234.56") so no reader turns it into a binary fraction.
            const bool integer =
                i < m_numeric.size() && m_numeric.at(i) && !row.at(i).contains(u'.');
            bool ok = false;
            const qint64 number = row.at(i).toLongLong(&ok);
            object.insert(m_header.at(i),
                          integer && ok ? QJsonValue(number) : QJsonValue(row.at(i)));
        }
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace mm::cli
