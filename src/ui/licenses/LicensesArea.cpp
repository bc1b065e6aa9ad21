#include "ui/licenses/LicensesArea.h"

#include "data/Csv.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/TableNames.h"
#include "models/LicenseTableModel.h"
#include "ui/marketplace/MarketCommands.h"
#include "ui/shell/AreaWidgets.h"
#include "ui/shell/BackgroundTask.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/TableSelectionCopy.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mm {

namespace {

constexpr int kFilterDelayMs = 200;
constexpr int kRefreshDelayMs = 150;

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// Asks why a license is revoked; OK stays disabled until a reason is typed.
std::optional<QString> askRevokeReason(QWidget* parent, const LicenseRow& license) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("revokeDialog"));
    dialog.setWindowTitle(LicensesArea::tr("Revoke License"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(LicensesArea::tr("Revoke the %1 license of '%2' held by '%3'? The "
                                             "license stays in the sales history, marked revoked "
                                             "on the game date, and usage stops being charged.")
                                .arg(enumLabel(license.tier), license.modelName, license.buyerName),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("revokeReasonEdit"));
    reason->setAccessibleName(LicensesArea::tr("Reason for revoking"));
    reason->setPlaceholderText(LicensesArea::tr("Why is it revoked? (required)"));
    layout->addWidget(buddyLabel(LicensesArea::tr("&Reason:"), reason, &dialog));
    layout->addWidget(reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(LicensesArea::tr("&Revoke"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    QObject::connect(reason, &QLineEdit::textChanged, &dialog, [buttons](const QString& value) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!value.trimmed().isEmpty());
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(460, 0)));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return reason->text().trimmed();
}

} // namespace

LicensesArea::LicensesArea(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new LicenseTableModel(workspace.database(), this)) {
    setObjectName(QStringLiteral("licensesArea"));
    setAccessibleName(tr("Licenses"));
    createActions();
    buildUi();

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, m_model, &LicenseTableModel::refresh);
    for (auto signal : {&Workspace::economyChanged, &Workspace::catalogReset})
        connect(&workspace, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    workspace.onTablesChanged(this,
                              {dbtable::licenses, dbtable::usageCharges, dbtable::buyers,
                               dbtable::models, dbtable::listings},
                              [this] { m_refreshTimer->start(); });
    connect(&workspace, &Workspace::commandFailed, this, [this](const QString& message) {
        if (isVisible())
            showMessage(message);
    });

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const LicenseRow* row = selectedLicense();
        m_selectedId = row ? std::optional<qint64>(row->id) : std::nullopt;
    });
    connect(m_model, &LicenseTableModel::loaded, this, [this] {
        if (m_selectedId) {
            if (const auto row = m_model->rowOfLicense(*m_selectedId))
                m_view->selectRow(*row);
        }
        updateCount();
    });
    connect(m_model, &LicenseTableModel::loadingChanged, this, &LicensesArea::updateCount);
    connect(m_model, &LicenseTableModel::loadFailed, this, [this](const Error& error) {
        showMessage(tr("The licenses could not be read: %1").arg(error.toString()));
    });
    updateActions();
}

LicensesArea::~LicensesArea() = default;

void LicensesArea::createActions() {
    const auto make = [this](const char* name, const QString& text, const QKeySequence& key,
                             const QString& tip) {
        return areaWidgets::addAreaAction(this, QLatin1StringView(name), text, {key}, tip);
    };
    m_revokeAction = make("actionRevokeLicense", tr("&Revoke…"), QKeySequence(tr("Ctrl+Shift+R")),
                          tr("Revoke the selected license, with a reason"));
    m_exportAction =
        make("actionExportLicenses", tr("&Export CSV…"), QKeySequence(tr("Ctrl+Shift+E")),
             tr("Write every license matching the filters to a CSV file"));
    m_refreshAction = make("actionRefreshLicenses", tr("Refresh"), QKeySequence::Refresh,
                           tr("Read the licenses again"));
    connect(m_revokeAction, &QAction::triggered, this, &LicensesArea::askAndRevoke);
    connect(m_exportAction, &QAction::triggered, this, &LicensesArea::askAndExport);
    connect(m_refreshAction, &QAction::triggered, m_model, &LicenseTableModel::refresh);
}

