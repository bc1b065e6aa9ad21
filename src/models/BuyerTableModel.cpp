#include "models/BuyerTableModel.h"

#include "data/Database.h"
#include "data/SqlValues.h"

#include <QLocale>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace mm {

namespace {

Result<BuyerTableModel::Snapshot> readBuyers(Database& db) {
    auto q = db.query(QStringLiteral("SELECT b.id, b.name, b.type, b.size, b.budget_cents, "
                                     "b.revision, (SELECT COUNT(*) FROM licenses l WHERE "
                                     "l.buyer_id = b.id) FROM buyers b ORDER BY b.name"),
                      {}, BuyerTableModel::tr("reading buyers"));
    if (!q)
        return q.error();
    BuyerTableModel::Snapshot snapshot;
    QList<BuyerRow>& rows = snapshot.rows;
    while (q->next()) {
        BuyerTableModel::Row row;
        row.buyer.id = q->value(0).toLongLong();
        row.buyer.name = q->value(1).toString();
        row.buyer.type = sqlv::toEnum<BuyerType>(q->value(2));
        row.buyer.size = q->value(3).toInt();
        row.buyer.budget = sqlv::toMoney(q->value(4));
        row.buyer.revision = q->value(5).toLongLong();
        row.licenses = q->value(6).toLongLong();
        rows.append(row);
    }
    return snapshot;
}

} // namespace

BuyerTableModel::BuyerTableModel(const Database& database, QObject* parent)
    : AsyncTableModel(&database, parent) {
    refresh();
}

int BuyerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kBuyerColumnCount;
}

QVariant BuyerTableModel::cellData(const Row& shown, int columnNumber, int role) const {
    const Row* row = &shown;
    const BuyerRecord& buyer = row->buyer;
    const auto column = static_cast<BuyerColumn>(columnNumber);
    const QLocale locale;
    switch (role) {
    case SortRole:
        switch (column) {
        case BuyerColumn::Name:
            return buyer.name.toLower();
        case BuyerColumn::Type:
            return static_cast<int>(buyer.type);
        case BuyerColumn::Size:
            return buyer.size;
        case BuyerColumn::Budget:
            return buyer.budget.cents();
        case BuyerColumn::Licenses:
            return row->licenses;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == BuyerColumn::Name || column == BuyerColumn::Type
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == BuyerColumn::Licenses && row->licenses > 0)
            return tr("A buyer who holds licenses cannot be deleted: licenses are sales history");
        return {};
    case Qt::EditRole:
        switch (column) {
        case BuyerColumn::Name:
            return buyer.name;
        case BuyerColumn::Type:
            return static_cast<int>(buyer.type);
        case BuyerColumn::Size:
            return buyer.size;
        case BuyerColumn::Budget:
            return buyer.budget.toDisplayString(locale);
        case BuyerColumn::Licenses:
            return row->licenses;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case BuyerColumn::Name:
            return buyer.name;
        case BuyerColumn::Type:
            return enumLabel(buyer.type);
        case BuyerColumn::Size:
            return locale.toString(buyer.size);
        case BuyerColumn::Budget:
            return buyer.budget.toDisplayString(locale);
        case BuyerColumn::Licenses:
            return locale.toString(row->licenses);
        }
        return {};
    default:
        return {};
    }
}

QVariant BuyerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<BuyerColumn>(section)) {
    case BuyerColumn::Name:
        return tr("Name");
    case BuyerColumn::Type:
        return tr("Type");
    case BuyerColumn::Size:
        return tr("Employees");
    case BuyerColumn::Budget:
        return tr("Budget");
    case BuyerColumn::Licenses:
        return tr("Licenses");
    }
    return {};
}

Qt::ItemFlags BuyerTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && static_cast<BuyerColumn>(index.column()) != BuyerColumn::Licenses)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BuyerTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    emit editRequested(row->buyer.id, index.column(), value);
    return false; // the undo command writes; the reload shows it
}

Result<BuyerRecord> BuyerTableModel::applyValue(BuyerRecord buyer, BuyerColumn column,
                                                const QVariant& value) {
    const QLocale locale;
    switch (column) {
    case BuyerColumn::Name: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return makeError(tr("a buyer needs a name"), tr("Name"), QStringLiteral("buyer-name"));
        buyer.name = name;
        return buyer;
    }
    case BuyerColumn::Type: {
        bool isNumber = false;
        const int number = value.toInt(&isNumber);
        std::optional<BuyerType> type;
        if (isNumber && number >= 0 && number < enumCount<BuyerType>())
            type = static_cast<BuyerType>(number);
        else
            type = enumFromText<BuyerType>(value.toString());
        if (!type)
            return makeError(tr("'%1' is not a buyer type").arg(value.toString()), tr("Type"),
                             QStringLiteral("buyer-type"));
        buyer.type = *type;
        return buyer;
    }
    case BuyerColumn::Size: {
        bool ok = false;
        QString text = value.toString().trimmed();
        text.remove(locale.groupSeparator());
        const qint64 size = locale.toLongLong(text, &ok);
        if (!ok || size < 1 || size > std::numeric_limits<int>::max())
            return makeError(tr("the size must be a whole number of employees, at least 1"),
                             tr("Employees"), QStringLiteral("buyer-size"));
        buyer.size = static_cast<int>(size);
        return buyer;
    }
    case BuyerColumn::Budget: {
        auto budget = Money::parseDisplay(value.toString(), locale);
        if (!budget)
            return makeError(budget.error().message, tr("Budget"), budget.error().rule);
        if (budget->isNegative())
            return makeError(tr("the budget cannot be negative"), tr("Budget"),
                             QStringLiteral("buyer-budget"));
        buyer.budget = *budget;
        return buyer;
    }
    case BuyerColumn::Licenses:
        break;
    }
    return makeError(tr("the number of licenses is counted, not typed"), tr("Licenses"),
                     QStringLiteral("read-only"));
}

void BuyerTableModel::refresh() {
    reload();
}

const BuyerTableModel::Row* BuyerTableModel::rowOfBuyer(qint64 buyerId) const {
    const auto index = indexOfBuyer(buyerId);
    return index ? rowAt(*index) : nullptr;
}

BuyerTableModel::Loader BuyerTableModel::loader() const {
    return &readBuyers;
}

} // namespace mm
