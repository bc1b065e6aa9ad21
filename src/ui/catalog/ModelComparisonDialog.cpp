#include "ui/catalog/ModelComparisonDialog.h"

#include "data/Database.h"
#include "data/TableNames.h"
#include "ui/revenue/RevenueCharts.h"
#include "ui/shell/ChartExport.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/Workspace.h"
#include "ui_ModelComparisonDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>

namespace mm {

namespace {

enum Column {
    NameColumn,
    SizeClassColumn,
    ArchitectureColumn,
    CompositeColumn,
    ClassPercentileColumn,
    CatalogPercentileColumn,
};

QTableWidgetItem* readOnlyItem(const QString& text, Qt::Alignment alignment = Qt::AlignLeft) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

} // namespace

ModelComparisonDialog::ModelComparisonDialog(Workspace& workspace, QList<qint64> modelIds,
                                             QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_modelIds(std::move(modelIds))
    , m_read(workspace.database(), this)
    , m_ui(std::make_unique<Ui::ModelComparisonDialog>()) {
    m_ui->setupUi(this);
    m_message = m_ui->comparisonMessage;

    // The chart view takes its export name in its constructor, which a form cannot call.
    m_chart = new ExportableChartView(QStringLiteral("model-comparison"),
                                      tr("Models compared side by side"), this);
    m_chart->setMinimumSize(720, 380);
    m_ui->dialogLayout->insertWidget(1, m_chart, 1);

    m_table = m_ui->comparisonPercentiles;
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (Status valid = validateComparison(m_modelIds); !valid) {
        m_message->setText(tr("These models cannot be compared: %1.").arg(valid.error().message));
        m_message->setStyleSheet(statusStyle::error(m_message));
        m_chart->hide();
        m_table->hide();
        return;
    }
    // Edits of the compared models (an undo included) show up while the dialog is open.
    connect(&workspace, &Workspace::modelsChanged, this, [this](const QList<qint64>& ids) {
        const QSet<qint64> mine(m_modelIds.begin(), m_modelIds.end());
        for (qint64 id : ids) {
            if (mine.contains(id)) {
                reload();
                return;
            }
        }
    });
    connect(&workspace, &Workspace::catalogReset, this, &ModelComparisonDialog::reload);
    connect(&workspace, &Workspace::changed, this, [this](const ChangeSet& changes) {
        if (!changes.touches(dbtable::models))
            return;
        const QList<qint64> changed = changes.ids(dbtable::models);
        const bool mine = std::any_of(m_modelIds.cbegin(), m_modelIds.cend(),
                                      [&changed](qint64 id) { return changed.contains(id); });
        if (mine || !changes.idsComplete(dbtable::models))
            reload();
    });
    reload();
}

ModelComparisonDialog::~ModelComparisonDialog() = default;

ModelComparisonDialog* ModelComparisonDialog::open(Workspace& workspace,
                                                   const QList<qint64>& modelIds, QWidget* parent) {
    if (Status valid = validateComparison(modelIds); !valid) {
        QMessageBox::information(parent, tr("Compare Models"),
                                 tr("Select between %1 and %2 models in the catalog to compare "
                                    "them.\n\n%3")
                                     .arg(kMinComparedModels)
                                     .arg(kMaxComparedModels)
                                     .arg(valid.error().message));
        return nullptr;
    }
    auto* dialog = new ModelComparisonDialog(workspace, modelIds, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ModelComparisonDialog::reload() {
    if (!m_loaded)
        m_message->setText(tr("Reading the models…"));
    // Percentiles count over the whole catalog: a million models is index work, but not for the
    // GUI thread. A newer reload interrupts this one.
    m_read.start([ids = m_modelIds](Database& db) { return loadModelComparison(db, ids); },
                 [this](const Result<ModelComparisonData>& result) { showResult(result); });
}

void ModelComparisonDialog::showResult(const Result<ModelComparisonData>& result) {
    if (!result) {
        m_message->setText(tr("The models could not be read: %1").arg(result.error().toString()));
        m_message->setStyleSheet(statusStyle::error(m_message));
        m_message->show();
        return;
    }
    m_data = *result;
    m_loaded = true;
    m_message->clear();
    m_message->hide();

    const QLocale locale;
    BuiltChart built = revenuecharts::modelComparison(m_data, locale);
    QChart* chart = built.chart.release();
    m_chart->setChartAndTable(chart, std::move(built.table));
    installHoverTips(chart, m_chart);
    installLegendToggling(chart);

    auto percent = [&locale](const std::optional<double>& value) {
        return value ? locale.toString(*value, 'f', 1) : tr("–");
    };
    m_table->setRowCount(static_cast<int>(m_data.models.size()));
    for (int row = 0; row < m_data.models.size(); ++row) {
        const ComparedModel& compared = m_data.models.at(row);
        const ModelRecord& model = compared.model;
        m_table->setItem(row, NameColumn, readOnlyItem(model.name));
        m_table->setItem(row, SizeClassColumn, readOnlyItem(enumLabel(model.sizeClass)));
        m_table->setItem(row, ArchitectureColumn, readOnlyItem(enumLabel(model.architecture)));
        m_table->setItem(row, CompositeColumn,
                         readOnlyItem(model.composite ? locale.toString(*model.composite, 'f', 1)
                                                      : tr("not rated"),
                                      Qt::AlignRight));
        auto* inClass = readOnlyItem(percent(compared.percentileInSizeClass), Qt::AlignRight);
        inClass->setToolTip(tr("Higher composite than %1% of the %2 rated %3 models")
                                .arg(percent(compared.percentileInSizeClass),
                                     locale.toString(compared.ratedInSizeClass),
                                     enumLabel(model.sizeClass)));
        m_table->setItem(row, ClassPercentileColumn, inClass);
        auto* inCatalog = readOnlyItem(percent(compared.percentileInCatalog), Qt::AlignRight);
        inCatalog->setToolTip(tr("Higher composite than %1% of the %2 rated models in the catalog")
                                  .arg(percent(compared.percentileInCatalog),
                                       locale.toString(compared.ratedInCatalog)));
        m_table->setItem(row, CatalogPercentileColumn, inCatalog);
    }
    // Exactly its rows: the chart gets the rest of the height.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    emit loaded();
}

} // namespace mm