void LicensesArea::buildUi() {
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;

    m_modelText = new QLineEdit(this);
    m_modelText->setObjectName(QStringLiteral("licenseModelFilter"));
    m_modelText->setAccessibleName(tr("Model name filter"));
    m_modelText->setPlaceholderText(tr("Model name…"));
    m_modelText->setClearButtonEnabled(true);
    filters->addWidget(buddyLabel(tr("&Model:"), m_modelText, this));
    filters->addWidget(m_modelText, 1);

    m_buyerText = new QLineEdit(this);
    m_buyerText->setObjectName(QStringLiteral("licenseBuyerFilter"));
    m_buyerText->setAccessibleName(tr("Buyer name filter"));
    m_buyerText->setPlaceholderText(tr("Buyer name…"));
    m_buyerText->setClearButtonEnabled(true);
    filters->addWidget(buddyLabel(tr("&Buyer:"), m_buyerText, this));
    filters->addWidget(m_buyerText, 1);

    m_tierFilter = new QComboBox(this);
    m_tierFilter->setObjectName(QStringLiteral("licenseTierFilter"));
    m_tierFilter->setAccessibleName(tr("Tier filter"));
    m_tierFilter->addItem(tr("Any tier"), -1);
    for (LicenseTier tier : enumValues<LicenseTier>())
        m_tierFilter->addItem(enumLabel(tier), static_cast<int>(tier));
    filters->addWidget(buddyLabel(tr("T&ier:"), m_tierFilter, this));
    filters->addWidget(m_tierFilter);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("licenseStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (LicenseStatus status : enumValues<LicenseStatus>())
        m_statusFilter->addItem(enumLabel(status), static_cast<int>(status));
    filters->addWidget(buddyLabel(tr("S&tatus:"), m_statusFilter, this));
    filters->addWidget(m_statusFilter);

    m_dateRange = new QCheckBox(tr("&Sold from"), this);
    m_dateRange->setObjectName(QStringLiteral("licenseDateRange"));
    m_soldFrom = new QDateEdit(this);
    m_soldFrom->setObjectName(QStringLiteral("licenseSoldFrom"));
    m_soldFrom->setAccessibleName(tr("Sold on or after"));
    m_soldFrom->setCalendarPopup(true);
    m_soldTo = new QDateEdit(this);
    m_soldTo->setObjectName(QStringLiteral("licenseSoldTo"));
    m_soldTo->setAccessibleName(tr("Sold on or before"));
    m_soldTo->setCalendarPopup(true);
    const QDate today = [&] {
        auto date = EconomyRepository(m_workspace.database()).gameDate();
        return date ? *date : EconomyRepository::defaultGameDate();
    }();
    m_soldFrom->setDate(today.addYears(-1));
    m_soldTo->setDate(today);
    m_soldFrom->setEnabled(false);
    m_soldTo->setEnabled(false);
    filters->addWidget(m_dateRange);
    filters->addWidget(m_soldFrom);
    filters->addWidget(buddyLabel(tr("t&o"), m_soldTo, this));
    filters->addWidget(m_soldTo);
    layout->addLayout(filters);

    auto* actions = new QHBoxLayout;
    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("licensesToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_revokeAction);
    toolbar->addAction(m_exportAction);
    actions->addWidget(toolbar);
    actions->addStretch(1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("licenseCountLabel"));
    actions->addWidget(m_countLabel);
    layout->addLayout(actions);

    m_messageLabel = areaWidgets::makeMessageLabel(this, QStringLiteral("licenseMessage"));
    layout->addWidget(m_messageLabel);

    m_view = new QTableView(this);
    areaWidgets::configureRecordTable(m_view, QStringLiteral("licenseTable"), tr("Licenses"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSortIndicator(static_cast<int>(LicenseColumn::SoldOn),
                                                 Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&](LicenseColumn column, const QString& sample) {
        m_view->setColumnWidth(static_cast<int>(column), metrics.horizontalAdvance(sample) + 24);
    };
    width(LicenseColumn::Model, QStringLiteral("Mixture Frontier Model 000"));
    width(LicenseColumn::Buyer, QStringLiteral("Northwind Research Institute"));
    width(LicenseColumn::Tier, QStringLiteral("Open Source"));
    const QLocale locale;
    const QString sampleDate = locale.toString(QDate(2000, 12, 28), QLocale::ShortFormat);
    const QString perpetual = tr("Perpetual");
    width(LicenseColumn::SoldOn, sampleDate);
    width(LicenseColumn::Fee, QStringLiteral("$10,000,000.00"));
    width(LicenseColumn::Deployments, QStringLiteral("Deployments"));
    width(LicenseColumn::MonthlyCalls, QStringLiteral("100,000,000"));
    width(LicenseColumn::UsageToDate, QStringLiteral("$1,000,000.00"));
    width(LicenseColumn::State, QStringLiteral("Revoked"));
    width(LicenseColumn::Expires,
          metrics.horizontalAdvance(sampleDate) > metrics.horizontalAdvance(perpetual) ? sampleDate
                                                                                       : perpetual);
    m_view->horizontalHeader()->setSectionResizeMode(static_cast<int>(LicenseColumn::Model),
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    setTabOrder(m_modelText, m_buyerText);
    setTabOrder(m_buyerText, m_tierFilter);
    setTabOrder(m_tierFilter, m_statusFilter);
    setTabOrder(m_statusFilter, m_dateRange);
    setTabOrder(m_dateRange, m_soldFrom);
    setTabOrder(m_soldFrom, m_soldTo);
    setTabOrder(m_soldTo, m_view);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &LicensesArea::applyFilter);
    connect(m_modelText, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_buyerText, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_soldFrom, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_soldTo, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_tierFilter, &QComboBox::currentIndexChanged, this, &LicensesArea::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &LicensesArea::applyFilter);
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_soldFrom->setEnabled(on);
        m_soldTo->setEnabled(on);
        applyFilter();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LicensesArea::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LicensesArea::updateActions);
}

void LicensesArea::applyFilter() {
    m_filterTimer->stop();
    LicenseFilter filter;
    filter.modelText = m_modelText->text();
    filter.buyerText = m_buyerText->text();
    if (const int tier = m_tierFilter->currentData().toInt(); tier >= 0)
        filter.tier = static_cast<LicenseTier>(tier);
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        filter.status = static_cast<LicenseStatus>(status);
    if (m_dateRange->isChecked()) {
        if (m_soldFrom->date() > m_soldTo->date()) {
            showMessage(tr("The date range is empty: %1 is after %2.")
                            .arg(QLocale().toString(m_soldFrom->date(), QLocale::ShortFormat),
                                 QLocale().toString(m_soldTo->date(), QLocale::ShortFormat)));
            return;
        }
        filter.soldFrom = m_soldFrom->date();
        filter.soldTo = m_soldTo->date();
    }
    showMessage({});
    m_model->setFilter(filter);
}

void LicensesArea::updateCount() {
    const QLocale locale;
    const int shown = m_model->rowCount();
    const qint64 total = m_model->totalMatching();
    QString text =
        shown < total
            ? tr("Showing %1 of %2 licenses").arg(locale.toString(shown), locale.toString(total))
            : tr("Licenses: %1").arg(locale.toString(total));
    if (m_model->isLoading())
        text += tr(" (loading…)");
    m_countLabel->setText(text);
}

void LicensesArea::updateActions() {
    const LicenseRow* row = selectedLicense();
    m_revokeAction->setEnabled(row && row->status != LicenseStatus::Revoked &&
                               !m_workspace.isReadOnly());
}

void LicensesArea::showMessage(const QString& message) {
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit statusMessage(message);
}

QString LicensesArea::messageText() const {
    return m_messageLabel->text();
}

const LicenseRow* LicensesArea::selectedLicense() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.front().row());
}

void LicensesArea::askAndRevoke() {
    const LicenseRow* row = selectedLicense();
    if (!row) {
        showMessage(tr("Select a license to revoke."));
        return;
    }
    const LicenseRow license = *row; // the table may reload while the dialog is open
    const std::optional<QString> reason = askRevokeReason(this, license);
    if (!reason)
        return;
    if (selectedLicense() == nullptr || selectedLicense()->id != license.id) {
        if (const auto again = m_model->rowOfLicense(license.id))
            m_view->selectRow(*again);
    }
    revokeSelected(*reason);
}

bool LicensesArea::revokeSelected(const QString& reason) {
    const LicenseRow* row = selectedLicense();
    if (!row) {
        showMessage(tr("Select a license to revoke."));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("Not revoked: say why the license is revoked."));
        return false;
    }
    if (auto done = MarketCommand::push(
            m_workspace, new RevokeLicenseCommand(m_workspace, row->id, reason.trimmed()));
        !done) {
        showMessage(tr("Not revoked: %1").arg(done.error().toString()));
        return false;
    }
    showMessage({});
    return true;
}

