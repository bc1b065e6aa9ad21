#include "ui/shell/EconomyComparisonDialog.h"

#include "data/Database.h"
#include "data/Exchange.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mm {

namespace {

// Two unrelated economies of a million models differ in millions of fields: more rows than a
// person reads, and seconds of building items. The first ones show; `modelmarket diff` lists all.
constexpr int kMaxShownChanges = 50000;

enum Column { RowColumn, FieldColumn, ChangeColumn, OldColumn, NewColumn, ColumnCount };

// On a group's item: the table's key, which the filter matches too ("listings" shows them all).
constexpr int kTableRole = Qt::UserRole + 1;

QString changeLabel(EconomyChangeKind kind) {
    switch (kind) {
    case EconomyChangeKind::Added:
        return EconomyComparisonDialog::tr("Added");
    case EconomyChangeKind::Removed:
        return EconomyComparisonDialog::tr("Removed");
    case EconomyChangeKind::Changed:
        break;
    }
    return EconomyComparisonDialog::tr("Changed");
}

QStandardItem* cell(const QString& text) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (text.size() > 40)
        item->setToolTip(text); // whole rows and long lists are cut off in the column
    return item;
}

} // namespace

// Lets a change through when any of its cells, or its table's name, contains the text; a table
// shows while any of its changes does.
class ChangeFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNeedle(const QString& needle) {
        m_needle = needle.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QAbstractItemModel* model = sourceModel();
        if (m_needle.isEmpty())
            return true;
        if (!parent.isValid()) {
            const QModelIndex group = model->index(row, 0);
            for (int child = 0; child < model->rowCount(group); ++child) {
                if (filterAcceptsRow(child, group))
                    return true;
            }
            return false;
        }
        if (parent.data(kTableRole).toString().contains(m_needle, Qt::CaseInsensitive))
            return true;
        for (int column = 0; column < ColumnCount; ++column) {
            const QString text = model->index(row, column, parent).data().toString();
            if (text.contains(m_needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_needle;
};

EconomyComparisonDialog::EconomyComparisonDialog(Workspace& workspace, QString otherPath,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_otherPath(std::move(otherPath)) {
    setObjectName(QStringLiteral("economyComparisonDialog"));
    const QString otherName = QFileInfo(m_otherPath).fileName();
    setWindowTitle(tr("Compare with %1").arg(otherName));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Changes from this economy (%1) to %2, field by field. Rows are matched by id; the "
           "config by parameter.")
            .arg(QFileInfo(workspace.database().path()).fileName(),
                 QDir::toNativeSeparators(m_otherPath)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("comparisonFilter"));
    m_filter->setPlaceholderText(tr("Filter by table, row, field or value"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter changes"));
    m_filter->setMinimumWidth(260);
    m_filter->setMaximumWidth(420);
    bar->addWidget(m_filter, 1);
    m_count = new QLabel(tr("Reading both economies…"), this);
    m_count->setObjectName(QStringLiteral("comparisonCount"));
    m_count->setWordWrap(true); // an error names a whole path
    bar->addWidget(m_count, 2);
    layout->addLayout(bar);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels(
        {tr("Table and row"), tr("Field"), tr("Change"), tr("This economy"), otherName});
    m_proxy = new ChangeFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("comparisonChanges"));
    m_view->setAccessibleName(tr("Changes"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 640);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setNeedle(text);
        m_view->expandAll();
        updateCount();
    });

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this,
            &EconomyComparisonDialog::showOutcome);
    m_watcher->setFuture(
        QtConcurrent::run(&compareOnWorker, workspace.database().path(), m_otherPath));
}

// Closing never waits for the worker: it holds nothing of the dialog's but the two paths, opens
// and closes its own connections, and its result is dropped with the watcher.
EconomyComparisonDialog::~EconomyComparisonDialog() = default;

EconomyComparisonDialog* EconomyComparisonDialog::chooseAndOpen(Workspace& workspace,
                                                                QWidget* parent) {
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Compare with Economy"), {},
        tr("Economies (*.sqlite *.sqlite3 *.db *.json);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    auto* dialog = new EconomyComparisonDialog(workspace, path, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

EconomyComparisonDialog::Outcome
EconomyComparisonDialog::compareOnWorker(const QString& minePath, const QString& otherPath) {
    Outcome outcome;
    auto mine = loadEconomySource(minePath);
    if (!mine) {
        outcome.error = mine.error().toString();
        return outcome;
    }
    auto other = loadEconomySource(otherPath);
    if (!other) {
        outcome.error = other.error().toString();
        return outcome;
    }
    outcome.diff = diffEconomies(*mine, *other);
    return outcome;
}

void EconomyComparisonDialog::showOutcome() {
    Outcome outcome = m_watcher->result();
    m_loaded = true;
    if (!outcome.error.isEmpty()) {
        m_error = outcome.error;
        m_count->setText(tr("The economies could not be compared: %1").arg(m_error));
        m_count->setStyleSheet(statusStyle::error(m_count));
        m_filter->setEnabled(false);
        emit loaded();
        return;
    }
    m_diff = std::move(outcome.diff);
    fill();
    updateCount();
    emit loaded();
}

void EconomyComparisonDialog::fill() {
    const QColor added = statusStyle::successColor(palette());
    const QColor removed = statusStyle::errorColor(palette());
    QStandardItem* group = nullptr;
    QString table;
    int inGroup = 0;
    const auto closeGroup = [&] {
        if (group)
            group->setText(tr("%1 (%2)").arg(table, QLocale().toString(inGroup)));
    };
    for (const EconomyChange& change : std::as_const(m_diff.changes)) {
        if (m_shown == kMaxShownChanges)
            break;
        ++m_shown;
        if (!group || change.table != table) {
            closeGroup();
            table = change.table;
            inGroup = 0;
            group = cell(table);
            group->setData(table, kTableRole);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            QList<QStandardItem*> row{group};
            for (int column = 1; column < ColumnCount; ++column)
                row.append(cell({}));
            m_model->appendRow(row);
        }
        ++inGroup;
        const QString rowText = change.rowLabel.isEmpty()
                                    ? change.row
                                    : change.row + QStringLiteral(" · ") + change.rowLabel;
        auto* kind = cell(changeLabel(change.kind));
        if (change.kind == EconomyChangeKind::Added)
            kind->setForeground(added);
        else if (change.kind == EconomyChangeKind::Removed)
            kind->setForeground(removed);
        group->appendRow({cell(rowText), cell(change.field), kind, cell(change.oldValue),
                          cell(change.newValue)});
    }
    closeGroup();
    m_view->expandAll();
    m_view->header()->resizeSection(RowColumn, 230);
    m_view->header()->resizeSection(FieldColumn, 320);
    m_view->header()->resizeSection(ChangeColumn, 80);
    m_view->header()->resizeSection(OldColumn, 220);
}

int EconomyComparisonDialog::visibleChanges() const {
    int visible = 0;
    for (int group = 0; group < m_proxy->rowCount(); ++group)
        visible += m_proxy->rowCount(m_proxy->index(group, 0));
    return visible;
}

void EconomyComparisonDialog::updateCount() {
    if (!m_loaded || !m_error.isEmpty())
        return;
    const QLocale locale;
    if (m_diff.isEmpty()) {
        m_count->setText(tr("No differences: the economies are the same."));
        return;
    }
    const int visible = visibleChanges();
    if (m_shown < m_diff.changes.size()) {
        m_count->setText(
            tr("Changes: %1; the first %2 are shown (modelmarket diff lists all)")
                .arg(locale.toString(m_diff.changes.size()), locale.toString(m_shown)));
        return;
    }
    const QString total = locale.toString(m_diff.changes.size());
    const QString added = locale.toString(m_diff.count(EconomyChangeKind::Added));
    const QString removed = locale.toString(m_diff.count(EconomyChangeKind::Removed));
    const QString changed = locale.toString(m_diff.count(EconomyChangeKind::Changed));
    const QString text =
        visible == m_diff.changes.size()
            ? tr("Changes: %1 (%2 added, %3 removed, %4 changed)")
                  .arg(total, added, removed, changed)
            : tr("Changes: %1 of %2 shown (%3 added, %4 removed, %5 changed in all)")
                  .arg(locale.toString(visible), total, added, removed, changed);
    m_count->setText(text);
}

} // namespace mm
