// The Forecast area on the demo economy: it runs off the GUI thread, can be cancelled, draws its
// fans, and shows exactly the numbers `modelmarket simulate` prints for the same settings.

#include "CliRunner.h"
#include "core/ForecastReport.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/EconomyRepository.h"
#include "models/ForecastTableModel.h"
#include "ui/forecast/ForecastArea.h"
#include "ui/forecast/MarketParametersDialog.h"
#include "ui/shell/ChartExport.h"
#include "ui/shell/Workspace.h"

#include <QAreaSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mm;
using namespace Qt::StringLiterals;

class TestForecast : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"ModelMarketTests"_s);
        QCoreApplication::setApplicationName(u"tst_forecast"_s);
        m_path = m_dir.filePath(u"economy.sqlite"_s);
        auto db = Database::open(m_path);
        QVERIFY(db);
        QVERIFY(createDemoEconomy(**db));
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void showsWhatTheCommandLinePrints() {
        ForecastArea area(*m_workspace);
        area.resize(1400, 900);
        area.show();
        area.setMonths(12);
        area.setRuns(150);
        area.setSeed({});
        QSignalSpy finished(&area, &ForecastArea::forecastFinished);
        QVERIFY(area.runForecast());
        QVERIFY(area.isRunning());
        QVERIFY(!area.runForecast()); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        QCOMPARE(area.result().runsDone(), 150);

        for (ForecastGrouping grouping : {ForecastGrouping::Tier, ForecastGrouping::Month,
                                          ForecastGrouping::Lab, ForecastGrouping::SizeClass}) {
            area.setGrouping(grouping);
            const ForecastTable& table = area.tableModel()->table();
            QStringList lines{table.keys.join(u',')};
            for (const QVariantList& row : table.rows) {
                QStringList cells;
                for (qsizetype i = 0; i < row.size(); ++i)
                    cells.append(plainCell(table.kinds.at(i), row.at(i)));
                lines.append(cells.join(u','));
            }
            const CliResult cli =
                runCli({u"--db"_s, m_path, u"--format"_s, u"csv"_s, u"simulate"_s, u"--months"_s,
                        u"12"_s, u"--runs"_s, u"150"_s, u"--by"_s, forecastGroupingKey(grouping)});
            QCOMPARE(cli.exitCode, 0);
            QStringList printed = cli.out.split(u'\n', Qt::SkipEmptyParts);
            for (QString& line : printed)
                line.remove(u'\r').remove(u'"');
            QCOMPARE(printed, lines);
        }

        // A fan per paid tier: the band and the p50 line.
        QChart* fans = area.chartViews().at(0)->chart();
        int bands = 0, lines = 0;
        for (QAbstractSeries* series : fans->series()) {
            bands += qobject_cast<QAreaSeries*>(series) != nullptr;
            lines += qobject_cast<QLineSeries*>(series) != nullptr;
        }
        QCOMPARE(bands, 3);
        QCOMPARE(lines, 3);
        QVERIFY(!area.chartViews().at(1)->table().rows.isEmpty());

        const QString shots = qEnvironmentVariable("MM_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            area.setGrouping(ForecastGrouping::Tier);
            QVERIFY(area.grab().save(shots + u"/forecast.png"_s));
        }
    }

    void cancelKeepsThePreviousResult() {
        ForecastArea area(*m_workspace);
        area.show();
        area.setMonths(600);
        area.setRuns(100'000);
        QSignalSpy finished(&area, &ForecastArea::forecastFinished);
        QVERIFY(area.runForecast());
        area.cancelForecast();
        QTRY_VERIFY_WITH_TIMEOUT(!area.isRunning(), 60'000);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(area.forecastsShown(), 0);
        QCOMPARE(area.tableModel()->rowCount(), 0);
    }

    void marketParametersAreValidatedAndUndoable() {
        auto stored = [this] {
            auto config = EconomyRepository(m_workspace->database()).loadConfig();
            return config ? config->demand : DemandConfig{};
        };
        const DemandConfig before = stored();
        MarketParametersDialog dialog(*m_workspace);
        dialog.show();
        // Startup is the second column, the chance of needing a license the first row.
        dialog.table()->item(0, 1)->setText(u"1.5"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused: stays open, names the parameter
        QVERIFY2(dialog.errorLabel()->text().contains(u"demand.startup.needPerMonth"_s),
                 qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(stored(), before);
        dialog.table()->item(0, 1)->setText(u"abc"_s);
        dialog.accept();
        QVERIFY(dialog.errorLabel()->text().contains(u"'abc'"_s));
        QCOMPARE(stored(), before);

        dialog.table()->item(0, 1)->setText(u"0.25"_s);
        const QString shots = qEnvironmentVariable("MM_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + u"/market-parameters.png"_s));
        const int steps = m_workspace->undoStack()->count();
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(stored().of(BuyerType::Startup).needPerMonth, 0.25);
        QCOMPARE(m_workspace->undoStack()->count(), steps + 1);
        m_workspace->undoStack()->undo();
        QCOMPARE(stored(), before);
        m_workspace->undoStack()->redo();
        QCOMPARE(stored().of(BuyerType::Startup).needPerMonth, 0.25);
        m_workspace->undoStack()->undo();
    }

    void revenueByLabFromTheSummaryAndTheRawRowsAgree() {
        const QStringList report{u"--db"_s,   m_path,       u"--format"_s, u"csv"_s,
                                 u"report"_s, u"revenue"_s, u"--by"_s,     u"lab"_s};
        const CliResult summary = runCli(report); // whole months: the summary table
        // A range starting mid-month groups the raw licenses and charges instead.
        const CliResult raw = runCli(report + QStringList{u"--from"_s, u"2022-12-15"_s});
        QCOMPARE(summary.exitCode, 0);
        QCOMPARE(raw.out, summary.out);
        const QStringList lines = summary.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 5, qPrintable(summary.out)); // header and the four labs
        QVERIFY(lines.at(1).startsWith(u"Your Studio,"_s));
        // Every model belongs to a lab: the labs' revenue adds up to the tiers'.
        const auto totalCents = [](const QString& csv) {
            qint64 cents = 0;
            const QStringList rows = csv.split(u'\n', Qt::SkipEmptyParts);
            for (qsizetype i = 1; i < rows.size(); ++i)
                cents += Money::parsePlain(rows.at(i).trimmed().section(u',', -1))->cents();
            return cents;
        };
        const CliResult byTier =
            runCli({u"--db"_s, m_path, u"--format"_s, u"csv"_s, u"report"_s, u"revenue"_s});
        QVERIFY(totalCents(summary.out) > 0);
        QCOMPARE(totalCents(summary.out), totalCents(byTier.out));
    }

    void badCommandLineValuesAreUsageErrors() {
        for (const QStringList& arguments :
             {QStringList{u"--months"_s, u"0"_s}, QStringList{u"--months"_s, u"601"_s},
              QStringList{u"--runs"_s, u"100001"_s}, QStringList{u"--runs"_s, u"many"_s},
              QStringList{u"--by"_s, u"planet"_s}, QStringList{u"--seed"_s, u"-4"_s}}) {
            const CliResult cli = runCli(QStringList{u"--db"_s, m_path, u"simulate"_s} + arguments);
            QVERIFY2(cli.exitCode == 2, qPrintable(arguments.join(u' ') + u": "_s + cli.err));
            QVERIFY2(cli.err.contains(arguments.first()), qPrintable(cli.err));
        }
    }

    void theSameSeedGivesTheSameForecast() {
        const QStringList arguments{u"--db"_s,     m_path, u"--format"_s, u"json"_s, u"simulate"_s,
                                    u"--months"_s, u"6"_s, u"--runs"_s,   u"40"_s,   u"--seed"_s};
        const CliResult once = runCli(arguments + QStringList{u"17"_s, u"--threads"_s, u"1"_s});
        const CliResult again = runCli(arguments + QStringList{u"17"_s, u"--threads"_s, u"2"_s});
        QCOMPARE(once.exitCode, 0);
        QCOMPARE(once.out, again.out);
        const CliResult other = runCli(arguments + QStringList{u"18"_s});
        QVERIFY(other.out != once.out);
    }
};

QTEST_MAIN(TestForecast)
#include "tst_forecast.moc"
