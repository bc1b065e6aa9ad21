#include "data/EconomyDiff.h"

#include "data/Database.h"
#include "data/Exchange.h"
#include "data/OpenFileRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::EconomyDiff)
};

const QString kConfig = QStringLiteral("config");
const QString kDocument = QStringLiteral("economy");

// The tables in the order a designer reads an economy: what is made, who buys, what is sold,
// then the history and the plans.
const QStringList kTableOrder = {
    QStringLiteral("models"),       QStringLiteral("buyers"),
    QStringLiteral("listings"),     QStringLiteral("licenses"),
    QStringLiteral("usageCharges"), QStringLiteral("researchProjects"),
    QStringLiteral("trainingJobs"), QStringLiteral("labs"),
    QStringLiteral("scenarios"),    QStringLiteral("balanceRules"),
};

// Lists whose rows have no id: their names are unique (the import refuses duplicates).
const QStringList kNamedTables = {QStringLiteral("scenarios"), QStringLiteral("balanceRules")};

// Fields that name an element of a list inside the config, tried in this order. A list whose
// elements all have one of them, with distinct values, is keyed by it: `tiers.commercial`.
const QStringList kNaturalKeys = {QStringLiteral("tier"), QStringLiteral("sizeClass"),
                                  QStringLiteral("key"), QStringLiteral("architecture")};

QString valueText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        return {};
    default: {
        // Numbers, booleans and null exactly as the JSON writes them.
        const QByteArray list = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(list.mid(1, list.size() - 2));
    }
    }
}

QString keyText(const QJsonValue& value) {
    if (value.isDouble())
        return valueText(value);
    return value.isString() ? value.toString() : QString();
}

QString joined(const QString& prefix, const QString& name) {
    return prefix.isEmpty() ? name : prefix + u'.' + name;
}

// The natural key of a list of objects, or empty when it has none.
QString naturalKeyOf(const QJsonArray& list) {
    for (const QString& candidate : kNaturalKeys) {
        QSet<QString> seen;
        bool usable = !list.isEmpty();
        for (const QJsonValue& item : list) {
            const QString key = keyText(item.toObject().value(candidate));
            if (!item.isObject() || key.isEmpty() || seen.contains(key)) {
                usable = false;
                break;
            }
            seen.insert(key);
        }
        if (usable)
            return candidate;
    }
    return {};
}

// Every leaf of `value` under its dotted path. Lists of objects go down by natural key (or by
// position, `[2]`, without one); lists of plain values stay whole, since their elements have no
// identity of their own (a tier's allowed buyer types, a lab's models).
void flatten(const QJsonValue& value, const QString& path, QMap<QString, QJsonValue>& leaves) {
    if (value.isObject() && (path.isEmpty() || !value.toObject().isEmpty())) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), joined(path, it.key()), leaves);
        return;
    }
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        const bool objects =
            !list.isEmpty() && std::all_of(list.begin(), list.end(),
                                           [](const QJsonValue& item) { return item.isObject(); });
        if (objects) {
            const QString key = naturalKeyOf(list);
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString name = key.isEmpty() ? QStringLiteral("[%1]").arg(i)
                                                   : keyText(list.at(i).toObject().value(key));
                flatten(list.at(i), key.isEmpty() ? path + name : joined(path, name), leaves);
            }
            return;
        }
    }
    leaves.insert(path, value);
}

// Leaf-by-leaf differences, appended in path order.
void diffLeaves(const QMap<QString, QJsonValue>& before, const QMap<QString, QJsonValue>& after,
                const EconomyChange& row, QList<EconomyChange>& changes) {
    QStringList paths = before.keys();
    for (auto it = after.keyBegin(); it != after.keyEnd(); ++it) {
        if (!before.contains(*it))
            paths.append(*it);
    }
    std::sort(paths.begin(), paths.end());
    for (const QString& path : std::as_const(paths)) {
        const auto old = before.constFind(path);
        const auto now = after.constFind(path);
        EconomyChange change = row;
        change.field = path;
        if (old == before.cend()) {
            change.kind = EconomyChangeKind::Added;
            change.newValue = valueText(*now);
        } else if (now == after.cend()) {
            change.kind = EconomyChangeKind::Removed;
            change.oldValue = valueText(*old);
        } else if (*old != *now) {
            change.kind = EconomyChangeKind::Changed;
            change.oldValue = valueText(*old);
            change.newValue = valueText(*now);
        } else {
            continue;
        }
        changes.append(change);
    }
}

