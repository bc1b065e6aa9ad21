// `modelmarket train ...` and `modelmarket clock ...`: the training queue and the game clock,
// headless.

#include "app/cli/Cli.h"
#include "app/cli/CliCommands.h"
#include "app/cli/TableWriter.h"
#include "core/CountText.h"
#include "core/JsonReader.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/TrainingService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <limits>

namespace mm::cli {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::cli)
};

QString trainUsage() {
    return Tr::tr(
        "usage: modelmarket train --name NAME --size small|medium|large|frontier\n"
        "         [--architecture KEY] [--params N] [--tokens N] [--gpu-type KEY] [--gpus N]\n"
        "         [--research N] [--seed S]\n"
        "       modelmarket train pause|resume|cancel JOB_ID\n"
        "Inputs left out come from the size class's template; without --seed a random seed is\n"
        "chosen and printed. The job is queued on the game date and starts when its GPUs are\n"
        "free; 'modelmarket clock advance --days N' runs it.\n");
}

QString clockUsage() {
    return Tr::tr("usage: modelmarket clock [show] | modelmarket clock advance --days N");
}

QString number(double value, int decimals = 1) {
    return QString::number(value, 'f', decimals);
}

QJsonObject bandJson(const QualityBand& band) {
    return {{QStringLiteral("p10"), band.p10},
            {QStringLiteral("p50"), band.p50},
            {QStringLiteral("p90"), band.p90}};
}

// A whole number option; nullopt in `value` when absent. False (after reporting) when malformed.
bool integerOption(CommandContext& context, const QString& name, std::optional<qint64>& value) {
    const auto text = context.option(name);
    if (!text)
        return true;
    const auto parsed = parseCount(*text, QLocale::c());
    if (!parsed) {
        context.fail(kUsage, Tr::tr("%1 needs a whole number, not '%2'").arg(name, *text));
        return false;
    }
    value = *parsed;
    return true;
}

QString statusText(const TrainingJobRecord& job) {
    switch (job.status) {
    case JobStatus::Running:
        return Tr::tr("running since %1")
            .arg(job.startedOn ? job.startedOn->toString(Qt::ISODate) : QString());
    case JobStatus::Queued:
        return Tr::tr("queued on %1, waiting for %2 %3 GPUs")
            .arg(job.queuedOn.toString(Qt::ISODate))
            .arg(job.inputs.gpuCount)
            .arg(job.inputs.gpuType);
    default:
        return enumLabel(job.status).toLower();
    }
}

