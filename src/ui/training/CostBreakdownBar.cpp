#include "ui/training/CostBreakdownBar.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace mm {

namespace {

constexpr int kLegendSwatch = 10;
constexpr int kLegendGap = 12;
constexpr int kSpacing = 4;

// Share of the total in whole percent, for people.
QString percentOf(Money part, Money total) {
    if (total.cents() <= 0)
        return QStringLiteral("0%");
    return QStringLiteral("%1%").arg(
        QLocale().toString(100.0 * part.toDouble() / total.toDouble(), 'f', 0));
}

} // namespace

CostBreakdownBar::CostBreakdownBar(QWidget* parent)
    : QWidget(parent) {
    setAccessibleName(tr("Cost breakdown"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateAccessibility();
}

void CostBreakdownBar::setBreakdown(const CostBreakdown& breakdown) {
    m_breakdown = breakdown;
    m_valid = true;
    updateAccessibility();
    update();
}

void CostBreakdownBar::clear() {
    m_breakdown = {};
    m_valid = false;
    updateAccessibility();
    update();
}

QList<CostBreakdownBar::Part> CostBreakdownBar::parts() const {
    // Colours chosen to stay apart for the common colour-vision deficiencies.
    return {{tr("Compute"), m_breakdown.compute, QColor(0x1f, 0x77, 0xb4)},
            {tr("Data"), m_breakdown.data, QColor(0xff, 0x7f, 0x0e)},
            {tr("Talent"), m_breakdown.talent, QColor(0x6a, 0x3d, 0x9a)}};
}

QStringList CostBreakdownBar::legendTexts() const {
    if (!m_valid)
        return {};
    const Money total = m_breakdown.total();
    QStringList texts;
    for (const Part& part : parts())
        texts.append(tr("%1 %2").arg(part.label, percentOf(part.amount, total)));
    return texts;
}

void CostBreakdownBar::updateAccessibility() {
    // The legend shows shares; screen readers and the tooltip also get the amounts.
    QStringList described;
    if (m_valid) {
        const Money total = m_breakdown.total();
        for (const Part& part : parts())
            described.append(tr("%1 %2 (%3)")
                                 .arg(part.label, part.amount.toDisplayString(QLocale()),
                                      percentOf(part.amount, total)));
    }
    setAccessibleDescription(m_valid ? described.join(QStringLiteral("; "))
                                     : tr("No estimate: the inputs are not valid"));
    setToolTip(accessibleDescription());
}

int CostBreakdownBar::barHeight() const {
    return fontMetrics().height() + 4;
}

QSize CostBreakdownBar::sizeHint() const {
    return {360, barHeight() + kSpacing + fontMetrics().height()};
}

QSize CostBreakdownBar::minimumSizeHint() const {
    return {120, sizeHint().height()};
}

void CostBreakdownBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        updateGeometry();
        updateAccessibility();
    }
    QWidget::changeEvent(event);
}

void CostBreakdownBar::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar(0.5, 0.5, width() - 1.0, barHeight() - 1.0);
    QPainterPath outline;
    outline.addRoundedRect(bar, 3, 3);

    const Money total = m_breakdown.total();
    if (!m_valid || total.cents() <= 0) {
        painter.fillPath(outline, palette().color(QPalette::Disabled, QPalette::Window));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawPath(outline);
        return;
    }

    painter.save();
    painter.setClipPath(outline);
    double x = bar.left();
    const QList<Part> all = parts();
    for (const Part& part : all) {
        // Doubles only to draw: the money itself stays exact.
        const double share = part.amount.toDouble() / total.toDouble();
        const double w = share * bar.width();
        painter.fillRect(QRectF(x, bar.top(), w, bar.height()), part.color);
        x += w;
    }
    painter.restore();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawPath(outline);

    // Legend: swatch and text per part, left to right, elided if the widget is narrow.
    const QFontMetrics metrics = fontMetrics();
    const QStringList texts = legendTexts();
    const int top = barHeight() + kSpacing;
    int left = 0;
    painter.setPen(palette().color(QPalette::WindowText));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const int swatchTop = top + (metrics.height() - kLegendSwatch) / 2;
        painter.fillRect(QRect(left, swatchTop, kLegendSwatch, kLegendSwatch), all.at(i).color);
        left += kLegendSwatch + kSpacing;
        const int room = std::max(0, width() - left);
        const QString text = metrics.elidedText(texts.at(i), Qt::ElideRight, room);
        painter.drawText(QRect(left, top, room, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         text);
        left += metrics.horizontalAdvance(text) + kLegendGap;
        if (left >= width())
            break;
    }
}

} // namespace mm
