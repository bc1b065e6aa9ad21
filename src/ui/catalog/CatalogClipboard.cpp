#include "ui/catalog/CatalogClipboard.h"

#include "core/Money.h"
#include "data/Csv.h"
#include "models/CatalogModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QMimeData>

namespace mm::catalogclipboard {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::CatalogClipboard)
};

QLocale plainLocale() {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString plainMoney(qint64 cents) {
    // Money's machine form is exact; only its decimal point follows the person's locale.
    QString text = Money::fromCents(cents).toPlainString();
    return text.replace(u'.', QLocale().decimalPoint());
}

} // namespace

QString cellText(CatalogColumn column, const QVariant& editValue, const QVariant& displayValue) {
    if (!editValue.isValid() || editValue.isNull())
        return {};
    if (catalogPriceColumnTier(column))
        return plainMoney(editValue.toLongLong());
    switch (column) {
    case CatalogColumn::Name:
        return csv::neutralizeFormula(editValue.toString());
    case CatalogColumn::Parameters:
    case CatalogColumn::DatasetTokens:
    case CatalogColumn::LicensesSold:
        return QString::number(editValue.toLongLong());
    case CatalogColumn::Performance:
    case CatalogColumn::Accuracy:
    case CatalogColumn::Efficiency:
    case CatalogColumn::Composite:
        return plainLocale().toString(editValue.toDouble(), 'f', 1);
    case CatalogColumn::Revenue:
    case CatalogColumn::TrainingCost:
        return plainMoney(editValue.toLongLong());
    case CatalogColumn::CreatedOn:
        return editValue.toDate().toString(Qt::ISODate);
    default:
        return displayValue.toString(); // enum labels, tiers listed
    }
}

QVariant pastedValue(CatalogColumn column, const QString& text) {
    if (column == CatalogColumn::Name)
        return csv::restoreFormula(text);
    return text;
}

QString toTsv(const QList<QStringList>& cells) {
    QString text;
    const QString terminator = csv::lineTerminator(u'\t');
    for (const QStringList& row : cells)
        text += csv::formatRow(row, u'\t') + terminator;
    return text;
}