void LicensesArea::askAndExport() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Licenses"), QStringLiteral("licenses.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportCsv(path, [this, path](const Status& done) {
        if (!done) {
            showMessage(tr("Export failed: %1").arg(done.error().toString()));
            return;
        }
        emit statusMessage(tr("Licenses exported to %1").arg(path));
    });
}

void LicensesArea::exportCsv(const QString& path, const std::function<void(const Status&)>& done) {
    const LicenseQuery query(m_model->filter(), m_model->currentSort(), -1);
    startInBackground(
        this, m_workspace.database(), tr("Exporting licenses…"),
        [query, path](Database& connection, const TaskProgress& progress) -> Status {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return makeError(file.errorString(), path, QStringLiteral("export.open"));
            csv::Writer writer(&file);
            (void)writer.writeRow(LicenseTableModel::exportHeader());
            bool cancelled = false;
            qint64 written = 0;
            auto read = query.forEachRow(connection, [&](const LicenseRow& row) {
                (void)writer.writeRow(LicenseTableModel::exportFields(row));
                // The total is not known up front; progress creeps towards the end.
                if (++written % 1000 == 0 &&
                    !progress(1.0 - 1.0 / (1.0 + static_cast<double>(written) / 20000.0)))
                    cancelled = true;
                return !cancelled;
            });
            if (!read)
                return read;
            if (cancelled)
                return makeError(LicensesArea::tr("cancelled"), path,
                                 QStringLiteral("export.cancelled"));
            if (auto finished = writer.finish(); !finished)
                return finished;
            if (!file.commit())
                return makeError(file.errorString(), path, QStringLiteral("export.write"));
            return Ok{};
        },
        done);
}

void LicensesArea::copySelection() {
    copySelectionToClipboard(*m_view);
}

void LicensesArea::find() {
    m_modelText->setFocus(Qt::ShortcutFocusReason);
    m_modelText->selectAll();
}

} // namespace mm
