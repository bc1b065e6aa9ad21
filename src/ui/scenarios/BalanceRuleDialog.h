#pragma once

#include "core/BalanceRule.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace mm {

class MetricEdit;

// Adds or edits one balance rule: a name, a metric and statistic, a minimum and/or a maximum in
// the metric's units (dollars, percent, months). OK names what is wrong and stays open.
class BalanceRuleDialog : public QDialog {
    Q_OBJECT
public:
    explicit BalanceRuleDialog(const BalanceRule& rule, QWidget* parent = nullptr);

    // The rule as typed, or why it is not a rule.
    Result<BalanceRule> rule() const;
    QLineEdit* nameEdit() const { return m_name; }
    MetricEdit* metricEdit() const { return m_metric; }
    QLineEdit* minimumEdit() const { return m_minimum; }
    QLineEdit* maximumEdit() const { return m_maximum; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    qint64 m_id = 0;
    QLineEdit* m_name = nullptr;
    MetricEdit* m_metric = nullptr;
    QLineEdit* m_minimum = nullptr;
    QLineEdit* m_maximum = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mm
