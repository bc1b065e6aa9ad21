#include "AreaSettling.h"
#include "data/DefaultDatabase.h"
#include "ui/marketplace/MarketplaceArea.h"
#include "ui/revenue/RevenueArea.h"
#include "ui/revenue/RevenueCharts.h"
#include "ui/shell/MainWindow.h"
#include "ui/training/TrainingArea.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mm;

// Every area of the real main window and every dialog the guide shows render on the demo
// economy, each once its data has arrived (no fixed waits). tools/take_screenshots saves the
// same views as the user guide's pictures.
class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("ModelMarketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("screenshots"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        // The guide shows what a user sees: a file with a plain name (the status bar shows the
        // path as given), not a temporary folder.
        QSettings().remove(QStringLiteral("revenue/tierScale"));
        QVERIFY(QDir::setCurrent(m_dir.path()));
        auto db = openOrCreate(QStringLiteral("economy.sqlite"), true);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_window = std::make_unique<MainWindow>(std::move(*db));
        m_window->resize(1440, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyAreaRenders() {
        QTabWidget* areas = m_window->areas();
        QCOMPARE(areas->count(), 9);
        for (int i = 0; i < areas->count(); ++i) {
            areas->setCurrentIndex(i);
            QWidget* area = areas->currentWidget();
            QTRY_VERIFY2_WITH_TIMEOUT(settling::isSettled(*area), qPrintable(areas->tabText(i)),
                                      30000);
            QVERIFY(!m_window->grab().isNull());
        }
        // The per-tier charts on a logarithmic scale, where a small tier is readable.
        auto* revenue = areas->findChild<RevenueArea*>();
        QVERIFY(revenue);
        areas->setCurrentWidget(revenue);
        revenue->setTierScale(TierScale::Logarithmic);
        QTRY_VERIFY_WITH_TIMEOUT(settling::isSettled(*revenue), 30000);
        QVERIFY(!m_window->grab().isNull());
        revenue->setTierScale(TierScale::Linear);
        areas->setCurrentIndex(0);
    }

    void everyDialogRenders() {
        QTabWidget* areas = m_window->areas();
        auto* training = areas->findChild<TrainingArea*>();
        QVERIFY(training);
        areas->setCurrentWidget(training);
        expectDialog(QStringLiteral("training dialog"));
        training->newJob();

        auto* market = areas->findChild<MarketplaceArea*>();
        QVERIFY(market);
        areas->setCurrentWidget(market);
        QTRY_VERIFY_WITH_TIMEOUT(settling::isSettled(*market), 30000);
        market->view()->selectRow(0);
        expectDialog(QStringLiteral("purchase dialog"));
        market->sellLicense();
        expectDialog(QStringLiteral("tier policies"));
        market->tierPoliciesAction()->trigger();

        expectDialog(QStringLiteral("preferences"));
        m_window->action(QStringLiteral("actionPreferences"))->trigger();
        QCOMPARE(m_grabbed,
                 QStringList({QStringLiteral("training dialog"), QStringLiteral("purchase dialog"),
                              QStringLiteral("tier policies"), QStringLiteral("preferences")}));
    }

private:
    // The next modal dialog must show and draw; it is closed right after.
    void expectDialog(const QString& name) {
        settling::onNextDialog(
            this,
            [this, name](QWidget& dialog) {
                if (!dialog.grab().isNull())
                    m_grabbed.append(name);
            },
            [name] {
                QTest::qFail(qPrintable(name + QStringLiteral(" never opened")), __FILE__,
                             __LINE__);
            });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_grabbed;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