QString toHtml(const QList<QStringList>& cells) {
    QString html = QStringLiteral("<table>");
    for (const QStringList& row : cells) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QMimeData* toMimeData(const QList<QStringList>& cells) {
    auto* mime = new QMimeData;
    mime->setText(toTsv(cells));
    qsizetype count = 0;
    for (const QStringList& row : cells)
        count += row.size();
    if (count <= kMaxHtmlCells)
        mime->setHtml(toHtml(cells));
    return mime;
}

Result<CellBlock> parseBlock(const QString& text) {
    if (text.isEmpty())
        return makeError(Tr::tr("the clipboard holds no text"), {}, QStringLiteral("paste-empty"));
    auto records = csv::parseText(text, u'\t');
    if (!records)
        return makeError(
            Tr::tr("the clipboard text is not a table: %1").arg(records.error().message),
            records.error().where, records.error().rule);
    CellBlock block;
    if (records->isEmpty()) { // only line breaks: one blank cell
        block.rows.append(QStringList{QString()});
        block.width = 1;
        return block;
    }
    for (const csv::Record& record : std::as_const(*records)) {
        block.rows.append(record.fields);
        block.width = std::max(block.width, static_cast<int>(record.fields.size()));
    }
    for (QStringList& row : block.rows) {
        while (row.size() < block.width)
            row.append(QString());
    }
    return block;
}

QList<CellTarget> blockTargets(const CellBlock& block, int topRow, int leftSection,
                               const QList<int>& visibleSections, int rowCount) {
    QList<CellTarget> targets;
    const qsizetype leftPosition = visibleSections.indexOf(leftSection);
    if (leftPosition < 0)
        return targets;
    const int lastRow = std::min(rowCount, topRow + block.height());
    const qsizetype columns =
        std::min<qsizetype>(block.width, visibleSections.size() - leftPosition);
    for (int row = topRow; row < lastRow; ++row) {
        for (qsizetype column = 0; column < columns; ++column)
            targets.append({row, visibleSections.at(leftPosition + column),
                            block.at(row - topRow, static_cast<int>(column))});
    }
    return targets;
}

namespace {

struct NewRowsLayout {
    QList<std::optional<CatalogColumn>> columns; // per pasted column; none: ignored
    int firstDataRow = 0;
};

std::optional<CatalogColumn> columnNamed(const QString& text) {
    if (auto byKey = catalogColumnFromKey(text))
        return byKey;
    for (int section = 0; section < kCatalogColumnCount; ++section) {
        const CatalogColumn column = *catalogColumnAt(section);
        if (text.compare(catalogColumnLabel(column), Qt::CaseInsensitive) == 0)
            return column;
    }
    return std::nullopt;
}

NewRowsLayout newRowsLayout(const CellBlock& block, const QList<int>& visibleSections) {
    NewRowsLayout layout;
    bool isHeader = true;
    for (const QString& cell : block.rows.front()) {
        const QString text = cell.trimmed();
        const std::optional<CatalogColumn> column = columnNamed(text);
        if (!text.isEmpty() && !column)
            isHeader = false;
        layout.columns.append(column);
    }
    if (isHeader && layout.columns.contains(std::optional<CatalogColumn>(CatalogColumn::Name))) {
        layout.firstDataRow = 1;
        return layout;
    }
    layout.columns = {CatalogColumn::Name};
    for (int section : visibleSections) {
        if (section != catalogSection(CatalogColumn::Name))
            layout.columns.append(catalogColumnAt(section));
    }
    return layout;
}

} // namespace

NewModelDrafts draftNewModels(const CellBlock& block, const QList<int>& visibleSections,
                              const EconomyConfig& config, const QDate& createdOn) {
    NewModelDrafts drafts;
    const NewRowsLayout layout = newRowsLayout(block, visibleSections);
    for (int row = layout.firstDataRow; row < block.height(); ++row) {
        ModelRecord record;
        record.createdOn = createdOn;
        // Names the row in messages; replaced by the pasted or a numbered name.
        record.name = Tr::tr("row %1").arg(row + 1);
        QString pastedName;
        bool hasParameters = false;
        bool hasTokens = false;
        for (int index = 0; index < block.width && index < layout.columns.size(); ++index) {
            const auto column = layout.columns.at(index);
            const QString text = block.at(row, index);
            if (!column || text.trimmed().isEmpty())
                continue;
            if (!isCatalogColumnEditable(*column)) {
                if (!drafts.ignoredReadOnly.contains(*column))
                    drafts.ignoredReadOnly.append(*column);
                continue;
            }
            if (*column == CatalogColumn::Name) {
                pastedName = pastedValue(*column, text).toString().trimmed();
                continue;
            }
            hasParameters |= *column == CatalogColumn::Parameters;
            hasTokens |= *column == CatalogColumn::DatasetTokens;
            auto applied = CatalogModel::applyValue(record, *column, text, config);
            if (applied)
                record = std::move(applied).value();
            else
                drafts.problems.append({record.name, *column, applied.error().message});
        }
        if (pastedName.size() > 200) {
            drafts.problems.append({record.name, CatalogColumn::Name,
                                    Tr::tr("the name is longer than 200 characters")});
            continue;
        }
        // Without a size, a new model gets its class's template, like the training dialog's.
        const SizeClassSpec& spec = config.sizeClass(record.sizeClass);
        if (!hasParameters)
            record.parameters = spec.presetParameters;
        if (!hasTokens)
            record.datasetTokens = spec.presetDatasetTokens;
        record.name = pastedName;
        drafts.records.append(record);
    }
    return drafts;
}

} // namespace mm::catalogclipboard
