#pragma once

#include "core/Enums.h"
#include "core/Money.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace mm {

// Reads typed fields out of a JSON object and remembers the first problem with its path
// ("tiers[2].priceFloor: expected an amount"), so fromJson() code stays a flat list of fields.
class JsonReader {
public:
    JsonReader(const QJsonObject& object, QString path, Error* firstError);

    bool has(const QString& name) const { return m_object.contains(name); }
    QString string(const QString& name);
    bool boolean(const QString& name);
    double number(const QString& name);
    qint64 integer(const QString& name);
    // A whole number that must fit an int; out-of-range values are refused, never wrapped.
    int smallInteger(const QString& name);
    Money money(const QString& name);
    std::optional<Money> optionalMoney(const QString& name);
    std::optional<qint64> optionalInteger(const QString& name);
    QJsonObject object(const QString& name);
    QJsonArray array(const QString& name);
    QString childPath(const QString& name, qsizetype index = -1) const;

    template <typename E>
    E enumeration(const QString& name) {
        const QString key = string(name);
        if (auto value = enumFromKey<E>(key))
            return *value;
        fail(name, QStringLiteral("unknown value '%1'").arg(key));
        return EnumTable<E>::entries.front().value;
    }

    void fail(const QString& name, const QString& message);
    bool ok() const { return m_firstError->message.isEmpty(); }

private:
    QJsonValue field(const QString& name, QJsonValue::Type type, const char* expected);

    QJsonObject m_object;
    QString m_path;
    Error* m_firstError;
};

QJsonValue moneyToJson(Money money);
QJsonValue optionalMoneyToJson(const std::optional<Money>& money);

} // namespace mm
