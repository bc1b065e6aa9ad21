#include "ui/catalog/CatalogFilterBar.h"

#include "core/Enums.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace mm {

namespace {

template <typename E>
std::optional<E> comboValue(const QComboBox* combo) {
    const QVariant key = combo->currentData();
    if (!key.isValid())
        return std::nullopt; // "Any"
    return enumFromKey<E>(key.toString());
}

} // namespace

CatalogFilterBar::CatalogFilterBar(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("catalogFilterBar"));
    setAccessibleName(tr("Catalog filters"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("catalogFilterText"));
    m_text->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Name contains"));
    m_text->setToolTip(tr("Shows the models whose name contains this text (any case). "
                          "Characters such as % and _ are matched literally."));
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    layout->addWidget(m_text, 2);

    // "Any tier" and friends name themselves, so the bar needs no labels and fits narrow windows;
    // Tab from the text box (Ctrl+F) reaches them in order.
    m_tier = makeCombo<LicenseTier>(QStringLiteral("catalogTierFilter"), tr("Any tier"),
                                    tr("Listed in tier"));
    m_sizeClass =
        makeCombo<SizeClass>(QStringLiteral("catalogSizeFilter"), tr("Any size"), tr("Size class"));
    m_status = makeCombo<ModelStatus>(QStringLiteral("catalogStatusFilter"), tr("Any status"),
                                      tr("Status"));
    m_architecture = makeCombo<Architecture>(QStringLiteral("catalogArchitectureFilter"),
                                             tr("Any architecture"), tr("Architecture"));
    for (QComboBox* combo : {m_tier, m_sizeClass, m_status, m_architecture})
        layout->addWidget(combo);

    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("catalogClearFilters"));
    m_clear->setToolTip(tr("Show every model again"));
    layout->addWidget(m_clear);
    layout->addStretch(1);

    setTabOrder(m_text, m_tier);
    setTabOrder(m_tier, m_sizeClass);
    setTabOrder(m_sizeClass, m_status);
    setTabOrder(m_status, m_architecture);
    setTabOrder(m_architecture, m_clear);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CatalogFilterBar::emitNow);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    // Enter applies at once, without waiting for the pause.
    connect(m_text, &QLineEdit::returnPressed, this, &CatalogFilterBar::emitNow);
    connect(m_clear, &QPushButton::clicked, this, &CatalogFilterBar::clear);
}

template <typename E>
QComboBox* CatalogFilterBar::makeCombo(const QString& objectName, const QString& anyText,
                                       const QString& accessibleName) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->addItem(anyText);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), enumKey(value));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::currentIndexChanged, this, &CatalogFilterBar::emitNow);
    return combo;
}

CatalogFilter CatalogFilterBar::filter() const {
    CatalogFilter filter;
    filter.text = m_text->text().trimmed();
    filter.tier = comboValue<LicenseTier>(m_tier);
    filter.sizeClass = comboValue<SizeClass>(m_sizeClass);
    filter.status = comboValue<ModelStatus>(m_status);
    filter.architecture = comboValue<Architecture>(m_architecture);
    return filter;
}

void CatalogFilterBar::focusText() {
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

QWidget* CatalogFilterBar::lastFocusable() const {
    return m_clear;
}

void CatalogFilterBar::clear() {
    const QSignalBlocker blockText(m_text);
    m_text->clear();
    for (QComboBox* combo : {m_tier, m_sizeClass, m_status, m_architecture}) {
        const QSignalBlocker blockCombo(combo);
        combo->setCurrentIndex(0);
    }
    emitNow();
}

void CatalogFilterBar::emitNow() {
    m_debounce.stop();
    const CatalogFilter current = filter();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    emit filterChanged(current);
}

} // namespace mm
