// Takes the user guide's screenshots from the real main window on the demo economy:
//
//   QT_QPA_PLATFORM=offscreen tools/take_screenshots docs/images [--dark]
//
// Every area once its data has arrived, and the dialogs the guide shows. --dark renders with a
// dark palette, to check readability there. Exits 0 when every picture was saved, 1 otherwise.

#include "AreaSettling.h"
#include "data/DefaultDatabase.h"
#include "ui/forecast/ForecastArea.h"
#include "ui/marketplace/MarketplaceArea.h"
#include "ui/revenue/RevenueCharts.h"
#include "ui/scenarios/BalancePanel.h"
#include "ui/scenarios/GoalSeekDialog.h"
#include "ui/scenarios/MetricEdit.h"
#include "ui/scenarios/ScenarioComparePage.h"
#include "ui/scenarios/ScenariosArea.h"
#include "ui/scenarios/SensitivityPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/training/TrainingArea.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtCore/qtestsupport_core.h>

using namespace mm;

namespace {

constexpr int kTimeoutMs = 30000;

void useDarkPalette() {
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    QApplication::setPalette(dark);
}

class Photographer : public QObject {
public:
    explicit Photographer(QString folder)
        : m_folder(std::move(folder)) {}

    void save(QWidget& widget, const QString& name) {
        const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
        if (widget.grab().save(path))
            QTextStream(stdout) << "saved " << QDir::toNativeSeparators(path) << '\n';
        else
            problem(QStringLiteral("cannot save ") + path);
    }

    // Saves the next modal dialog under `name` once it shows, then closes it.
    void saveNextDialog(const QString& name) {
        settling::onNextDialog(
            this, [this, name](QWidget& dialog) { save(dialog, name); },
            [this, name] { problem(name + QStringLiteral(" never opened")); }, kTimeoutMs);
    }

    void problem(const QString& what) {
        QTextStream(stderr) << "take_screenshots: " << what << '\n';
        m_failed = true;
    }

