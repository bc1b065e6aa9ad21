#pragma once

#include "core/Money.h"
#include "core/Result.h"

#include <QLineEdit>

namespace mm {

// A line edit for an amount of money as people type it in their locale ("$1,500", "1.5k",
// "2M"): Money::parseDisplay reads it exactly, never through a double. Invalid text is not
// refused while typing (the form shows why when it is used); the field only turns red.
class MoneyLineEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit MoneyLineEdit(QWidget* parent = nullptr);

    void setMoney(Money amount);
    // The amount typed, or why it is not one; `field` names the field in the message.
    Result<Money> money(const QString& field = {}) const;
    bool hasValidMoney() const { return money().ok(); }

private:
    void markValidity();
};

} // namespace mm
