#include "ui/scenarios/BalanceRuleDialog.h"

#include "ui/scenarios/MetricEdit.h"
#include "ui/shell/AreaWidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mm {

BalanceRuleDialog::BalanceRuleDialog(const BalanceRule& rule, QWidget* parent)
    : QDialog(parent)
    , m_id(rule.id) {
    setObjectName(QStringLiteral("balanceRuleDialog"));
    setWindowTitle(rule.id == 0 ? tr("New Balance Rule") : tr("Edit Balance Rule"));
    m_name = new QLineEdit(rule.name);
    m_name->setObjectName(QStringLiteral("balanceRuleName"));
    m_metric = new MetricEdit;
    if (rule.id != 0 || !rule.name.isEmpty())
        m_metric->setMetric(rule.metric.toText());
    else
        m_metric->setMetric(QStringLiteral("tier-share:enterprise@24"));
    m_metric->setStatistic(rule.statistic);
    m_minimum =
        new QLineEdit(rule.minimum ? metricValueText(rule.metric, *rule.minimum) : QString());
    m_minimum->setObjectName(QStringLiteral("balanceRuleMinimum"));
    m_minimum->setPlaceholderText(tr("no minimum"));
    m_maximum =
        new QLineEdit(rule.maximum ? metricValueText(rule.metric, *rule.maximum) : QString());
    m_maximum->setObjectName(QStringLiteral("balanceRuleMaximum"));
    m_maximum->setPlaceholderText(tr("no maximum"));
    auto* units = new QLabel(tr("Money in dollars (1234.56), shares in percent (40), payback in "
                                "months (18)."));
    units->setWordWrap(true);
    m_error = areaWidgets::makeMessageLabel(this, QStringLiteral("balanceRuleError"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("M&inimum:"), m_minimum);
    form->addRow(tr("M&aximum:"), m_maximum);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &BalanceRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(units);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Result<BalanceRule> BalanceRuleDialog::rule() const {
    BalanceRule rule;
    rule.id = m_id;
    rule.name = m_name->text().trimmed();
    auto metric = m_metric->metric();
    if (!metric)
        return metric.error();
    rule.metric = *metric;
    rule.statistic = m_metric->statistic();
    for (auto [edit, bound] :
         {std::pair{m_minimum, &rule.minimum}, std::pair{m_maximum, &rule.maximum}}) {
        if (edit->text().trimmed().isEmpty())
            continue;
        auto value = parseMetricValue(rule.metric, edit->text());
        if (!value)
            return value.error();
        *bound = *value;
    }
    if (auto valid = rule.validate(); !valid)
        return valid.error();
    return rule;
}

void BalanceRuleDialog::accept() {
    auto checked = rule();
    if (!checked) {
        m_error->setText(checked.error().toString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace mm
