// The Training and Research areas, the New Training Job dialog and the game clock, driven through
// their real widgets offscreen against a real SQLite file. Screenshots: tools/take_screenshots.

#include "ResultChecks.h"
#include "core/CountText.h"
#include "data/DefaultDatabase.h"
#include "data/EconomyRepository.h"
#include "data/JobRepository.h"
#include "data/ModelRepository.h"
#include "data/ResearchRepository.h"
#include "data/TrainingService.h"
#include "models/JobTableModel.h"
#include "ui/research/ResearchArea.h"
#include "ui/shell/GameClockWidget.h"
#include "ui/shell/Workspace.h"
#include "ui/training/CostBreakdownBar.h"
#include "ui/training/TrainingArea.h"
#include "ui/training/TrainingCommands.h"
#include "ui/training/TrainingJobDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kCompletedResearchPoints = 1000;

// The defaults without random failures, so a Small job certainly completes.
EconomyConfig reliableConfig() {
    EconomyConfig config = EconomyConfig::defaults();
    for (SizeClassSpec& spec : config.sizeClasses)
        spec.failureChance = 0.0;
    return config;
}

bool sameBand(const QualityBand& a, const QualityBand& b) {
    return a.p10 == b.p10 && a.p50 == b.p50 && a.p90 == b.p90;
}

// Exactly equal, down to the last bit of every double.
bool sameEstimate(const TrainingEstimate& a, const TrainingEstimate& b) {
    return a.cost.compute == b.cost.compute && a.cost.data == b.cost.data &&
           a.cost.talent == b.cost.talent && a.days == b.days &&
           sameBand(a.composite, b.composite) && sameBand(a.performance, b.performance) &&
           sameBand(a.accuracy, b.accuracy) && sameBand(a.efficiency, b.efficiency) &&
           a.researchBonus == b.researchBonus && a.failureChance == b.failureChance &&
           a.warningKinds == b.warningKinds && a.warnings == b.warnings;
}

template <typename T>
T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// Clicks the button called `text` of the next modal message box, once it is shown; keeps its text.
void answerNextMessageBox(const QString& buttonText, QString* seenText = nullptr) {
    QTimer::singleShot(0, [buttonText, seenText] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(buttonText, seenText);
            return;
        }
        if (seenText)
            *seenText = box->text();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == buttonText) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

class TestTrainingUi : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void countTextReadsDesignerNotation();
    void costBarShowsTheSplit();
    void previewEqualsServiceEstimate();
    void invalidInputsKeepOkDisabled();
    void acceptQueuesJobAndUndoRemovesIt();
    void undoOfQueueIsRefusedOnceTrained();
    void newJobFromTheArea();
    void clockAdvancesCompletesAndCreatesOneModel();
    void clockPlaysWithoutOverlapping();
    void finishedJobsShowHowFarTheyGot();
    void pauseResumeAndUndo();
    void cancelAsksRecordsCancelledAndUndoes();
    void stateSurvivesCloseAndReopen();
    void researchAddEditUndo();
    void researchRefusalsWriteNothing();

private:
    // A fresh database with the reliable defaults and kCompletedResearchPoints to spend.
    void openFresh();
    TrainingJobDialog* fillValidDialog(const QString& name);
    qint64 queueSmallJob(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<TrainingJobDialog> m_dialog;
};

void TestTrainingUi::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"economy.sqlite"_s);
    openFresh();
}

void TestTrainingUi::cleanup() {
    m_dialog.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestTrainingUi::openFresh() {
    auto db = openOrCreate(m_path, false);
    MM_VERIFY_OK(db);
    MM_VERIFY_OK(EconomyRepository(**db).saveConfig(reliableConfig()));
    ResearchProjectRecord project;
    project.name = u"Scaling laws"_s;
    project.field = u"Theory"_s;
    project.points = kCompletedResearchPoints;
    project.startedOn = QDate(2024, 6, 1);
    project.completedOn = QDate(2024, 12, 1);
    MM_VERIFY_OK(ResearchRepository(**db).insert(project));
    m_workspace = std::make_unique<Workspace>(std::move(*db));
}

TrainingJobDialog* TestTrainingUi::fillValidDialog(const QString& name) {
    m_dialog = std::make_unique<TrainingJobDialog>(*m_workspace);
    m_dialog->show();
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "smallTemplateButton"), Qt::LeftButton);
    child<QLineEdit>(m_dialog.get(), "nameEdit")->setText(name);
    return m_dialog.get();
}