int printQueued(CommandContext& context, const TrainingJobRecord& job,
                const TrainingEstimate& estimate) {
    const TrainingInputs& in = job.inputs;
    const CostBreakdown& cost = job.estimate;
    if (context.format == QStringLiteral("json")) {
        QJsonArray warnings;
        for (const QString& warning : estimate.warnings)
            warnings.append(warning);
        const QJsonObject object{
            {QStringLiteral("job"), job.id},
            {QStringLiteral("name"), in.modelName},
            {QStringLiteral("status"), enumKey(job.status)},
            {QStringLiteral("sizeClass"), enumKey(in.sizeClass)},
            {QStringLiteral("architecture"), enumKey(in.architecture)},
            {QStringLiteral("parameters"), QString::number(in.parameters)},
            {QStringLiteral("datasetTokens"), QString::number(in.datasetTokens)},
            {QStringLiteral("gpuType"), in.gpuType},
            {QStringLiteral("gpuCount"), in.gpuCount},
            {QStringLiteral("researchPoints"), QString::number(in.researchPoints)},
            {QStringLiteral("seed"), QString::number(in.seed)},
            {QStringLiteral("queuedOn"), job.queuedOn.toString(Qt::ISODate)},
            {QStringLiteral("startedOn"),
             job.startedOn ? QJsonValue(job.startedOn->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("cost"),
             QJsonObject{{QStringLiteral("compute"), moneyToJson(cost.compute)},
                         {QStringLiteral("data"), moneyToJson(cost.data)},
                         {QStringLiteral("talent"), moneyToJson(cost.talent)},
                         {QStringLiteral("total"), moneyToJson(cost.total())}}},
            {QStringLiteral("days"), job.estimatedDays},
            {QStringLiteral("composite"), bandJson(estimate.composite)},
            {QStringLiteral("researchBonus"), estimate.researchBonus},
            {QStringLiteral("failureChance"), estimate.failureChance},
            {QStringLiteral("warnings"), warnings},
        };
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return kOk;
    }
    if (context.format == QStringLiteral("csv")) {
        TableWriter writer({QStringLiteral("job"), QStringLiteral("name"), QStringLiteral("status"),
                            QStringLiteral("size_class"), QStringLiteral("seed"),
                            QStringLiteral("compute"), QStringLiteral("data"),
                            QStringLiteral("talent"), QStringLiteral("total"),
                            QStringLiteral("days"), QStringLiteral("composite_p10"),
                            QStringLiteral("composite_p50"), QStringLiteral("composite_p90"),
                            QStringLiteral("warnings")},
                           {true, false, false, false, true, true, true, true, true, true, true,
                            true, true, false});
        writer.addRow({QString::number(job.id), in.modelName, enumKey(job.status),
                       enumKey(in.sizeClass), QString::number(in.seed),
                       cost.compute.toPlainString(), cost.data.toPlainString(),
                       cost.talent.toPlainString(), cost.total().toPlainString(),
                       number(job.estimatedDays, 2), number(estimate.composite.p10),
                       number(estimate.composite.p50), number(estimate.composite.p90),
                       estimate.warnings.join(u' ')});
        context.out << writer.render(context.format);
        return kOk;
    }
    const QLocale locale;
    context.out << Tr::tr("Queued training job %1: %2 (%3, %4), seed %5\n")
                       .arg(job.id)
                       .arg(in.modelName, enumLabel(in.sizeClass), enumLabel(in.architecture))
                       .arg(in.seed);
    context.out << Tr::tr("  status:     %1\n").arg(statusText(job));
    context.out << Tr::tr("  inputs:     %1 parameters, %2 tokens, %3 x %4, %5 research points\n")
                       .arg(locale.toString(in.parameters), locale.toString(in.datasetTokens))
                       .arg(in.gpuCount)
                       .arg(in.gpuType)
                       .arg(in.researchPoints);
    context.out << Tr::tr("  cost:       compute %1, data %2, talent %3, total %4\n")
                       .arg(cost.compute.toPlainString(), cost.data.toPlainString(),
                            cost.talent.toPlainString(), cost.total().toPlainString());
    context.out << Tr::tr("  duration:   %1 days (estimate)\n").arg(number(job.estimatedDays));
    context.out << Tr::tr("  composite:  p10 %1, p50 %2, p90 %3\n")
                       .arg(number(estimate.composite.p10), number(estimate.composite.p50),
                            number(estimate.composite.p90));
    context.out << Tr::tr("  research:   +%1 quality, failure chance %2%\n")
                       .arg(number(estimate.researchBonus),
                            number(estimate.failureChance * 100, 0));
    for (const QString& warning : estimate.warnings)
        context.out << Tr::tr("  warning:    %1\n").arg(warning);
    return kOk;
}

int runJobAction(CommandContext& context, const QStringList& positionals) {
    if (positionals.size() != 2)
        return context.fail(kUsage, trainUsage());
    bool ok = false;
    const qint64 id = positionals.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(
            kUsage, Tr::tr("a job id is a positive whole number, not '%1'").arg(positionals.at(1)));
    auto db = context.openForWriting();
    if (!db)
        return kDatabase;
    TrainingService service(*db);
    const QString& action = positionals.at(0);
    Result<TrainingJobRecord> job = action == QStringLiteral("pause")    ? service.pauseJob(id)
                                    : action == QStringLiteral("resume") ? service.resumeJob(id)
                                                                         : service.cancelJob(id);
    if (!job)
        return context.failWith(job.error());
    if (action == QStringLiteral("cancel"))
        context.out << Tr::tr("Cancelled training job %1 (%2); charged %3\n")
                           .arg(job->id)
                           .arg(job->inputs.modelName, job->costSpent.toPlainString());
    else
        context.out << Tr::tr("Training job %1 (%2) is %3\n")
                           .arg(job->id)
                           .arg(job->inputs.modelName, statusText(*job));
    return kOk;
}

QJsonArray eventsJson(const QList<JobEvent>& events) {
    QJsonArray array;
    for (const JobEvent& event : events) {
        QJsonObject object{{QStringLiteral("job"), event.jobId},
                           {QStringLiteral("name"), event.modelName},
                           {QStringLiteral("date"), event.date.toString(Qt::ISODate)}};
        if (event.modelId)
            object.insert(QStringLiteral("model"), *event.modelId);
        if (!event.reason.isEmpty())
            object.insert(QStringLiteral("reason"), event.reason);
        array.append(object);
    }
    return array;
}

int printAdvance(CommandContext& context, const AdvanceReport& report) {
    if (context.format == QStringLiteral("json")) {
        const QJsonObject object{
            {QStringLiteral("from"), report.fromDate.toString(Qt::ISODate)},
            {QStringLiteral("gameDate"), report.gameDate.toString(Qt::ISODate)},
            {QStringLiteral("days"), report.days},
            {QStringLiteral("started"), eventsJson(report.started)},
            {QStringLiteral("completed"), eventsJson(report.completed)},
            {QStringLiteral("failed"), eventsJson(report.failed)},
            {QStringLiteral("stalled"), eventsJson(report.stalled)},
            {QStringLiteral("monthsAccrued"), QJsonArray::fromStringList(report.monthsAccrued)},
            {QStringLiteral("usageChargesAdded"), report.usageRowsAdded},
            {QStringLiteral("licensesExpiredOrRenewed"), report.licensesExpiredOrRenewed},
        };
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return kOk;
    }
    if (context.format == QStringLiteral("csv")) {
        TableWriter writer({QStringLiteral("event"), QStringLiteral("date"), QStringLiteral("job"),
                            QStringLiteral("name"), QStringLiteral("model"),
                            QStringLiteral("reason")},
                           {false, false, true, false, true, false});
        const auto add = [&writer](const char* kind, const QList<JobEvent>& events) {
            for (const JobEvent& event : events)
                writer.addRow({QString::fromLatin1(kind), event.date.toString(Qt::ISODate),
                               QString::number(event.jobId), event.modelName,
                               event.modelId ? QString::number(*event.modelId) : QString(),
                               event.reason});
        };
        add("started", report.started);
        add("completed", report.completed);
        add("failed", report.failed);
        add("stalled", report.stalled);
        context.out << writer.render(context.format);
        return kOk;
    }
    context.out << Tr::tr("Game date: %1 (advanced %2 days from %3)\n")
                       .arg(report.gameDate.toString(Qt::ISODate))
                       .arg(report.days)
                       .arg(report.fromDate.toString(Qt::ISODate));
    for (const JobEvent& event : report.started)
        context.out << Tr::tr("  started    %1  %2 (job %3)\n")
                           .arg(event.date.toString(Qt::ISODate), event.modelName)
                           .arg(event.jobId);
    for (const JobEvent& event : report.completed)
        context.out << Tr::tr("  completed  %1  %2 (job %3, model %4)\n")
                           .arg(event.date.toString(Qt::ISODate), event.modelName)
                           .arg(event.jobId)
                           .arg(event.modelId.value_or(0));
    for (const JobEvent& event : report.failed)
        context.out << Tr::tr("  failed     %1  %2 (job %3): %4\n")
                           .arg(event.date.toString(Qt::ISODate), event.modelName)
                           .arg(event.jobId)
                           .arg(event.reason);
    for (const JobEvent& event : report.stalled)
        context.out << Tr::tr("  stalled    %1  %2 (job %3): %4\n")
                           .arg(event.date.toString(Qt::ISODate), event.modelName)
                           .arg(event.jobId)
                           .arg(event.reason);
    if (!report.monthsAccrued.isEmpty())
        context.out << Tr::tr("  usage accrued for %1: %2 charge(s) added\n")
                           .arg(report.monthsAccrued.join(QStringLiteral(", ")))
                           .arg(report.usageRowsAdded);
    if (report.licensesExpiredOrRenewed > 0)
        context.out
            << Tr::tr("  licenses expired or renewed: %1\n").arg(report.licensesExpiredOrRenewed);
    return kOk;
}

int printSnapshot(CommandContext& context, const QueueSnapshot& snapshot) {
    TableWriter jobs({QStringLiteral("job"), QStringLiteral("name"), QStringLiteral("status"),
                      QStringLiteral("size_class"), QStringLiteral("gpu_type"),
                      QStringLiteral("gpus"), QStringLiteral("progress_days"),
                      QStringLiteral("estimated_days"), QStringLiteral("cost_spent"),
                      QStringLiteral("queued_on"), QStringLiteral("started_on")},
                     {true, false, false, false, false, true, true, true, true, false, false});
    for (const TrainingJobRecord& job : snapshot.activeJobs)
        jobs.addRow({QString::number(job.id), job.inputs.modelName, enumKey(job.status),
                     enumKey(job.inputs.sizeClass), job.inputs.gpuType,
                     QString::number(job.inputs.gpuCount), number(job.progressDays),
                     number(job.estimatedDays), job.costSpent.toPlainString(),
                     job.queuedOn.toString(Qt::ISODate),
                     job.startedOn ? job.startedOn->toString(Qt::ISODate) : QString()});
    if (context.format == QStringLiteral("csv")) {
        context.out << jobs.render(context.format);
        return kOk;
    }
    if (context.format == QStringLiteral("json")) {
        QJsonObject counts;
        for (auto it = snapshot.counts.begin(); it != snapshot.counts.end(); ++it)
            counts.insert(enumKey(it.key()), it.value());
        QJsonArray gpus;
        for (const GpuUsage& gpu : snapshot.gpus)
            gpus.append(QJsonObject{{QStringLiteral("key"), gpu.gpuType},
                                    {QStringLiteral("name"), gpu.name},
                                    {QStringLiteral("inUse"), gpu.inUse},
                                    {QStringLiteral("capacity"), gpu.capacity},
                                    {QStringLiteral("waiting"), gpu.waiting}});
        const QJsonObject object{
            {QStringLiteral("gameDate"), snapshot.gameDate.toString(Qt::ISODate)},
            {QStringLiteral("jobs"), counts},
            {QStringLiteral("gpus"), gpus},
            {QStringLiteral("active"),
             QJsonDocument::fromJson(jobs.render(QStringLiteral("json")).toUtf8()).array()},
        };
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return kOk;
    }
    context.out << Tr::tr("Game date: %1\n").arg(snapshot.gameDate.toString(Qt::ISODate));
    QStringList counts;
    for (auto it = snapshot.counts.begin(); it != snapshot.counts.end(); ++it)
        counts.append(QStringLiteral("%1 %2").arg(it.value()).arg(enumLabel(it.key()).toLower()));
    context.out << Tr::tr("Training jobs: %1\n").arg(counts.join(QStringLiteral(", ")));
    for (const GpuUsage& gpu : snapshot.gpus)
        context.out << Tr::tr("GPUs %1: %2 of %3 in use, %4 asked for by queued jobs\n")
                           .arg(gpu.name)
                           .arg(gpu.inUse)
                           .arg(gpu.capacity)
                           .arg(gpu.waiting);
    if (!snapshot.activeJobs.isEmpty())
        context.out << '\n' << jobs.render(context.format);
    return kOk;
}

} // namespace

