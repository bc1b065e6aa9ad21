#include "ui/catalog/CatalogDelegate.h"

#include "core/Enums.h"
#include "ui/shell/MoneyLineEdit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpressionValidator>

namespace mm {

namespace {

// One step below zero stands for "no value" in the metric spin box.
constexpr double kNoMetric = -0.1;

bool isMetric(CatalogColumn column) {
    return column == CatalogColumn::Performance || column == CatalogColumn::Accuracy ||
           column == CatalogColumn::Efficiency || column == CatalogColumn::Composite;
}

bool isCount(CatalogColumn column) {
    return column == CatalogColumn::Parameters || column == CatalogColumn::DatasetTokens;
}

template <typename E>
QComboBox* makeEnumCombo(QWidget* parent) {
    auto* combo = new QComboBox(parent);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), enumKey(value));
    return combo;
}

} // namespace

CatalogDelegate::CatalogDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {
}

QString CatalogDelegate::noValueText() {
    return tr("(none)");
}

QWidget* CatalogDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const {
    const auto column = catalogColumnAt(index.column());
    if (!column || !isCatalogColumnEditable(*column))
        return nullptr;
    QComboBox* combo = nullptr;
    switch (*column) {
    case CatalogColumn::Architecture:
        combo = makeEnumCombo<Architecture>(parent);
        break;
    case CatalogColumn::SizeClass:
        combo = makeEnumCombo<SizeClass>(parent);
        break;
    case CatalogColumn::ModelStatus:
        combo = makeEnumCombo<ModelStatus>(parent);
        break;
    default:
        break;
    }
    if (combo) {
        combo->setObjectName(QStringLiteral("catalogEnumEditor"));
        combo->setAccessibleName(catalogColumnLabel(*column));
        // A choice made with the mouse or Enter in the popup is final, like a spreadsheet list.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<CatalogDelegate*>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo, QAbstractItemDelegate::EditNextItem);
        });
        return combo;
    }
    if (isMetric(*column)) {
        auto* spin = new QDoubleSpinBox(parent);
        spin->setObjectName(QStringLiteral("catalogMetricEditor"));
        spin->setAccessibleName(catalogColumnLabel(*column));
        spin->setRange(kNoMetric, 100.0);
        spin->setDecimals(1);
        spin->setSingleStep(0.1);
        spin->setSpecialValueText(noValueText());
        spin->setToolTip(tr("0 to 100; step below 0 to clear the value"));
        spin->setFrame(false);
        return spin;
    }
    if (*column == CatalogColumn::TrainingCost) {
        auto* edit = new MoneyLineEdit(parent);
        edit->setObjectName(QStringLiteral("catalogMoneyEditor"));
        edit->setAccessibleName(catalogColumnLabel(*column));
        edit->setFrame(false);
        return edit;
    }
    if (isCount(*column)) {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("catalogCountEditor"));
        edit->setAccessibleName(catalogColumnLabel(*column));
        // Digits, optional grouping and decimals before a K/M/B/T suffix ("1.5B"); whether the
        // result is a whole positive number is CatalogModel::applyValue's call, which says why.
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("\\s*[0-9][0-9,.'\\s]*[kKmMbBtT]?\\s*")), edit));
        edit->setToolTip(tr("A whole number; K, M, B and T multiply by a thousand, million, "
                            "billion and trillion (1.5B)"));
        edit->setFrame(false);
        return edit;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    editor->setObjectName(QStringLiteral("catalogTextEditor"));
    editor->setAccessibleName(catalogColumnLabel(*column));
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setMaxLength(200);
    return editor;
}

void CatalogDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    // The view calls this again whenever the row's data changes, and rows reload in the
    // background (after any edit, undo or refresh): only the first call may fill the editor, or
    // a reload arriving while someone types would throw their text away.
    static const char* const kFilled = "mmCatalogEditorFilled";
    if (editor->property(kFilled).toBool())
        return;
    editor->setProperty(kFilled, true);
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        return;
    }
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->setValue(value.isValid() && !value.isNull() ? value.toDouble() : kNoMetric);
        return;
    }
    if (auto* money = qobject_cast<MoneyLineEdit*>(editor)) {
        money->setMoney(Money::fromCents(value.toLongLong()));
        return;
    }
    if (editor->objectName() == QLatin1String("catalogCountEditor")) {
        static_cast<QLineEdit*>(editor)->setText(QString::number(value.toLongLong()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CatalogDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->interpretText();
        const double value = spin->value();
        model->setData(index, value <= kNoMetric ? QVariant() : QVariant(value), Qt::EditRole);
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, line->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void CatalogDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    const auto column = catalogColumnAt(index.column());
    const QVariant value = column && isMetric(*column) ? index.data(Qt::EditRole) : QVariant();
    if (value.isValid() && !value.isNull() && !(option.state & QStyle::State_Selected)) {
        const double share = std::clamp(value.toDouble() / 100.0, 0.0, 1.0);
        QRect bar = option.rect.adjusted(2, option.rect.height() - 5, -2, -2);
        bar.setWidth(static_cast<int>(bar.width() * share));
        QColor color = option.palette.color(QPalette::Highlight);
        color.setAlpha(90);
        painter->fillRect(bar, color);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace mm
