#include "ui/forecast/MarketParametersDialog.h"

#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/Transaction.h"
#include "ui/shell/AreaWidgets.h"
#include "ui/shell/Workspace.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mm {

namespace {

enum class Kind { Number, Money, Count };

struct Row {
    const char* key; // the name in the economy JSON and in error messages
    const char* label;
    Kind kind;
};

// Tier fit rows follow the tier order.
constexpr Row kRows[] = {
    {"needPerMonth",
     QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Chance of needing a license a month"),
     Kind::Number},
    {"performanceWeight", QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Weight of performance"),
     Kind::Number},
    {"accuracyWeight", QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Weight of accuracy"),
     Kind::Number},
    {"efficiencyWeight", QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Weight of efficiency"),
     Kind::Number},
    {"qualitySensitivity",
     QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Quality sensitivity (per 10 points)"),
     Kind::Number},
    {"priceSensitivity",
     QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Price sensitivity (per month of budget)"),
     Kind::Number},
    {"tierFit.open_source", QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Fit of Open Source"),
     Kind::Number},
    {"tierFit.academic", QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Fit of Academic"),
     Kind::Number},
    {"tierFit.commercial", QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Fit of Commercial"),
     Kind::Number},
    {"tierFit.enterprise", QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Fit of Enterprise"),
     Kind::Number},
    {"monthlyBudget", QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Budget added a month ($)"),
     Kind::Money},
    {"budgetCap", QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "Budget cap ($)"), Kind::Money},
    {"callsPerEmployee",
     QT_TRANSLATE_NOOP("mm::MarketParametersDialog", "API calls per employee a month"),
     Kind::Count},
};
constexpr int kFirstTierFitRow = 6;

double& numberOf(BuyerTypeDemand& demand, int row) {
    switch (row) {
    case 0:
        return demand.needPerMonth;
    case 1:
        return demand.performanceWeight;
    case 2:
        return demand.accuracyWeight;
    case 3:
        return demand.efficiencyWeight;
    case 4:
        return demand.qualitySensitivity;
    case 5:
        return demand.priceSensitivity;
    default:
        return demand.tierFit[static_cast<std::size_t>(row - kFirstTierFitRow)];
    }
}

QDoubleSpinBox* spinBox(double low, double high, double step, const QString& objectName) {
    auto* box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setRange(low, high);
    box->setDecimals(2);
    box->setSingleStep(step);
    return box;
}

} // namespace

MarketParametersCommand::MarketParametersCommand(Workspace& workspace, DemandConfig before,
                                                 quint64 seedBefore, DemandConfig after,
                                                 quint64 seedAfter)
    : WorkspaceCommand(workspace, QCoreApplication::translate("mm::MarketParametersDialog",
                                                              "edit the market parameters"))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_seedBefore(seedBefore)
    , m_seedAfter(seedAfter) {
}

Status MarketParametersCommand::write(const DemandConfig& expected, quint64 expectedSeed,
                                      const DemandConfig& wanted, quint64 wantedSeed) {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    EconomyRepository economy(db);
    auto config = economy.loadConfig();
    if (!config)
        return config.error();
    if (config->demand != expected || config->marketSeed != expectedSeed)
        return makeError(QCoreApplication::translate("mm::MarketParametersDialog",
                                                     "the market parameters were changed "
                                                     "meanwhile"),
                         text(), QStringLiteral("stale"));
    config->demand = wanted;
    config->marketSeed = wantedSeed;
    if (auto done = economy.saveConfig(*config); !done)
        return done;
    return transaction.commit();
}