int runTrain(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << trainUsage();
        return kOk;
    }
    const QStringList valueOptions{QStringLiteral("--name"),         QStringLiteral("--size"),
                                   QStringLiteral("--architecture"), QStringLiteral("--params"),
                                   QStringLiteral("--tokens"),       QStringLiteral("--gpu-type"),
                                   QStringLiteral("--gpus"),         QStringLiteral("--research"),
                                   QStringLiteral("--seed"),         QStringLiteral("--format")};
    if (auto problem = checkOptions(context, valueOptions))
        return context.fail(kUsage, *problem + u'\n' + trainUsage());
    if (auto failed = takeFormat(context))
        return *failed;
    const QStringList positionals = context.positionals(valueOptions);
    if (!positionals.isEmpty()) {
        const QString& action = positionals.front();
        if (action != QStringLiteral("pause") && action != QStringLiteral("resume") &&
            action != QStringLiteral("cancel"))
            return context.fail(kUsage,
                                Tr::tr("unexpected '%1'").arg(action) + u'\n' + trainUsage());
        return runJobAction(context, positionals);
    }

    const auto name = context.option(QStringLiteral("--name"));
    if (!name || name->trimmed().isEmpty())
        return context.fail(kUsage, Tr::tr("train needs --name NAME") + u'\n' + trainUsage());
    const auto sizeText = context.option(QStringLiteral("--size"));
    if (!sizeText)
        return context.fail(kUsage, Tr::tr("train needs --size small|medium|large|frontier"));
    const auto size = enumFromText<SizeClass>(*sizeText);
    if (!size)
        return context.fail(kUsage, Tr::tr("unknown size class '%1': use %2")
                                        .arg(*sizeText, enumKeys<SizeClass>().join(u'|')));
    std::optional<Architecture> architecture;
    if (auto text = context.option(QStringLiteral("--architecture"))) {
        architecture = enumFromText<Architecture>(*text);
        if (!architecture)
            return context.fail(kUsage, Tr::tr("unknown architecture '%1': use %2")
                                            .arg(*text, enumKeys<Architecture>().join(u'|')));
    }
    std::optional<qint64> params, tokens, gpus, research;
    if (!integerOption(context, QStringLiteral("--params"), params) ||
        !integerOption(context, QStringLiteral("--tokens"), tokens) ||
        !integerOption(context, QStringLiteral("--gpus"), gpus) ||
        !integerOption(context, QStringLiteral("--research"), research))
        return kUsage;
    if (gpus &&
        (*gpus > std::numeric_limits<int>::max() || *gpus < std::numeric_limits<int>::min()))
        return context.fail(kRejected, Tr::tr("%1 GPUs is more than any studio has").arg(*gpus));
    quint64 seed = QRandomGenerator::global()->generate64();
    if (auto text = context.option(QStringLiteral("--seed"))) {
        bool ok = false;
        seed = text->toULongLong(&ok);
        if (!ok)
            return context.fail(kUsage,
                                Tr::tr("--seed needs a whole number ≥ 0, not '%1'").arg(*text));
    }

    auto db = context.openForWriting();
    if (!db)
        return kDatabase;
    auto config = EconomyRepository(*db).loadConfig();
    if (!config)
        return context.failWith(config.error());
    TrainingInputs inputs = TrainingInputs::preset(*config, *size);
    inputs.modelName = name->trimmed();
    inputs.seed = seed;
    if (architecture)
        inputs.architecture = *architecture;
    if (params)
        inputs.parameters = *params;
    if (tokens)
        inputs.datasetTokens = *tokens;
    if (auto gpuType = context.option(QStringLiteral("--gpu-type")))
        inputs.gpuType = *gpuType;
    if (gpus)
        inputs.gpuCount = static_cast<int>(*gpus);
    if (research)
        inputs.researchPoints = *research;

    TrainingService service(*db);
    auto job = service.queueJob(inputs);
    if (!job)
        return context.failWith(job.error());
    auto estimate = TrainingEstimator(std::move(config).value()).estimate(job->inputs);
    if (!estimate)
        return context.failWith(estimate.error());
    return printQueued(context, *job, *estimate);
}

