#pragma once

#include "core/TrainingEstimator.h"

#include <QWidget>

namespace mm {

// A horizontal bar split into compute, data and talent in proportion to their cost, with a legend
// underneath ("■ Compute 73%"). Screen readers and the tooltip get the amounts too, through the
// accessible description ("Compute $12,300.00 (73%); …").
class CostBreakdownBar : public QWidget {
    Q_OBJECT

public:
    explicit CostBreakdownBar(QWidget* parent = nullptr);

    void setBreakdown(const CostBreakdown& breakdown);
    // Nothing to show (the inputs are invalid): an empty, greyed bar.
    void clear();
    const CostBreakdown& breakdown() const { return m_breakdown; }
    bool hasBreakdown() const { return m_valid; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The legend texts, in drawing order (compute, data, talent); empty when cleared.
    QStringList legendTexts() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Part {
        QString label;
        Money amount;
        QColor color;
    };
    QList<Part> parts() const;
    int barHeight() const;
    void updateAccessibility();

    CostBreakdown m_breakdown;
    bool m_valid = false;
};

} // namespace mm
