#include "core/JsonReader.h"

#include <cmath>
#include <limits>

namespace mm {

JsonReader::JsonReader(const QJsonObject& object, QString path, Error* firstError)
    : m_object(object)
    , m_path(std::move(path))
    , m_firstError(firstError) {
}

QString JsonReader::childPath(const QString& name, qsizetype index) const {
    QString path = m_path.isEmpty() ? name : m_path + u'.' + name;
    if (index >= 0)
        path += QStringLiteral("[%1]").arg(index);
    return path;
}

void JsonReader::fail(const QString& name, const QString& message) {
    if (!ok())
        return;
    m_firstError->message = message;
    m_firstError->where = childPath(name);
    m_firstError->rule = QStringLiteral("json-format");
}

QJsonValue JsonReader::field(const QString& name, QJsonValue::Type type, const char* expected) {
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined()) {
        fail(name, QStringLiteral("missing"));
        return {};
    }
    if (value.type() != type) {
        fail(name, QStringLiteral("expected %1").arg(QLatin1StringView(expected)));
        return {};
    }
    return value;
}

QString JsonReader::string(const QString& name) {
    return field(name, QJsonValue::String, "text").toString();
}

bool JsonReader::boolean(const QString& name) {
    return field(name, QJsonValue::Bool, "true or false").toBool();
}

double JsonReader::number(const QString& name) {
    const double value = field(name, QJsonValue::Double, "a number").toDouble();
    if (!std::isfinite(value))
        fail(name, QStringLiteral("expected a finite number"));
    return value;
}

qint64 JsonReader::integer(const QString& name) {
    const QJsonValue value = m_object.value(name);
    // Integers beyond 2^53 are written as strings so they survive every JSON reader.
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (!ok)
            fail(name, QStringLiteral("expected a whole number"));
        return parsed;
    }
    const double number = field(name, QJsonValue::Double, "a whole number").toDouble();
    if (number != std::floor(number) || std::abs(number) > 9007199254740992.0) {
        fail(name, QStringLiteral("expected a whole number"));
        return 0;
    }
    return static_cast<qint64>(number);
}

int JsonReader::smallInteger(const QString& name) {
    const qint64 value = integer(name);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        fail(name, QStringLiteral("%1 is out of range").arg(value));
        return 0;
    }
    return static_cast<int>(value);
}

Money JsonReader::money(const QString& name) {
    const QString text = string(name);
    if (!ok())
        return {};
    auto parsed = Money::parsePlain(text);
    if (!parsed) {
        fail(name, QStringLiteral("expected an amount like \"1234.56\", got \"%1\"").arg(text));
        return {};
    }
    return *parsed;
}

std::optional<Money> JsonReader::optionalMoney(const QString& name) {
    if (m_object.value(name).isNull())
        return std::nullopt;
    return money(name);
}

std::optional<qint64> JsonReader::optionalInteger(const QString& name) {
    if (m_object.value(name).isNull())
        return std::nullopt;
    return integer(name);
}

QJsonObject JsonReader::object(const QString& name) {
    return field(name, QJsonValue::Object, "an object").toObject();
}

QJsonArray JsonReader::array(const QString& name) {
    return field(name, QJsonValue::Array, "a list").toArray();
}

QJsonValue moneyToJson(Money money) {
    return money.toPlainString();
}

QJsonValue optionalMoneyToJson(const std::optional<Money>& money) {
    return money ? moneyToJson(*money) : QJsonValue(QJsonValue::Null);
}

} // namespace mm
