#include "ui/shell/ChartExport.h"

#include "data/Csv.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ChartExport)
};

Status writeWhole(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(file.errorString(), QDir::toNativeSeparators(path),
                         QStringLiteral("export-write"));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(file.errorString(), QDir::toNativeSeparators(path),
                         QStringLiteral("export-write"));
    return Ok{};
}

const QString kLastFolderKey = QStringLiteral("charts/exportFolder");

} // namespace

Status exportChartPng(QChartView& view, const QString& path) {
    // Twice the on-screen size, so the picture stays sharp in a slide or a document.
    const QSize size = view.size().expandedTo(QSize(320, 240));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view.render(&painter, QRectF(QPointF(), size), view.viewport()->rect());
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return makeError(Tr::tr("the picture could not be encoded as PNG"),
                         QDir::toNativeSeparators(path), QStringLiteral("export-encode"));
    return writeWhole(path, bytes);
}

Status exportChartSvg(QChartView& view, const QString& path) {
    const QSize size = view.size().expandedTo(QSize(320, 240));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    generator.setTitle(view.chart() ? view.chart()->title() : QString());
    generator.setDescription(Tr::tr("Exported from ModelMarket"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(), size), Qt::white);
        view.render(&painter, QRectF(QPointF(), size), view.viewport()->rect());
    }
    if (bytes.isEmpty())
        return makeError(Tr::tr("nothing was drawn"), QDir::toNativeSeparators(path),
                         QStringLiteral("export-encode"));
    return writeWhole(path, bytes);
}

Status exportChartCsv(const ChartTable& table, const QString& path) {
    QList<QStringList> rows;
    rows.reserve(table.rows.size());
    // Model names are text a designer typed; keep spreadsheets from running them as formulas.
    for (const QStringList& row : table.rows) {
        QStringList safe;
        for (const QString& cell : row) {
            bool number = false;
            cell.toDouble(&number);
            safe.append(number ? cell : csv::neutralizeFormula(cell));
        }
        rows.append(safe);
    }
    return writeWhole(path, csv::write(table.header, rows));
}

QString chartTableAsTsv(const ChartTable& table) {
    QString text = csv::formatRow(table.header, u'\t') + csv::lineTerminator(u'\t');
    for (const QStringList& row : table.rows)
        text += csv::formatRow(row, u'\t') + csv::lineTerminator(u'\t');
    return text;
}

ExportableChartView::ExportableChartView(const QString& fileStem, const QString& accessibleName,
                                         QWidget* parent)
    : QChartView(parent)
    , m_fileStem(fileStem) {
    setObjectName(fileStem + QStringLiteral("Chart"));
    setAccessibleName(accessibleName);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    auto make = [this](const QString& name, const QString& text, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(m_fileStem + name);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_exportPng =
        make(QStringLiteral("ExportPng"), tr("Export as &PNG…"), [this] { exportTo(Format::Png); });
    m_exportSvg =
        make(QStringLiteral("ExportSvg"), tr("Export as &SVG…"), [this] { exportTo(Format::Svg); });
    m_exportCsv = make(QStringLiteral("ExportCsv"), tr("Export &Data as CSV…"),
                       [this] { exportTo(Format::Csv); });
    m_copyData = make(QStringLiteral("CopyData"), tr("&Copy Data"), [this] { copyData(); });
    // No Ctrl+C here: the main window's Copy reaches the area, which copies the focused chart's
    // data (two actions on one key would cancel each other out).

    // Shift+F10 opens the same menu from the keyboard, as the Menu key does.
    new QShortcut(
        QKeySequence(Qt::SHIFT | Qt::Key_F10), this, this,
        [this] {
            const QPoint center = rect().center();
            QContextMenuEvent event(QContextMenuEvent::Keyboard, center, mapToGlobal(center));
            QApplication::sendEvent(this, &event);
        },
        Qt::WidgetShortcut);
}

void ExportableChartView::setChartAndTable(QChart* chart, ChartTable table) {
    QChart* previous = this->chart();
    setChart(chart);
    // QChartView::setChart leaves the old chart to its owner: that is us.
    if (previous && previous != chart)
        delete previous;
    m_table = std::move(table);
}

void ExportableChartView::copyData() {
    QApplication::clipboard()->setText(chartTableAsTsv(m_table));
}

void ExportableChartView::exportTo(Format format) {
    QString suffix;
    QString filter;
    switch (format) {
    case Format::Png:
        suffix = QStringLiteral("png");
        filter = tr("PNG pictures (*.png)");
        break;
    case Format::Svg:
        suffix = QStringLiteral("svg");
        filter = tr("SVG drawings (*.svg)");
        break;
    case Format::Csv:
        suffix = QStringLiteral("csv");
        filter = tr("CSV files (*.csv)");
        break;
    }
    QSettings settings;
    const QString folder =
        settings
            .value(kLastFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export “%1”").arg(accessibleName()),
        QDir(folder).filePath(m_fileStem + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());

    Status written = format == Format::Png   ? exportChartPng(*this, path)
                     : format == Format::Svg ? exportChartSvg(*this, path)
                                             : exportChartCsv(m_table, path);
    if (!written) {
        QMessageBox::warning(
            this, tr("Export failed"),
            tr("The chart could not be exported.\n\n%1").arg(written.error().toString()));
        return;
    }
    emit exported(path);
}

} // namespace mm
