#pragma once

#include "core/Enums.h"
#include "core/Money.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QVariant>
#include <optional>

// Conversions between domain values and what SQLite stores: cents as INTEGER, dates as ISO text,
// enums as their stable keys, optionals as NULL.
namespace mm::sqlv {

inline QVariant money(Money value) {
    return QVariant(value.cents());
}
inline Money toMoney(const QVariant& value) {
    return Money::fromCents(value.toLongLong());
}
inline QVariant optionalMoney(const std::optional<Money>& value) {
    return value ? money(*value) : QVariant(QMetaType(QMetaType::LongLong));
}
inline std::optional<Money> toOptionalMoney(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<Money>(toMoney(value));
}

inline QVariant date(const QDate& value) {
    return value.isValid() ? QVariant(value.toString(Qt::ISODate))
                           : QVariant(QMetaType(QMetaType::QString));
}
inline QDate toDate(const QVariant& value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}
inline QVariant optionalDate(const std::optional<QDate>& value) {
    return value ? date(*value) : QVariant(QMetaType(QMetaType::QString));
}
inline std::optional<QDate> toOptionalDate(const QVariant& value) {
    return value.isNull() || value.toString().isEmpty() ? std::nullopt
                                                        : std::optional<QDate>(toDate(value));
}

inline QVariant optionalReal(const std::optional<double>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}
inline std::optional<double> toOptionalReal(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}
inline QVariant optionalInt(const std::optional<int>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}
inline std::optional<int> toOptionalInt(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}
inline QVariant optionalId(const std::optional<qint64>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}
inline std::optional<qint64> toOptionalId(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

template <typename E>
QVariant key(E value) {
    return QVariant(enumKey(value));
}
// Unknown keys cannot occur: CHECK constraints allow only known ones.
template <typename E>
E toEnum(const QVariant& value) {
    return enumFromKey<E>(value.toString()).value_or(EnumTable<E>::entries.front().value);
}

inline QVariant json(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
inline QJsonObject toJsonObject(const QVariant& value) {
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}
inline QVariant scores(const QMap<QString, double>& map) {
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return json(object);
}
inline QMap<QString, double> toScores(const QVariant& value) {
    QMap<QString, double> map;
    const QJsonObject object = toJsonObject(value);
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toDouble());
    return map;
}

} // namespace mm::sqlv