QMap<QString, QJsonValue> leavesOf(const QJsonValue& value) {
    QMap<QString, QJsonValue> leaves;
    flatten(value, {}, leaves);
    return leaves;
}

// The rows of one table by key, in key order (ids numerically).
struct KeyedRows {
    QStringList keys;
    QHash<QString, QJsonValue> rows;
};

QString rowKeyField(const QString& table, const QJsonArray& before, const QJsonArray& after) {
    if (kNamedTables.contains(table))
        return QStringLiteral("name");
    const auto all = [](const QJsonArray& list, const QString& field) {
        return std::all_of(list.begin(), list.end(), [&field](const QJsonValue& item) {
            return !keyText(item.toObject().value(field)).isEmpty();
        });
    };
    for (const QString& field : {QStringLiteral("id"), QStringLiteral("name")}) {
        if (all(before, field) && all(after, field))
            return field;
    }
    return {}; // by position
}

KeyedRows keyedRows(const QJsonArray& list, const QString& keyField) {
    KeyedRows keyed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString key = keyField.isEmpty() ? QStringLiteral("[%1]").arg(i)
                                         : keyText(list.at(i).toObject().value(keyField));
        // A broken document may repeat a key; its later rows still show, numbered.
        for (int copy = 2; keyed.rows.contains(key); ++copy)
            key = QStringLiteral("%1 #%2")
                      .arg(keyText(list.at(i).toObject().value(keyField)))
                      .arg(copy);
        keyed.keys.append(key);
        keyed.rows.insert(key, list.at(i));
    }
    return keyed;
}

bool keyBefore(const QString& a, const QString& b) {
    bool aNumber = false;
    bool bNumber = false;
    const double x = a.toDouble(&aNumber);
    const double y = b.toDouble(&bNumber);
    if (aNumber && bNumber && x != y)
        return x < y;
    if (aNumber != bNumber)
        return aNumber; // ids before anything else
    return a < b;
}

QString labelOf(const QJsonValue& row) {
    const QJsonObject object = row.toObject();
    for (const QString& field : {QStringLiteral("name"), QStringLiteral("modelName")}) {
        if (object.value(field).isString())
            return object.value(field).toString();
    }
    return {};
}

void diffTable(const QString& table, const QJsonArray& before, const QJsonArray& after,
               QList<EconomyChange>& changes) {
    const QString keyField = rowKeyField(table, before, after);
    const KeyedRows old = keyedRows(before, keyField);
    const KeyedRows now = keyedRows(after, keyField);
    QStringList keys = old.keys;
    for (const QString& key : now.keys) {
        if (!old.rows.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end(), keyBefore);
    for (const QString& key : std::as_const(keys)) {
        const auto was = old.rows.constFind(key);
        const auto is = now.rows.constFind(key);
        EconomyChange row;
        row.table = table;
        row.row = key;
        row.rowLabel = labelOf(is != now.rows.cend() ? *is : *was);
        if (was == old.rows.cend()) {
            row.kind = EconomyChangeKind::Added;
            row.newValue = valueText(*is);
            changes.append(row);
        } else if (is == now.rows.cend()) {
            row.kind = EconomyChangeKind::Removed;
            row.oldValue = valueText(*was);
            changes.append(row);
        } else if (*was != *is) {
            diffLeaves(leavesOf(*was), leavesOf(*is), row, changes);
        }
    }
}

} // namespace

