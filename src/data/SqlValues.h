#pragma once

#include "core/Enums.h"
#include "core/Money.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QVariant>
#include <optional>

// Conversions between domain values and what SQLite stores: cents as INTEGER, dates as ISO text,
// enums as their stable keys, optionals as NULL.
namespace mm::sqlv {

// "?, ?, ?": `count` placeholders for an IN (...) list of bound values.
inline QString placeholders(qsizetype count) {
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

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
// The compact JSON text QJsonDocument writes for these scores, built directly when every key is
// plain printable ASCII and every value an ordinary number (the bulk paths write a million).
inline QByteArray scoresUtf8(const QMap<QString, double>& map) {
    bool plain = true;
    for (auto it = map.begin(); plain && it != map.end(); ++it) {
        plain = qIsFinite(it.value()) && qAbs(it.value()) < 1e15;
        for (const QChar c : it.key())
            plain = plain && c.unicode() >= 0x20 && c.unicode() <= 0x7e && c != u'"' && c != u'\\';
    }
    if (!plain) {
        QJsonObject object;
        for (auto it = map.begin(); it != map.end(); ++it)
            object.insert(it.key(), it.value());
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    QByteArray text("{");
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (text.size() > 1)
            text += ',';
        text += '"';
        text += it.key().toLatin1();
        text += "\":";
        // Whole numbers are written as integers (no "-0", no exponent), others in the shortest
        // form that reads back exactly.
        const double value = it.value();
        if (value == static_cast<double>(static_cast<qint64>(value)))
            text += QByteArray::number(static_cast<qint64>(value));
        else
            text += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
    text += '}';
    return text;
}
inline QVariant scores(const QMap<QString, double>& map) {
    return QString::fromUtf8(scoresUtf8(map));
}
// ISO 8601 (yyyy-MM-dd) as QDate::toString(Qt::ISODate) writes a valid date of years 0-9999.
inline QByteArray isoDateUtf8(const QDate& value) {
    if (!value.isValid() || value.year() < 0 || value.year() > 9999)
        return value.toString(Qt::ISODate).toUtf8();
    int year = 0, month = 0, day = 0;
    value.getDate(&year, &month, &day);
    char text[10];
    for (int i = 3; i >= 0; --i, year /= 10)
        text[i] = static_cast<char>('0' + year % 10);
    text[4] = '-';
    text[5] = static_cast<char>('0' + month / 10);
    text[6] = static_cast<char>('0' + month % 10);
    text[7] = '-';
    text[8] = static_cast<char>('0' + day / 10);
    text[9] = static_cast<char>('0' + day % 10);
    return QByteArray(text, 10);
}
inline QMap<QString, double> toScores(const QVariant& value) {
    QMap<QString, double> map;
    const QJsonObject object = toJsonObject(value);
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toDouble());
    return map;
}

// A name as SQLite's NOCASE collation compares it: ASCII letters folded, nothing else. Matching
// names this way keeps "existing record" checks in step with the UNIQUE ... COLLATE NOCASE
// constraints on models, buyers and scenarios.
inline QString foldedName(const QString& name) {
    QString folded = name;
    for (QChar& c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(static_cast<char16_t>(c.unicode() + (u'a' - u'A')));
    }
    return folded;
}

// A table, index or trigger name read from the schema, quoted for a statement: identifiers
// cannot be bound values.
inline QString quotedIdentifier(const QString& name) {
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace mm::sqlv