qint64 TestTrainingUi::queueSmallJob(const QString& name) {
    auto config = EconomyRepository(m_workspace->database()).loadConfig();
    TrainingInputs inputs = TrainingInputs::preset(*config, SizeClass::Small);
    inputs.modelName = name;
    inputs.seed = 42;
    auto job = TrainingService(m_workspace->database()).queueJob(inputs);
    if (!job)
        qWarning() << job.error().toString();
    return job ? job->id : 0;
}

void TestTrainingUi::countTextReadsDesignerNotation() {
    const QLocale c(QLocale::C);
    QCOMPARE(*parseCount(u"13B", c), 13'000'000'000LL);
    QCOMPARE(*parseCount(u"1.4T", c), 1'400'000'000'000LL);
    QCOMPARE(*parseCount(u" 350m ", c), 350'000'000LL);
    QCOMPARE(*parseCount(u"7g", c), 7'000'000'000LL);
    QCOMPARE(*parseCount(u"1,000,000", c), 1'000'000LL);
    QCOMPARE(*parseCount(u"1.4e12", c), 1'400'000'000'000LL);
    QCOMPARE(*parseCount(u"2.50k", c), 2'500LL);
    QCOMPARE(*parseCount(u"0", c), 0LL);
    QVERIFY(!parseCount(u"13X", c));
    QVERIFY(!parseCount(u"", c));
    QVERIFY(!parseCount(u"-5B", c));
    QVERIFY(!parseCount(u"1.2345k", c));   // a fraction of one
    QVERIFY(!parseCount(u"99999999T", c)); // beyond qint64
    // German: "1,4T" and "13.000" read the German way.
    const QLocale german(QLocale::German);
    QCOMPARE(*parseCount(u"1,4T", german), 1'400'000'000'000LL);
    QCOMPARE(*parseCount(u"13.000", german), 13'000LL);

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(formatCount(13'000'000'000LL, english), u"13B"_s);
    QCOMPARE(formatCount(1'400'000'000'000LL, english), u"1.4T"_s);
    QCOMPARE(formatCount(1'500LL, english), u"1.5k"_s);
    QCOMPARE(formatCount(999, english), u"999"_s);
    QCOMPARE(formatCount(1'234'567'891LL, english), u"1,234,567,891"_s);
    for (const QLocale& locale : {english, german, c}) {
        for (qint64 value : {1LL, 1'500LL, 70'000'000'000LL, 8'000'000'000'000LL, 123'456'789LL})
            QCOMPARE(*parseCount(formatCount(value, locale), locale), value);
    }
}

void TestTrainingUi::costBarShowsTheSplit() {
    CostBreakdownBar bar;
    QVERIFY(!bar.accessibleName().isEmpty());
    QVERIFY(bar.legendTexts().isEmpty());
    bar.setBreakdown({Money::fromCents(75'00), Money::fromCents(20'00), Money::fromCents(5'00)});
    const QStringList legend = bar.legendTexts();
    QCOMPARE(legend.size(), 3);
    QVERIFY2(legend.at(0).contains(u"75%"_s), qPrintable(legend.at(0)));
    QVERIFY(legend.at(2).contains(u"5%"_s));
    QVERIFY(bar.accessibleDescription().contains(u"Compute"_s));
    QVERIFY(bar.accessibleDescription().contains(Money::fromCents(75'00).toDisplayString()));
    bar.resize(bar.sizeHint());
    QVERIFY(!bar.grab().isNull());
}

void TestTrainingUi::previewEqualsServiceEstimate() {
    TrainingJobDialog* dialog = fillValidDialog(u"Orion"_s);
    TrainingService service(m_workspace->database());
    const auto check = [&](const char* what) {
        auto inputs = dialog->currentInputs();
        QVERIFY2(inputs.ok(), what);
        auto expected = service.estimate(*inputs);
        QVERIFY2(expected.ok(), what);
        QVERIFY2(dialog->estimate().has_value(), what);
        QVERIFY2(sameEstimate(*dialog->estimate(), *expected), what);
        QCOMPARE(child<QLabel>(dialog, "totalValue")->text(),
                 expected->cost.total().toDisplayString(QLocale()));
        QCOMPARE(child<CostBreakdownBar>(dialog, "costBar")->breakdown().compute,
                 expected->cost.compute);
    };

    auto config = EconomyRepository(m_workspace->database()).loadConfig();
    for (const char* name : {"smallTemplateButton", "mediumTemplateButton", "largeTemplateButton",
                             "frontierTemplateButton"}) {
        QTest::mouseClick(child<QPushButton>(dialog, name), Qt::LeftButton);
        check(name);
        // The template filled what TrainingInputs::preset says, and kept the name.
        const auto inputs = dialog->currentInputs();
        const TrainingInputs preset = TrainingInputs::preset(*config, inputs->sizeClass);
        QCOMPARE(inputs->modelName, u"Orion"_s);
        QCOMPARE(inputs->parameters, preset.parameters);
        QCOMPARE(inputs->datasetTokens, preset.datasetTokens);
        QCOMPARE(inputs->gpuType, preset.gpuType);
        QCOMPARE(inputs->gpuCount, preset.gpuCount);
        QCOMPARE(inputs->team, preset.team);
    }

    // Typed inputs, as a designer would: 13B parameters, 1.4T tokens, a bigger team, research.
    QTest::mouseClick(child<QPushButton>(dialog, "mediumTemplateButton"), Qt::LeftButton);
    auto* parameters = child<QLineEdit>(dialog, "parametersEdit");
    parameters->clear();
    QTest::keyClicks(parameters, u"20B"_s);
    check("20B parameters");
    auto* tokens = child<QLineEdit>(dialog, "tokensEdit");
    tokens->selectAll();
    QTest::keyClicks(tokens, u"1.4T"_s);
    QCOMPARE(dialog->currentInputs()->datasetTokens, 1'400'000'000'000LL);
    check("1.4T tokens");
    child<QSpinBox>(dialog, "researchersPrincipalSpin")->setValue(3);
    child<QSpinBox>(dialog, "engineersSeniorSpin")->setValue(5);
    check("team");
    child<QSpinBox>(dialog, "researchPointsSpin")->setValue(600);
    check("research points");
    QVERIFY(dialog->estimate()->researchBonus > 0);
    auto* architecture = child<QComboBox>(dialog, "architectureCombo");
    architecture->setCurrentIndex(architecture->findData(static_cast<int>(Architecture::Cnn)));
    check("architecture");
    auto* gpu = child<QComboBox>(dialog, "gpuTypeCombo");
    gpu->setCurrentIndex(gpu->findData(u"b200"_s) >= 0 ? gpu->findData(u"b200"_s) : 0);
    child<QSpinBox>(dialog, "gpuCountSpin")->setValue(128);
    check("gpus");
    // The GPU line shows the studio's capacity.
    QVERIFY2(gpu->currentText().contains(
                 QLocale().toString(config->gpuType(gpu->currentData().toString())->capacity)),
             qPrintable(gpu->currentText()));

    // A tiny dataset: the estimator's warning is listed, and still OK is allowed.
    tokens->setText(u"10B"_s);
    check("small dataset");
    QVERIFY(dialog->estimate()->hasWarning(TrainingWarning::DatasetTooSmall));
    auto* warnings = child<QLabel>(dialog, "warningsLabel");
    QVERIFY2(warnings->text().contains(u"dataset"_s, Qt::CaseInsensitive),
             qPrintable(warnings->text()));
    QVERIFY(dialog->refusalReason().isEmpty());
}

void TestTrainingUi::invalidInputsKeepOkDisabled() {
    ModelRecord taken;
    taken.name = u"Taken"_s;
    taken.parameters = 1'000'000'000;
    taken.createdOn = QDate(2024, 1, 1);
    MM_VERIFY_OK(ModelRepository(m_workspace->database()).insert(taken));
    queueSmallJob(u"In Training"_s);

    TrainingJobDialog* dialog = fillValidDialog(u"Fresh"_s);
    QPushButton* ok = child<QPushButton>(dialog, "queueButton");
    auto* reason = child<QLabel>(dialog, "reasonLabel");
    QVERIFY(ok->isEnabled());
    QVERIFY(reason->isHidden());

    const auto expectRefused = [&](const char* what, const QString& fragment) {
        QVERIFY2(!ok->isEnabled(), what);
        QVERIFY2(!reason->isHidden(), what);
        QVERIFY2(reason->text().contains(fragment, Qt::CaseInsensitive),
                 qPrintable(QString::fromLatin1(what) + u": "_s + reason->text()));
        QCOMPARE(reason->text(), dialog->refusalReason());
    };

    auto* name = child<QLineEdit>(dialog, "nameEdit");
    name->clear();
    expectRefused("empty name", u"name"_s);
    name->setText(u"taken"_s);
    expectRefused("name of a catalog model", u"already"_s);
    name->setText(u"In Training"_s);
    expectRefused("name of an unfinished job", u"in progress"_s);
    name->setText(u"Fresh"_s);
    QVERIFY(ok->isEnabled());

    auto* gpus = child<QSpinBox>(dialog, "gpuCountSpin");
    gpus->setValue(0);
    expectRefused("0 GPUs", u"GPU"_s);
    QVERIFY(!dialog->estimate());
    gpus->setValue(100000);
    expectRefused("more GPUs than the studio has", u"studio has only"_s);
    gpus->setValue(16);
    QVERIFY(ok->isEnabled());

    auto* parameters = child<QLineEdit>(dialog, "parametersEdit");
    parameters->setText(u"50B"_s); // Small allows 0.1B to 3B
    expectRefused("parameters outside the class", u"outside"_s);
    parameters->setText(u"13 apples"_s);
    expectRefused("unreadable parameters", u"not a whole number"_s);
    parameters->setText(u"1B"_s);
    QVERIFY(ok->isEnabled());

    auto* points = child<QSpinBox>(dialog, "researchPointsSpin");
    QVERIFY2(child<QLabel>(dialog, "availablePointsLabel")->text().contains(u"1,000"_s),
             qPrintable(child<QLabel>(dialog, "availablePointsLabel")->text()));
    points->setValue(kCompletedResearchPoints + 1);
    expectRefused("research points over available", u"available"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "allPointsButton"), Qt::LeftButton);
    QCOMPARE(qint64(points->value()), kCompletedResearchPoints);
    QVERIFY(ok->isEnabled());

    for (QSpinBox* spin : dialog->findChildren<QSpinBox*>()) {
        if (spin->objectName().startsWith(u"researchers"_s) ||
            spin->objectName().startsWith(u"engineers"_s))
            spin->setValue(0);
    }
    expectRefused("nobody on the team", u"team"_s);

    // Enter in a field must not get around a disabled OK.
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(JobRepository(m_workspace->database()).all()->size(), 1);
}

void TestTrainingUi::acceptQueuesJobAndUndoRemovesIt() {
    TrainingJobDialog* dialog = fillValidDialog(u"Vega-1B"_s);
    child<QLineEdit>(dialog, "seedEdit")->setText(u"12345"_s);
    child<QSpinBox>(dialog, "researchPointsSpin")->setValue(250);
    const TrainingInputs wanted = *dialog->currentInputs();
    const TrainingEstimate shown = *dialog->estimate();
    QTest::mouseClick(child<QPushButton>(dialog, "queueButton"), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->queuedJob());

    Database& db = m_workspace->database();
    auto jobs = JobRepository(db).all();
    QCOMPARE(jobs->size(), 1);
    const TrainingJobRecord& job = jobs->front();
    QCOMPARE(job.inputs.modelName, u"Vega-1B"_s);
    QCOMPARE(job.inputs.seed, quint64(12345));
    QCOMPARE(job.inputs.parameters, wanted.parameters);
    QCOMPARE(job.inputs.researchPoints, qint64(250));
    QCOMPARE(job.estimate.total(), shown.cost.total());
    QCOMPARE(job.estimatedDays, shown.days);
    QCOMPARE(*ResearchRepository(db).availablePoints(), kCompletedResearchPoints - 250);

    QUndoStack* stack = m_workspace->undoStack();
    QCOMPARE(stack->count(), 1);
    QVERIFY(stack->undoText().contains(u"Vega-1B"_s));
    stack->undo();
    QVERIFY(JobRepository(db).all()->isEmpty());
    QCOMPARE(*ResearchRepository(db).availablePoints(), kCompletedResearchPoints);
    stack->redo();
    jobs = JobRepository(db).all();
    QCOMPARE(jobs->size(), 1);
    QCOMPARE(jobs->front().inputs.seed, quint64(12345));
    QCOMPARE(jobs->front().inputs.modelName, u"Vega-1B"_s);
}

void TestTrainingUi::undoOfQueueIsRefusedOnceTrained() {
    TrainingJobDialog* dialog = fillValidDialog(u"Trained-1B"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "queueButton"), Qt::LeftButton);
    QVERIFY(dialog->queuedJob());
    MM_VERIFY_OK(TrainingService(m_workspace->database()).advance(1));

    QSignalSpy failed(m_workspace.get(), &Workspace::commandFailed);
    m_workspace->undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    const QString message = failed.front().front().toString();
    QVERIFY2(message.contains(u"cancel it instead"_s), qPrintable(message));
    QCOMPARE(JobRepository(m_workspace->database()).all()->size(), 1); // still there
    QCOMPARE(m_workspace->undoStack()->count(), 0); // the refused command dropped out
}

void TestTrainingUi::newJobFromTheArea() {
    TrainingArea area(*m_workspace);
    area.show();
    QAction* newJob = child<QAction>(&area, "actionNewTrainingJob");
    QVERIFY(newJob->shortcuts().contains(QKeySequence(Qt::Key_Insert)));
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<TrainingJobDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "nameEdit")->setText(u"From The Area"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "queueButton"), Qt::LeftButton);
    });
    newJob->trigger();
    // The table reads in the background; the new job is selected when it arrives.
    QTRY_COMPARE(area.jobModel()->rowCount(), 1);
    QCOMPARE(area.jobModel()->job(0).inputs.modelName, u"From The Area"_s);
    QTRY_COMPARE(area.selectedJobId(), area.jobModel()->job(0).id);
}

void TestTrainingUi::clockAdvancesCompletesAndCreatesOneModel() {
    const qint64 id = queueSmallJob(u"Pico-1B"_s);
    QVERIFY(id > 0);
    TrainingArea area(*m_workspace);
    GameClockWidget clock(*m_workspace);
    area.show();
    clock.show();
    QTRY_VERIFY(area.jobModel()->isUpToDate());
    QSignalSpy advanced(&clock, &GameClockWidget::advanced);
    QSignalSpy catalogReset(m_workspace.get(), &Workspace::catalogReset);
    QSignalSpy showModel(&area, &TrainingArea::showModelRequested);
    const QDate start = clock.gameDate();
    QCOMPARE(start, EconomyRepository::defaultGameDate());
    QCOMPARE(child<QLabel>(&clock, "gameDateLabel")->text(),
             QLocale().toString(start, QLocale::LongFormat));

    const int row = area.jobModel()->rowOfJob(id);
    QCOMPARE(area.jobModel()->job(row).status, JobStatus::Running);
    QCOMPARE(area.jobModel()->job(row).progressDays, 0.0);

    QVERIFY(clock.advanceBy(1));
    QVERIFY(clock.isAdvancing());
    QVERIFY(!clock.advanceBy(1)); // never two at once
    QTRY_VERIFY(!clock.isAdvancing());
    QCOMPARE(advanced.size(), 1);
    QCOMPARE(clock.gameDate(), start.addDays(1));
    QTRY_VERIFY(area.jobModel()->job(area.jobModel()->rowOfJob(id)).progressDays > 0);
    QVERIFY(area.jobModel()->job(area.jobModel()->rowOfJob(id)).costSpent > Money());
    QCOMPARE(ModelRepository(m_workspace->database()).count().value(), qint64(0));

    // The template runs for about 1.4 days; five more days certainly finish it.
    QVERIFY(clock.advanceBy(5));
    QTRY_VERIFY(!clock.isAdvancing());
    QCOMPARE(clock.gameDate(), start.addDays(6));
    const AdvanceReport report = advanced.last().front().value<AdvanceReport>();
    QCOMPARE(report.completed.size(), 1);
    QVERIFY(catalogReset.size() >= 1);
    QCOMPARE(ModelRepository(m_workspace->database()).count().value(), qint64(1));

    QTRY_COMPARE(area.jobModel()->job(area.jobModel()->rowOfJob(id)).status, JobStatus::Completed);
    const int done = area.jobModel()->rowOfJob(id);
    const qint64 modelId = *area.jobModel()->job(done).modelId;
    QCOMPARE(area.jobModel()->index(done, JobTableModel::ModelColumn).data().toString(),
             u"Pico-1B"_s);
    QCOMPARE(area.jobModel()
                 ->index(done, JobTableModel::ProgressColumn)
                 .data(JobTableModel::ProgressRole)
                 .toDouble(),
             1.0);

    // Double-clicking the completed job asks to show its model.
    area.selectJob(id);
    QTableView* table = area.table();
    QSignalSpy doubleClicked(table, &QTableView::doubleClicked);
    const QModelIndex cell = table->currentIndex().siblingAtColumn(JobTableModel::NameColumn);
    // Qt Test's double click is only the second press; a real one starts with a click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(doubleClicked.size(), 1);
    QCOMPARE(showModel.size(), 1);
    QCOMPARE(showModel.front().front().toLongLong(), modelId);
}

void TestTrainingUi::finishedJobsShowHowFarTheyGot() {
    // A job can finish a little before its estimate; it is still done. A failed or cancelled one
    // says where it stopped. Neither has days remaining.
    const auto job = [](qint64 id, JobStatus status, double progressDays) {
        TrainingJobRecord record;
        record.id = id;
        record.inputs.modelName = u"Job %1"_s.arg(id);
        record.status = status;
        record.estimatedDays = 108.5;
        record.progressDays = progressDays;
        return record;
    };
    JobTableModel model;
    model.setJobs({job(1, JobStatus::Completed, 106.0), job(2, JobStatus::Failed, 54.25),
                   job(3, JobStatus::Cancelled, 27.125), job(4, JobStatus::Running, 106.0)},
                  {});
    const auto cell = [&model](qint64 id, int column, int role = Qt::DisplayRole) {
        return model.index(model.rowOfJob(id), column).data(role);
    };
    QCOMPARE(cell(1, JobTableModel::ProgressColumn).toString(), u"100%"_s);
    QCOMPARE(cell(1, JobTableModel::ProgressColumn, JobTableModel::ProgressRole).toDouble(), 1.0);
    QCOMPARE(cell(1, JobTableModel::ElapsedColumn).toString(), u"106.0"_s);
    QCOMPARE(cell(1, JobTableModel::RemainingColumn).toString(), QString());
    QCOMPARE(cell(2, JobTableModel::ProgressColumn).toString(), u"50%"_s);
    QCOMPARE(cell(2, JobTableModel::RemainingColumn).toString(), QString());
    QCOMPARE(cell(3, JobTableModel::ProgressColumn).toString(), u"25%"_s);
    QCOMPARE(cell(4, JobTableModel::ProgressColumn).toString(), u"98%"_s); // still training
    QCOMPARE(cell(4, JobTableModel::RemainingColumn).toString(), u"2.5"_s);
}

void TestTrainingUi::clockPlaysWithoutOverlapping() {
    const qint64 id = queueSmallJob(u"Played-1B"_s);
    GameClockWidget clock(*m_workspace);
    clock.show();
    QCOMPARE(clock.daysPerTick(), 1);
    QCOMPARE(clock.tickIntervalMs(), 1000);
    clock.setSpeed(7);
    QCOMPARE(clock.daysPerTick(), 1);
    QCOMPARE(clock.tickIntervalMs(), 143);
    clock.setSpeed(30);
    QCOMPARE(clock.daysPerTick(), 3);
    QCOMPARE(clock.tickIntervalMs(), 100);
    QCOMPARE(child<QComboBox>(&clock, "speedCombo")->currentData().toInt(), 30);

    QSignalSpy playing(&clock, &GameClockWidget::playingChanged);
    const QDate start = clock.gameDate();
    // Space on the focused clock presses Play, as does the action the main window puts in a menu.
    QAction* play = clock.playPauseAction();
    QVERIFY(play->isCheckable());
    QCOMPARE(play->shortcut(), QKeySequence(Qt::Key_Space));
    QApplication::setActiveWindow(&clock);
    QVERIFY(QTest::qWaitForWindowActive(&clock));
    clock.setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(clock.isPlaying());
    QVERIFY(play->isChecked());
    QCOMPARE(playing.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(clock.gameDate() >= start.addDays(9), 10000);
    play->trigger();
    QVERIFY(!clock.isPlaying());
    QTRY_VERIFY(!clock.isAdvancing());
    // Every advance added whole ticks; none was lost or doubled.
    const QDate stopped = clock.gameDate();
    QCOMPARE(start.daysTo(stopped) % clock.daysPerTick(), 0);
    QCOMPARE(*EconomyRepository(m_workspace->database()).gameDate(), stopped);
    QCOMPARE(JobRepository(m_workspace->database()).find(id)->value().status, JobStatus::Completed);
}

void TestTrainingUi::pauseResumeAndUndo() {
    const qint64 id = queueSmallJob(u"Pausable-1B"_s);
    TrainingArea area(*m_workspace);
    area.show();
    QTRY_VERIFY(area.jobModel()->isUpToDate());
    area.selectJob(id);
    QAction* pause = child<QAction>(&area, "actionPauseJob");
    QAction* resume = child<QAction>(&area, "actionResumeJob");
    QVERIFY(pause->isEnabled());
    QVERIFY(!resume->isEnabled());
    pause->trigger();
    const auto status = [&] {
        return JobRepository(m_workspace->database()).find(id)->value().status;
    };
    QCOMPARE(status(), JobStatus::Paused);
    QTRY_VERIFY(resume->isEnabled());
    QCOMPARE(area.selectedJobId(), id); // the selection survives the refresh

    m_workspace->undoStack()->undo();
    QCOMPARE(status(), JobStatus::Running);
    m_workspace->undoStack()->redo();
    QCOMPARE(status(), JobStatus::Paused);
    resume->trigger();
    QCOMPARE(status(), JobStatus::Running);
    QCOMPARE(m_workspace->undoStack()->count(), 2);
}

void TestTrainingUi::cancelAsksRecordsCancelledAndUndoes() {
    const qint64 id = queueSmallJob(u"Doomed-1B"_s);
    MM_VERIFY_OK(TrainingService(m_workspace->database()).advance(1));
    const TrainingJobRecord before = JobRepository(m_workspace->database()).find(id)->value();
    TrainingArea area(*m_workspace);
    area.show();
    QTRY_VERIFY(area.jobModel()->isUpToDate());
    area.selectJob(id);
    QAction* cancel = child<QAction>(&area, "actionCancelJob");
    QVERIFY(cancel->isEnabled());

    // Keep Training: nothing happens.
    answerNextMessageBox(u"&Keep Training"_s);
    cancel->trigger();
    QCOMPARE(JobRepository(m_workspace->database()).find(id)->value().status, JobStatus::Running);
    QCOMPARE(m_workspace->undoStack()->count(), 0);

    QString question;
    answerNextMessageBox(u"Cancel &Job"_s, &question);
    cancel->trigger();
    QVERIFY2(question.contains(before.costSpent.toDisplayString(QLocale())), qPrintable(question));
    const TrainingJobRecord after = JobRepository(m_workspace->database()).find(id)->value();
    QCOMPARE(after.status, JobStatus::Cancelled);
    QVERIFY(after.costSpent >= before.costSpent);
    QTRY_COMPARE(area.jobModel()
                     ->index(area.jobModel()->rowOfJob(id), JobTableModel::StatusColumn)
                     .data()
                     .toString(),
                 enumLabel(JobStatus::Cancelled));
    QVERIFY(!cancel->isEnabled());

    m_workspace->undoStack()->undo();
    const TrainingJobRecord restored = JobRepository(m_workspace->database()).find(id)->value();
    QCOMPARE(restored.status, JobStatus::Running);
    QCOMPARE(restored.costSpent, before.costSpent);
    QCOMPARE(restored.progressDays, before.progressDays);
    m_workspace->undoStack()->redo();
    QCOMPARE(JobRepository(m_workspace->database()).find(id)->value().status, JobStatus::Cancelled);
}

void TestTrainingUi::stateSurvivesCloseAndReopen() {
    auto config = EconomyRepository(m_workspace->database()).loadConfig();
    TrainingInputs inputs = TrainingInputs::preset(*config, SizeClass::Medium);
    inputs.modelName = u"Long-13B"_s;
    inputs.seed = 7;
    auto queued = TrainingService(m_workspace->database()).queueJob(inputs);
    MM_VERIFY_OK(queued);
    {
        GameClockWidget clock(*m_workspace);
        QVERIFY(clock.advanceBy(3));
        QTRY_VERIFY(!clock.isAdvancing());
        QCOMPARE(clock.gameDate(), EconomyRepository::defaultGameDate().addDays(3));
    }
    const TrainingJobRecord before =
        JobRepository(m_workspace->database()).find(queued->id)->value();
    QCOMPARE(before.progressDays, 3.0);
    m_workspace.reset(); // quit mid-training

    auto reopened = Database::open(m_path);
    MM_VERIFY_OK(reopened);
    m_workspace = std::make_unique<Workspace>(std::move(*reopened));
    TrainingArea area(*m_workspace);
    GameClockWidget clock(*m_workspace);
    QCOMPARE(clock.gameDate(), EconomyRepository::defaultGameDate().addDays(3));
    QTRY_VERIFY(area.jobModel()->isUpToDate());
    const int row = area.jobModel()->rowOfJob(queued->id);
    QVERIFY(row >= 0);
    QCOMPARE(area.jobModel()->job(row).status, JobStatus::Running);
    QCOMPARE(area.jobModel()->job(row).progressDays, before.progressDays);
    QCOMPARE(area.jobModel()->job(row).costSpent, before.costSpent);

    QVERIFY(clock.advanceBy(1)); // and it resumes where it was
    QTRY_VERIFY(!clock.isAdvancing());
    QTRY_COMPARE(area.jobModel()->job(area.jobModel()->rowOfJob(queued->id)).progressDays, 4.0);
}

void TestTrainingUi::researchAddEditUndo() {
    ResearchArea area(*m_workspace);
    area.show();
    auto* points = child<QLabel>(&area, "availablePointsLabel");
    QTRY_VERIFY2(points->text().contains(QLocale().toString(kCompletedResearchPoints)),
                 qPrintable(points->text()));
    QCOMPARE(area.projects().size(), 1);

    child<QAction>(&area, "actionAddResearch")->trigger();
    // The table reads in the background; the new project is selected when it arrives.
    QTRY_COMPARE(area.projects().size(), 2);
    QTRY_VERIFY(area.selectedProjectId() > 0);
    const qint64 id = area.selectedProjectId();
    const auto project = [&] {
        return ResearchRepository(m_workspace->database()).find(id)->value();
    };
    QCOMPARE(project().name, u"New project"_s);
    QVERIFY(!project().isCompleted());
    // It went straight into editing the name; leave that editor without a change.
    QTRY_VERIFY(area.table()->viewport()->findChild<QLineEdit*>());
    auto* editor = area.table()->viewport()->findChild<QLineEdit*>();
    QTest::keyClick(editor, Qt::Key_Escape);

    // Inline edits go through the view's model, one undo step each.
    QAbstractItemModel* model = area.table()->model();
    const QModelIndex name = area.table()->currentIndex().siblingAtColumn(0);
    QVERIFY(model->setData(name, u"Sparse attention"_s));
    QCOMPARE(project().name, u"Sparse attention"_s);
    QVERIFY(model->setData(name.siblingAtColumn(2), 400));
    QCOMPARE(project().points, qint64(400));
    QVERIFY(model->setData(name.siblingAtColumn(3), u"$25,000"_s));
    QCOMPARE(project().cost, Money::fromCents(25'000'00));
    QVERIFY(!model->setData(name.siblingAtColumn(3), u"lots"_s));
    QVERIFY(!area.message().isEmpty());
    QCOMPARE(project().cost, Money::fromCents(25'000'00));

    // Complete on the game date: its points become available.
    area.selectProject(id);
    child<QAction>(&area, "actionCompleteResearch")->trigger();
    QCOMPARE(project().completedOn, EconomyRepository::defaultGameDate());
    QCOMPARE(*ResearchRepository(m_workspace->database()).availablePoints(),
             kCompletedResearchPoints + 400);
    QTRY_VERIFY(points->text().contains(QLocale().toString(kCompletedResearchPoints + 400)));
    QVERIFY(!child<QAction>(&area, "actionCompleteResearch")->isEnabled());

    QUndoStack* stack = m_workspace->undoStack();
    QCOMPARE(stack->count(), 5); // add, name, points, cost, complete
    stack->undo();
    QVERIFY(!project().isCompleted());
    stack->undo();
    stack->undo();
    QCOMPARE(project().points, qint64(100));
    stack->undo();
    QCOMPARE(project().name, u"New project"_s);
    stack->undo();
    QVERIFY(!ResearchRepository(m_workspace->database()).find(id)->has_value());
    QTRY_COMPARE(area.projects().size(), 1);
    for (int i = 0; i < 5; ++i)
        stack->redo();
    QCOMPARE(project().name, u"Sparse attention"_s);
    QVERIFY(project().isCompleted());

    // Delete, and undo brings it back under the same id.
    QTRY_COMPARE(area.projects().size(), 2);
    area.selectProject(id);
    child<QAction>(&area, "actionDeleteResearch")->trigger();
    QVERIFY(!ResearchRepository(m_workspace->database()).find(id)->has_value());
    stack->undo();
    QCOMPARE(project().name, u"Sparse attention"_s);
}

void TestTrainingUi::researchRefusalsWriteNothing() {
    // A job holds 800 of the 1,000 points: the completed project can neither be deleted nor
    // shrunk below what is spent.
    auto config = EconomyRepository(m_workspace->database()).loadConfig();
    TrainingInputs inputs = TrainingInputs::preset(*config, SizeClass::Small);
    inputs.modelName = u"Researched-1B"_s;
    inputs.researchPoints = 800;
    MM_VERIFY_OK(TrainingService(m_workspace->database()).queueJob(inputs));

    ResearchArea area(*m_workspace);
    area.show();
    QTRY_COMPARE(area.projects().size(), 1);
    const qint64 id = area.projects().front().id;
    area.selectProject(id);
    child<QAction>(&area, "actionDeleteResearch")->trigger();
    QVERIFY2(area.message().contains(u"spend"_s), qPrintable(area.message()));
    QVERIFY(ResearchRepository(m_workspace->database()).find(id)->has_value());

    QAbstractItemModel* model = area.table()->model();
    QVERIFY(!model->setData(area.table()->currentIndex().siblingAtColumn(2), 500));
    QVERIFY2(area.message().contains(u"spend"_s), qPrintable(area.message()));
    QCOMPARE(ResearchRepository(m_workspace->database()).find(id)->value().points,
             kCompletedResearchPoints);
    QVERIFY(!model->setData(area.table()->currentIndex().siblingAtColumn(0), u"  "_s));
    QVERIFY(!area.message().isEmpty());
    QCOMPARE(m_workspace->undoStack()->count(), 0);
}

QTEST_MAIN(TestTrainingUi)
#include "tst_training.moc"
