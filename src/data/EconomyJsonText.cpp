// The economy JSON's text layout; see Exchange.h.
//
// A git diff of two exports should show one line per changed record. QJsonDocument's indented
// form spreads a record over 15 to 40 lines, so a changed price shows up as a hunk of unrelated
// neighbours; its compact form is one line for the whole economy. So the records are written
// compact, one per line, and only the config, a single object people read, is indented.
// QJsonObject keeps its keys sorted, so every level comes out in key order by itself.

#include "data/Exchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mm::exchange {

namespace {

constexpr int kIndent = 4; // as QJsonDocument::Indented

QByteArray compact(const QJsonValue& value) {
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar has no document of its own: written as the one element of a list, brackets cut.
    const QByteArray list = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return list.mid(1, list.size() - 2);
}

// QJsonDocument's indented text of a nested value, shifted right to sit at `depth`.
QByteArray indented(const QJsonValue& value, int depth) {
    QByteArray text = value.isObject()
                          ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                          : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    if (text.endsWith('\n'))
        text.chop(1);
    const QByteArray margin(depth * kIndent, ' ');
    return text.replace("\n", "\n" + margin);
}

} // namespace

QByteArray economyJsonText(const QJsonObject& economy) {
    const QByteArray margin(kIndent, ' ');
    const QByteArray itemMargin(2 * kIndent, ' ');
    QByteArray text = "{\n";
    const QStringList keys = economy.keys(); // sorted
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const QJsonValue value = economy.value(keys.at(k));
        text += margin + compact(keys.at(k)) + ": ";
        if (value.isArray() && !value.toArray().isEmpty()) {
            const QJsonArray items = value.toArray();
            text += "[\n";
            for (qsizetype i = 0; i < items.size(); ++i) {
                text += itemMargin + compact(items.at(i));
                text += i + 1 < items.size() ? ",\n" : "\n";
            }
            text += margin + "]";
        } else if (value.isObject() && !value.toObject().isEmpty()) {
            text += indented(value, 1);
        } else {
            text += compact(value);
        }
        text += k + 1 < keys.size() ? ",\n" : "\n";
    }
    text += "}\n";
    return text;
}

} // namespace mm::exchange
