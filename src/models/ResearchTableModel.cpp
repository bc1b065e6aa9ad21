#include "models/ResearchTableModel.h"

#include "data/ResearchRepository.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <limits>

namespace mm {

namespace {

// The texts were translated when this table lived in the Research area; they keep its context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ResearchArea)
};

Result<ResearchTableModel::Snapshot> readResearch(Database& db) {
    auto projects = ResearchRepository(db).all();
    if (!projects)
        return projects.error();
    auto available = ResearchRepository(db).availablePoints();
    if (!available)
        return available.error();
    return ResearchTableModel::Snapshot{std::move(projects).value(), *available};
}

} // namespace

ResearchTableModel::ResearchTableModel(const Database& source, QObject* parent)
    : AsyncTableModel(&source, parent) {
    refresh();
}

void ResearchTableModel::refresh() {
    reload();
}

ResearchTableModel::Loader ResearchTableModel::loader() const {
    return &readResearch;
}

int ResearchTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ResearchTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = AsyncTableModel::flags(index);
    if (index.isValid() && index.column() != Completed)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ResearchTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !m_editor)
        return false;
    // The editor pushes an undo command; the reload it causes brings the new value.
    return m_editor(index.row(), index.column(), value);
}

QVariant ResearchTableModel::cellData(const ResearchProjectRecord& project, int column,
                                      int role) const {
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return project.name;
        case Field:
            return project.field;
        case Points:
            return locale.toString(project.points);
        case Cost:
            return project.cost.toDisplayString(locale);
        case Started:
            return locale.toString(project.startedOn, QLocale::ShortFormat);
        case Completed:
            return project.completedOn ? locale.toString(*project.completedOn, QLocale::ShortFormat)
                                       : Tr::tr("in progress");
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case Name:
            return project.name;
        case Field:
            return project.field;
        case Points:
            // A spin box for the usual sizes; a number beyond int stays editable as text.
            if (project.points <= std::numeric_limits<int>::max())
                return static_cast<int>(project.points);
            return QString::number(project.points);
        case Cost:
            return project.cost.toDisplayString(locale);
        case Started:
            return project.startedOn;
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case Points:
            return project.points;
        case Cost:
            return project.cost.cents();
        case Started:
            return project.startedOn;
        case Completed:
            return project.completedOn ? *project.completedOn : QDate(9999, 12, 31);
        default:
            return cellData(project, column, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == Points || column == Cost)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Completed && !project.completedOn)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ResearchTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return Tr::tr("Name");
    case Field:
        return Tr::tr("Field");
    case Points:
        return Tr::tr("Points");
    case Cost:
        return Tr::tr("Cost");
    case Started:
        return Tr::tr("Started");
    case Completed:
        return Tr::tr("Completed");
    default:
        return {};
    }
}

} // namespace mm