    bool failed() const { return m_failed; }

private:
    QString m_folder;
    bool m_failed = false;
};

// Starts a page's analysis and waits for its finished() signal.
template <typename Page>
void runAndWait(Photographer& photographer, Page* page, bool (Page::*start)(),
                const QString& what) {
    bool finished = false;
    const auto connection =
        QObject::connect(page, &Page::finished, page, [&finished] { finished = true; });
    if (!(page->*start)() || !QTest::qWaitFor([&finished] { return finished; }, 120000))
        photographer.problem(what + QStringLiteral(" did not finish"));
    QObject::disconnect(connection);
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModelMarketTools"));
    QCoreApplication::setApplicationName(QStringLiteral("screenshots"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.removeAll(QStringLiteral("--dark")) > 0)
        useDarkPalette();
    if (arguments.size() != 1 || !QDir().mkpath(arguments.front())) {
        QTextStream(stderr) << "usage: take_screenshots FOLDER [--dark]\n";
        return 2;
    }
    Photographer photographer(arguments.front());

    // The guide shows what a user sees: a file with a plain name (the status bar shows the path
    // as given), not a temporary folder.
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("revenue/tierScale"));
    if (!QDir::setCurrent(dir.path())) {
        photographer.problem(QStringLiteral("cannot enter %1").arg(dir.path()));
        return 1;
    }
    auto db = openOrCreate(QStringLiteral("economy.sqlite"), true);
    if (!db) {
        photographer.problem(db.error().toString());
        return 1;
    }
    MainWindow window(std::move(*db));
    window.resize(1440, 860);
    window.show();

    QTabWidget* areas = window.areas();
    const QStringList names{QStringLiteral("catalog"),  QStringLiteral("training"),
                            QStringLiteral("research"), QStringLiteral("marketplace"),
                            QStringLiteral("licenses"), QStringLiteral("buyers"),
                            QStringLiteral("revenue"),  QStringLiteral("forecast")};
    for (int i = 0; i < areas->count() && i < names.size(); ++i) {
        areas->setCurrentIndex(i);
        QWidget* area = areas->currentWidget();
        if (!QTest::qWaitFor([area] { return settling::isSettled(*area); }, kTimeoutMs))
            photographer.problem(names.at(i) + QStringLiteral(" did not finish loading"));
        photographer.save(window, names.at(i));
    }

    // The per-tier charts on a logarithmic scale, where a small tier is readable.
    if (auto* revenue = areas->findChild<RevenueArea*>()) {
        areas->setCurrentWidget(revenue);
        revenue->setTierScale(TierScale::Logarithmic);
        static_cast<void>(
            QTest::qWaitFor([revenue] { return settling::isSettled(*revenue); }, kTimeoutMs));
        photographer.save(window, QStringLiteral("revenue-log-scale"));
        revenue->setTierScale(TierScale::Linear);
    }
    // A forecast as the guide describes it: 36 months, 1,000 runs.
    if (auto* forecast = areas->findChild<ForecastArea*>()) {
        areas->setCurrentWidget(forecast);
        forecast->setMonths(36);
        forecast->setRuns(1000);
        forecast->setSeed({});
        forecast->runForecast();
        if (!QTest::qWaitFor([forecast] { return forecast->forecastsShown() > 0; }, kTimeoutMs))
            photographer.problem(QStringLiteral("the forecast did not finish"));
        photographer.save(window, QStringLiteral("forecast"));
    }

    // The guide's balancing story: a rule on Enterprise's share that fails, the tornado that
    // shows what moves it, a scenario with cheaper Commercial licenses, and the comparison.
    if (auto* scenarios = areas->findChild<ScenariosArea*>()) {
        areas->setCurrentWidget(scenarios);
        BalanceRule rule;
        rule.name = QStringLiteral("Enterprise at most 52%");
        rule.metric = *ForecastMetric::parse(u"tier-share:enterprise");
        rule.minimum = 4'000;
        rule.maximum = 5'200;
        if (!scenarios->balancePanel()->addRule(rule))
            photographer.problem(QStringLiteral("the balance rule was refused"));
        if (!scenarios->createScenario(QStringLiteral("Rebalanced")) ||
            !scenarios->setOverride(QStringLiteral("listingPricePercent.commercial"),
                                    QStringLiteral("75")))
            photographer.problem(QStringLiteral("the scenario was refused"));
        scenarios->showPage(ScenariosArea::ParametersPage);
        photographer.save(window, QStringLiteral("scenarios"));

        scenarios->showPage(ScenariosArea::BalanceTab);
        runAndWait(photographer, scenarios->balancePanel(), &BalancePanel::check,
                   QStringLiteral("the balance check"));
        photographer.save(window, QStringLiteral("scenarios-balance"));

        scenarios->showPage(ScenariosArea::SensitivityTab);
        scenarios->sensitivityPage()->metricEdit()->setMetric(
            QStringLiteral("tier-share:enterprise"));
        runAndWait(photographer, scenarios->sensitivityPage(), &SensitivityPage::run,
                   QStringLiteral("the sensitivity run"));
        photographer.save(window, QStringLiteral("scenarios-tornado"));

        scenarios->showPage(ScenariosArea::ComparePage);
        scenarios->comparePage()->choose({QStringLiteral("Rebalanced")});
        runAndWait(photographer, scenarios->comparePage(), &ScenarioComparePage::run,
                   QStringLiteral("the comparison"));
        photographer.save(window, QStringLiteral("scenarios-compare"));

        // Goal seek as the guide walks it: the price level that brings Enterprise to 51%.
        scenarios->openGoalSeek(QStringLiteral("listingPricePercent.commercial"),
                                QStringLiteral("tier-share:enterprise"), Statistic::P50);
        if (auto* seek = scenarios->findChild<GoalSeekDialog*>()) {
            seek->setTarget(QStringLiteral("51"));
            seek->setRange(QStringLiteral("50"), QStringLiteral("100"));
            if (!seek->run() ||
                !QTest::qWaitFor([seek] { return !seek->isRunning() && seek->result(); }, 120000))
                photographer.problem(QStringLiteral("goal seek did not finish"));
            photographer.save(*seek, QStringLiteral("goal-seek"));
            seek->close();
        }
        photographer.saveNextDialog(QStringLiteral("balance-rule-dialog"));
        if (auto* add = scenarios->findChild<QPushButton*>(QStringLiteral("balanceAdd")))
            add->click();
    }

    if (auto* training = areas->findChild<TrainingArea*>()) {
        areas->setCurrentWidget(training);
        photographer.saveNextDialog(QStringLiteral("training-dialog"));
        training->newJob();
    }
    if (auto* market = areas->findChild<MarketplaceArea*>()) {
        areas->setCurrentWidget(market);
        static_cast<void>(
            QTest::qWaitFor([market] { return settling::isSettled(*market); }, kTimeoutMs));
        market->view()->selectRow(0);
        photographer.saveNextDialog(QStringLiteral("purchase-dialog"));
        market->sellLicense();
        photographer.saveNextDialog(QStringLiteral("tier-policies"));
        market->tierPoliciesAction()->trigger();
    }
    photographer.saveNextDialog(QStringLiteral("preferences"));
    window.action(QStringLiteral("actionPreferences"))->trigger();
    return photographer.failed() ? 1 : 0;
}
