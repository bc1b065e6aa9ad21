#include "ui/shell/MoneyLineEdit.h"

#include <QLocale>

namespace mm {

MoneyLineEdit::MoneyLineEdit(QWidget* parent)
    : QLineEdit(parent) {
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setToolTip(
        tr("An amount such as %1, 1.5k or 2M").arg(Money::fromCents(150'000).toDisplayString()));
    connect(this, &QLineEdit::textChanged, this, &MoneyLineEdit::markValidity);
}

void MoneyLineEdit::setMoney(Money amount) {
    setText(amount.toDisplayString(QLocale()));
}

Result<Money> MoneyLineEdit::money(const QString& field) const {
    auto parsed = Money::parseDisplay(text(), QLocale());
    if (!parsed)
        return makeError(parsed.error().message, field, parsed.error().rule);
    return parsed;
}

void MoneyLineEdit::markValidity() {
    // A red frame while the text is not an amount; the form says why when it is applied.
    setStyleSheet(text().trimmed().isEmpty() || hasValidMoney()
                      ? QString()
                      : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
}

} // namespace mm
