#include "data/DefaultDatabase.h"
#include "ui/MainWindow.h"
#include "ui/MarketplaceArea.h"
#include "ui/RevenueArea.h"
#include "ui/RevenueCharts.h"
#include "ui/TrainingArea.h"

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
#include <QTimer>

using namespace mm;

// Takes the user guide's screenshots from the real main window on the demo economy:
//   MM_SCREENSHOTS_DIR=docs/images QT_QPA_PLATFORM=offscreen build/tests/test_app_screenshots
// Without MM_SCREENSHOTS_DIR it only checks that every area and dialog renders.
class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("ModelMarketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("screenshots"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_output = qEnvironmentVariable("MM_SCREENSHOTS_DIR");
        // MM_SCREENSHOTS_DARK=1 renders with a dark palette, to check readability there.
        if (qEnvironmentVariableIntValue("MM_SCREENSHOTS_DARK") == 1)
            useDarkPalette();
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

    void everyArea() {
        QTabWidget* areas = m_window->areas();
        const QStringList names{QStringLiteral("catalog"),  QStringLiteral("training"),
                                QStringLiteral("research"), QStringLiteral("marketplace"),
                                QStringLiteral("licenses"), QStringLiteral("buyers"),
                                QStringLiteral("revenue"),  QStringLiteral("forecast")};
        QCOMPARE(areas->count(), names.size());
        for (int i = 0; i < areas->count(); ++i) {
            areas->setCurrentIndex(i);
            settle();
            save(m_window.get(), names.at(i));
        }
        // The per-tier charts on a logarithmic scale, where a small tier is readable.
        auto* revenue = areas->findChild<RevenueArea*>();
        QVERIFY(revenue);
        areas->setCurrentWidget(revenue);
        revenue->setTierScale(TierScale::Logarithmic);
        settle();
        save(m_window.get(), QStringLiteral("revenue-log-scale"));
        revenue->setTierScale(TierScale::Linear);
        areas->setCurrentIndex(0);
    }

    void dialogs() {
        QTabWidget* areas = m_window->areas();
        auto* training = areas->findChild<TrainingArea*>();
        QVERIFY(training);
        areas->setCurrentWidget(training);
        grabNextDialog(QStringLiteral("training-dialog"));
        training->newJob();

        auto* market = areas->findChild<MarketplaceArea*>();
        QVERIFY(market);
        areas->setCurrentWidget(market);
        settle();
        market->view()->selectRow(0);
        grabNextDialog(QStringLiteral("purchase-dialog"));
        market->sellLicense();
        grabNextDialog(QStringLiteral("tier-policies"));
        market->tierPoliciesAction()->trigger();

        grabNextDialog(QStringLiteral("preferences"));
        m_window->action(QStringLiteral("actionPreferences"))->trigger();
    }

private:
    static void useDarkPalette() {
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

    // Waits for worker threads to deliver and the event loop to draw.
    void settle() { QTest::qWait(1500); }

    void save(QWidget* widget, const QString& name) {
        const QPixmap shot = widget->grab();
        QVERIFY(!shot.isNull());
        if (!m_output.isEmpty())
            QVERIFY(shot.save(QDir(m_output).filePath(name + QStringLiteral(".png"))));
    }

    // The dialog opens modally; grab it once it has settled, then close it.
    void grabNextDialog(const QString& name) {
        QTimer::singleShot(1500, this, [this, name] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            save(dialog, name);
            if (auto* asDialog = qobject_cast<QDialog*>(dialog))
                asDialog->reject();
            else
                dialog->close();
        });
    }

    QString m_output;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