QString economyChangeKindKey(EconomyChangeKind kind) {
    switch (kind) {
    case EconomyChangeKind::Added:
        return QStringLiteral("added");
    case EconomyChangeKind::Removed:
        return QStringLiteral("removed");
    case EconomyChangeKind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

qsizetype EconomyDiff::count(EconomyChangeKind kind) const {
    return std::count_if(changes.begin(), changes.end(),
                         [kind](const EconomyChange& change) { return change.kind == kind; });
}

EconomyDiff diffEconomyConfigs(const QJsonObject& before, const QJsonObject& after) {
    EconomyDiff diff;
    EconomyChange row;
    row.table = kConfig;
    diffLeaves(leavesOf(before), leavesOf(after), row, diff.changes);
    return diff;
}

EconomyDiff diffEconomies(const QJsonObject& before, const QJsonObject& after) {
    EconomyDiff diff =
        diffEconomyConfigs(before.value(kConfig).toObject(), after.value(kConfig).toObject());
    // The document's own fields (format, version, gameDate) and the tables, by kind.
    QStringList tables;
    QMap<QString, QJsonValue> fieldsBefore;
    QMap<QString, QJsonValue> fieldsAfter;
    for (const QJsonObject* document : {&before, &after}) {
        for (auto it = document->begin(); it != document->end(); ++it) {
            if (it.key() == kConfig)
                continue;
            if (it.value().isArray()) {
                if (!tables.contains(it.key()))
                    tables.append(it.key());
            } else {
                (document == &before ? fieldsBefore : fieldsAfter).insert(it.key(), it.value());
            }
        }
    }
    EconomyChange document;
    document.table = kDocument;
    diffLeaves(fieldsBefore, fieldsAfter, document, diff.changes);

    std::sort(tables.begin(), tables.end(), [](const QString& a, const QString& b) {
        const qsizetype x = kTableOrder.indexOf(a);
        const qsizetype y = kTableOrder.indexOf(b);
        if (x != y)
            return x >= 0 && (y < 0 || x < y);
        return a < b;
    });
    for (const QString& table : std::as_const(tables))
        diffTable(table, before.value(table).toArray(), after.value(table).toArray(), diff.changes);
    return diff;
}

Result<QJsonObject> loadEconomySource(const QString& path) {
    if (ServerAddress::isServerUrl(path)) {
        auto server = Database::open(path, Database::ReadOnly);
        if (!server)
            return server.error();
        return exchange::exportEconomy(**server);
    }
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Tr::tr("no such file"), path, QStringLiteral("import-no-file"));
    if (info.isDir())
        return makeError(Tr::tr("this is a folder, not an economy"), path,
                         QStringLiteral("import-read"));
    // A file this process has open through SQLite is a database, and reading it ourselves would
    // drop SQLite's locks on it (OpenFileRegistry.h): Database::open knows how to look at it.
    const bool openHere = openfiles::contains(path);
    QByteArray head;
    if (!openHere) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Tr::tr("cannot read the file: %1").arg(file.errorString()), path,
                             QStringLiteral("import-read"));
        head = file.read(64);
    }
    if (!openHere && head.isEmpty())
        return makeError(Tr::tr("the file is empty: neither a ModelMarket database nor an "
                                "economy JSON file"),
                         path, QStringLiteral("import-read"));

    if (!openHere && !head.startsWith(QByteArrayLiteral("SQLite format 3"))) {
        const QByteArray start =
            head.startsWith("\xEF\xBB\xBF") ? head.mid(3).trimmed() : head.trimmed();
        const bool json = start.startsWith('{') || start.startsWith('[') ||
                          info.suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0;
        if (json) {
            auto bytes = exchange::readImportFile(path);
            if (!bytes)
                return bytes.error();
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
            if (!document.isObject())
                return makeError(parseError.error != QJsonParseError::NoError
                                     ? Tr::tr("not a JSON economy: %1 at offset %2")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset)
                                     : Tr::tr("not a JSON economy: the document is not an object"),
                                 path, QStringLiteral("import-json"));
            const QJsonObject economy = document.object();
            const QString format = economy.value(QStringLiteral("format")).toString();
            if (format != QLatin1StringView(exchange::kEconomyFormat))
                return makeError(Tr::tr("this is not a ModelMarket economy (format \"%1\", "
                                        "expected \"%2\")")
                                     .arg(format.isEmpty() ? Tr::tr("missing") : format,
                                          QLatin1StringView(exchange::kEconomyFormat)),
                                 path, QStringLiteral("economy-format"));
            const int version = economy.value(QStringLiteral("version")).toInt(0);
            if (version > exchange::kEconomyVersion)
                return makeError(Tr::tr("the file is economy format version %1, but this "
                                        "ModelMarket reads only up to version %2; update "
                                        "ModelMarket to compare it")
                                     .arg(version)
                                     .arg(exchange::kEconomyVersion),
                                 path, QStringLiteral("economy-newer"));
            return economy;
        }
    }
    // Anything else is opened as a database, whose checks name what is wrong with it (not SQLite,
    // damaged, from a newer version).
    auto db = Database::open(path, Database::ReadOnly);
    if (!db)
        return db.error();
    return exchange::exportEconomy(**db);
}

} // namespace mm