int runClock(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << clockUsage() << '\n';
        return kOk;
    }
    const QStringList valueOptions{QStringLiteral("--days"), QStringLiteral("--format")};
    if (auto problem = checkOptions(context, valueOptions))
        return context.fail(kUsage, *problem + u'\n' + clockUsage());
    if (auto failed = takeFormat(context))
        return *failed;
    const QStringList positionals = context.positionals(valueOptions);
    const QString action = positionals.value(0, QStringLiteral("show"));
    if (positionals.size() > 1 ||
        (action != QStringLiteral("show") && action != QStringLiteral("advance")))
        return context.fail(kUsage, clockUsage());

    if (action == QStringLiteral("show")) {
        if (context.option(QStringLiteral("--days")))
            return context.fail(kUsage, clockUsage());
        auto db = context.openForReading();
        if (!db)
            return kDatabase;
        auto snapshot = TrainingService(*db).snapshot();
        if (!snapshot)
            return context.failWith(snapshot.error());
        return printSnapshot(context, *snapshot);
    }

    const auto daysText = context.option(QStringLiteral("--days"));
    if (!daysText)
        return context.fail(kUsage, Tr::tr("clock advance needs --days N"));
    bool ok = false;
    const int days = daysText->toInt(&ok);
    if (!ok)
        return context.fail(kUsage, Tr::tr("--days needs a whole number, not '%1'").arg(*daysText));
    auto db = context.openForWriting();
    if (!db)
        return kDatabase;
    auto report = TrainingService(*db).advance(days);
    if (!report)
        return context.failWith(report.error());
    return printAdvance(context, *report);
}

} // namespace mm::cli
