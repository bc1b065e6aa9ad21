#pragma once

#include "core/Result.h"

#include <QChartView>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;

namespace mm {

// The numbers behind one chart, as text cells (money in the plain "1234.56" form), for CSV
// export and the clipboard.
struct ChartTable {
    QStringList header;
    QList<QStringList> rows;

    bool operator==(const ChartTable&) const = default;
};

// Files are written whole or not at all (QSaveFile); errors say the path and the reason.
Status exportChartPng(QChartView& view, const QString& path);
// The chart drawn as vectors at the view's current size.
Status exportChartSvg(QChartView& view, const QString& path);
Status exportChartCsv(const ChartTable& table, const QString& path);
// Tab-separated, for pasting into a spreadsheet.
QString chartTableAsTsv(const ChartTable& table);

// A chart view that knows its numbers and offers to export itself: PNG, SVG, CSV and Copy Data
// from its context menu (right click, the Menu key or Shift+F10), asking where to save.
class ExportableChartView : public QChartView {
    Q_OBJECT
public:
    // `fileStem` names the files suggested ("revenue-by-tier"); `accessibleName` describes the
    // chart for screen readers and is also the dialog titles' subject.
    ExportableChartView(const QString& fileStem, const QString& accessibleName,
                        QWidget* parent = nullptr);

    // Takes the chart (the view owns it and deletes the previous one) and its numbers.
    void setChartAndTable(QChart* chart, ChartTable table);
    const ChartTable& table() const { return m_table; }
    QString fileStem() const { return m_fileStem; }

    QAction* exportPngAction() const { return m_exportPng; }
    QAction* exportSvgAction() const { return m_exportSvg; }
    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* copyDataAction() const { return m_copyData; }

    void copyData();

signals:
    // After a file was written, with its path (the status bar can say so).
    void exported(const QString& path);

private:
    enum class Format { Png, Svg, Csv };
    void exportTo(Format format);

    QString m_fileStem;
    ChartTable m_table;
    QAction* m_exportPng = nullptr;
    QAction* m_exportSvg = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_copyData = nullptr;
};

} // namespace mm