MarketParametersDialog::MarketParametersDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("marketParametersDialog"));
    setWindowTitle(tr("Market Parameters"));
    auto* intro = new QLabel(tr("How each type of buyer decides every month. A buyer picks the "
                                "listing with the best value for it, or nothing; the formulas "
                                "are in the economy documentation."));
    intro->setWordWrap(true);

    m_table = new QTableWidget(static_cast<int>(std::size(kRows)), enumCount<BuyerType>());
    m_table->setObjectName(QStringLiteral("marketParametersTable"));
    QStringList types;
    for (BuyerType type : enumValues<BuyerType>())
        types << enumLabel(type);
    m_table->setHorizontalHeaderLabels(types);
    QStringList rows;
    for (const Row& row : kRows)
        rows << QCoreApplication::translate("mm::MarketParametersDialog", row.label);
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumSize(900, 300);

    m_outside = spinBox(-20, 20, 0.1, QStringLiteral("outsideUtility"));
    m_visibility = spinBox(0, 3, 0.05, QStringLiteral("visibilityWeight"));
    m_openSourceWeight = spinBox(0, 100, 1, QStringLiteral("openSourceAdoptionWeight"));
    m_openSourceWeight->setDecimals(0);
    m_loyalty = spinBox(0, 1000, 0.5, QStringLiteral("renewalLoyalty"));
    m_seed = new QLineEdit;
    m_seed->setObjectName(QStringLiteral("marketSeed"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    auto* form = new QFormLayout;
    form->addRow(tr("Appeal of buying &nothing:"), m_outside);
    form->addRow(tr("&Visibility weight:"), m_visibility);
    form->addRow(tr("Open Source adoption &counts as:"), m_openSourceWeight);
    form->addRow(tr("Renewal &loyalty:"), m_loyalty);
    form->addRow(tr("Market &seed:"), m_seed);

    m_error = areaWidgets::makeMessageLabel(this, QStringLiteral("marketParametersError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &MarketParametersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { fill(DemandConfig::defaults(), EconomyConfig::defaults().marketSeed); });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!workspace.isReadOnly());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    auto config = EconomyRepository(workspace.database()).loadConfig();
    if (config) {
        m_loaded = config->demand;
        m_loadedSeed = config->marketSeed;
    } else {
        m_loaded = DemandConfig::defaults();
        m_error->setText(config.error().toString());
        m_error->show();
    }
    fill(m_loaded, m_loadedSeed);
}

void MarketParametersDialog::fill(const DemandConfig& demand, quint64 seed) {
    for (int column = 0; column < enumCount<BuyerType>(); ++column) {
        BuyerTypeDemand values = demand.byType[static_cast<std::size_t>(column)];
        for (int row = 0; row < static_cast<int>(std::size(kRows)); ++row) {
            QString text;
            switch (kRows[row].kind) {
            case Kind::Number:
                text = QString::number(numberOf(values, row));
                break;
            case Kind::Money:
                text = (row == 10 ? values.monthlyBudget : values.budgetCap).toPlainString();
                break;
            case Kind::Count:
                text = QString::number(values.callsPerEmployee);
                break;
            }
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_outside->setValue(demand.outsideUtility);
    m_visibility->setValue(demand.visibilityWeight);
    m_openSourceWeight->setValue(demand.openSourceAdoptionWeight);
    m_loyalty->setValue(demand.renewalLoyalty);
    m_seed->setText(QString::number(seed));
}

Result<DemandConfig> MarketParametersDialog::demand() const {
    DemandConfig demand = m_loaded;
    for (int column = 0; column < enumCount<BuyerType>(); ++column) {
        const auto type = static_cast<BuyerType>(column);
        BuyerTypeDemand& values = demand.of(type);
        for (int row = 0; row < static_cast<int>(std::size(kRows)); ++row) {
            const QString text = m_table->item(row, column)->text().trimmed();
            const QString where = QStringLiteral("demand.%1.%2")
                                      .arg(enumKey(type), QLatin1StringView(kRows[row].key));
            const auto refuse = [&] {
                return makeError(QCoreApplication::translate("mm::MarketParametersDialog",
                                                             "'%1' is not a number")
                                     .arg(text),
                                 where, QStringLiteral("config-invalid"));
            };
            bool ok = false;
            switch (kRows[row].kind) {
            case Kind::Number: {
                const double value = QLocale::c().toDouble(text, &ok);
                if (!ok)
                    return refuse();
                numberOf(values, row) = value;
                break;
            }
            case Kind::Money: {
                auto amount = Money::parsePlain(text);
                if (!amount)
                    return refuse();
                (row == 10 ? values.monthlyBudget : values.budgetCap) = *amount;
                break;
            }
            case Kind::Count:
                values.callsPerEmployee = text.toLongLong(&ok);
                if (!ok)
                    return refuse();
                break;
            }
        }
    }
    demand.outsideUtility = m_outside->value();
    demand.visibilityWeight = m_visibility->value();
    demand.openSourceAdoptionWeight = static_cast<int>(m_openSourceWeight->value());
    demand.renewalLoyalty = m_loyalty->value();
    if (auto valid = demand.validate(); !valid)
        return valid.error();
    return demand;
}

void MarketParametersDialog::accept() {
    auto wanted = demand();
    bool seedOk = false;
    const quint64 seed = m_seed->text().toULongLong(&seedOk);
    if (!wanted || !seedOk) {
        m_error->setText(wanted ? tr("The market seed must be a whole number.")
                                : wanted.error().toString());
        m_error->show();
        return;
    }
    if (*wanted == m_loaded && seed == m_loadedSeed) {
        QDialog::accept();
        return;
    }
    auto* command = new MarketParametersCommand(m_workspace, m_loaded, m_loadedSeed, *wanted, seed);
    if (auto done = WorkspaceCommand::push(m_workspace, command); !done) {
        m_error->setText(done.error().toString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace mm
