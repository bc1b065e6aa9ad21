#include "ui/training/TrainingJobDialog.h"

#include "core/CountText.h"
#include "data/EconomyRepository.h"
#include "data/ModelRepository.h"
#include "data/ResearchRepository.h"
#include "data/TableNames.h"
#include "data/TrainingService.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/Workspace.h"
#include "ui/training/CostBreakdownBar.h"
#include "ui/training/TrainingCommands.h"
#include "ui_TrainingJobDialog.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <limits>

namespace mm {

namespace {

QString oneDecimal(double value) {
    return QLocale().toString(value, 'f', 1);
}

quint64 randomSeed() {
    return QRandomGenerator::global()->generate64();
}

} // namespace

TrainingJobDialog::TrainingJobDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::TrainingJobDialog>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("TrainingJobDialog"));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Queue Job"));
    ok->setObjectName(QStringLiteral("queueButton"));

    QPalette warningPalette = m_ui->reasonLabel->palette();
    warningPalette.setColor(QPalette::WindowText, statusStyle::errorColor(warningPalette));
    m_ui->reasonLabel->setPalette(warningPalette);
    QFont bold = m_ui->totalValue->font();
    bold.setBold(true);
    m_ui->totalValue->setFont(bold);
    m_ui->totalLabel->setFont(bold);
    m_ui->qualityHeader->setFont(bold);
    // Room for two warnings from the start; fitWarnings() grows it for more.
    m_ui->warningsLabel->setMinimumHeight(2 * m_ui->warningsLabel->fontMetrics().lineSpacing());
    m_ui->seedEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,20}")), this));

    loadEconomy();
    populateChoices();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TrainingJobDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TrainingJobDialog::reject);
    const std::array<std::pair<QPushButton*, SizeClass>, 4> templates{{
        {m_ui->smallTemplateButton, SizeClass::Small},
        {m_ui->mediumTemplateButton, SizeClass::Medium},
        {m_ui->largeTemplateButton, SizeClass::Large},
        {m_ui->frontierTemplateButton, SizeClass::Frontier},
    }};
    for (const auto& [button, sizeClass] : templates) {
        const SizeClass chosen = sizeClass;
        connect(button, &QPushButton::clicked, this, [this, chosen] { applyTemplate(chosen); });
    }
    connect(m_ui->newSeedButton, &QPushButton::clicked, this,
            [this] { m_ui->seedEdit->setText(QString::number(randomSeed())); });
    connect(m_ui->allPointsButton, &QPushButton::clicked, this, [this] {
        m_ui->researchPointsSpin->setValue(static_cast<int>(
            std::clamp<qint64>(m_availablePoints, 0, std::numeric_limits<int>::max())));
    });

    // Every input recomputes the preview; there is no "Estimate" button.
    const auto changed = [this] { recompute(); };
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->parametersEdit, m_ui->tokensEdit, m_ui->seedEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QComboBox* combo : {m_ui->architectureCombo, m_ui->sizeClassCombo, m_ui->gpuTypeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    QList<QSpinBox*> spins = teamSpins(true) + teamSpins(false);
    spins += {m_ui->gpuCountSpin, m_ui->researchPointsSpin};
    for (QSpinBox* spin : spins)
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QLineEdit* edit : {m_ui->parametersEdit, m_ui->tokensEdit})
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { normalizeCount(edit); });

    // Another area or the clock may spend points or change the economy while this is open.
    const auto reloadEconomy = [this] {
        loadEconomy();
        recompute();
    };
    connect(&m_workspace, &Workspace::economyChanged, this, reloadEconomy);
    m_workspace.onTablesChanged(
        this,
        dbtable::economyConfigTables() +
            QList{dbtable::researchProjects, dbtable::trainingJobs, dbtable::models, dbtable::labs},
        reloadEconomy);

    TrainingInputs start = TrainingInputs::preset(m_config, SizeClass::Small);
    start.seed = randomSeed();
    setInputs(start);
    m_ui->nameEdit->setFocus();
}

TrainingJobDialog::~TrainingJobDialog() = default;

QList<QSpinBox*> TrainingJobDialog::teamSpins(bool researchers) const {
    if (researchers)
        return {m_ui->researchersJuniorSpin, m_ui->researchersMidSpin, m_ui->researchersSeniorSpin,
                m_ui->researchersPrincipalSpin};
    return {m_ui->engineersJuniorSpin, m_ui->engineersMidSpin, m_ui->engineersSeniorSpin,
            m_ui->engineersPrincipalSpin};
}

void TrainingJobDialog::loadEconomy() {
    Database& db = m_workspace.database();
    auto config = EconomyRepository(db).loadConfig();
    auto available = ResearchRepository(db).availablePoints();
    auto snapshot = TrainingService(db).snapshot();
    if (!config || !available || !snapshot) {
        m_loadError = !config      ? config.error().toString()
                      : !available ? available.error().toString()
                                   : snapshot.error().toString();
        m_estimator.reset();
        return;
    }
    m_loadError.clear();
    const bool configChanged = !m_estimator || !(m_config == *config);
    m_config = std::move(config).value();
    if (configChanged)
        m_estimator.emplace(m_config);
    m_availablePoints = std::max<qint64>(0, *available);
    m_gpusInUse.clear();
    for (const GpuUsage& usage : snapshot->gpus)
        m_gpusInUse.insert(usage.gpuType, usage.inUse);
    m_unfinishedNames.clear();
    for (const TrainingJobRecord& job : snapshot->activeJobs)
        m_unfinishedNames.insert(job.inputs.modelName.trimmed().toLower());

    m_ui->availablePointsLabel->setText(
        tr("of %1 available").arg(QLocale().toString(m_availablePoints)));
    if (configChanged && m_ui->gpuTypeCombo->count() > 0)
        populateChoices();
    else
        updateGpuTexts();
}

void TrainingJobDialog::updateGpuTexts() {
    // Each line says what the type is and how many the studio has free now.
    const QLocale locale;
    for (int i = 0; i < m_ui->gpuTypeCombo->count(); ++i) {
        const GpuTypeSpec* gpu = m_config.gpuType(m_ui->gpuTypeCombo->itemData(i).toString());
        if (!gpu)
            continue;
        m_ui->gpuTypeCombo->setItemText(
            i, tr("%1 — %2 TFLOP/s, %3 per GPU-hour, %4 of %5 free")
                   .arg(gpu->name, locale.toString(gpu->effectiveTflops, 'f', 0),
                        gpu->hourlyRate.toDisplayString(locale),
                        locale.toString(gpu->capacity - m_gpusInUse.value(gpu->key)),
                        locale.toString(gpu->capacity)));
    }
}

void TrainingJobDialog::populateChoices() {
    const QSignalBlocker blockArchitecture(m_ui->architectureCombo);
    const QSignalBlocker blockSize(m_ui->sizeClassCombo);
    const QSignalBlocker blockGpu(m_ui->gpuTypeCombo);
    const int architecture = m_ui->architectureCombo->currentData().toInt();
    const QVariant sizeClass = m_ui->sizeClassCombo->currentData();
    const QString gpu = m_ui->gpuTypeCombo->currentData().toString();

    m_ui->architectureCombo->clear();
    for (Architecture value : enumValues<Architecture>())
        m_ui->architectureCombo->addItem(enumLabel(value), static_cast<int>(value));
    m_ui->sizeClassCombo->clear();
    for (const SizeClassSpec& spec : std::as_const(m_config.sizeClasses))
        m_ui->sizeClassCombo->addItem(enumLabel(spec.sizeClass), static_cast<int>(spec.sizeClass));
    m_ui->gpuTypeCombo->clear();
    for (const GpuTypeSpec& spec : std::as_const(m_config.gpuTypes))
        m_ui->gpuTypeCombo->addItem(spec.name, spec.key);

    m_ui->architectureCombo->setCurrentIndex(
        std::max(0, m_ui->architectureCombo->findData(architecture)));
    if (sizeClass.isValid())
        m_ui->sizeClassCombo->setCurrentIndex(
            std::max(0, m_ui->sizeClassCombo->findData(sizeClass)));
    if (!gpu.isEmpty())
        m_ui->gpuTypeCombo->setCurrentIndex(std::max(0, m_ui->gpuTypeCombo->findData(gpu)));
    updateGpuTexts();
}

void TrainingJobDialog::setInputs(const TrainingInputs& inputs) {
    m_filling = true;
    const QLocale locale;
    m_ui->nameEdit->setText(inputs.modelName);
    m_ui->architectureCombo->setCurrentIndex(
        m_ui->architectureCombo->findData(static_cast<int>(inputs.architecture)));
    m_ui->sizeClassCombo->setCurrentIndex(
        m_ui->sizeClassCombo->findData(static_cast<int>(inputs.sizeClass)));
    m_ui->parametersEdit->setText(formatCount(inputs.parameters, locale));
    m_ui->tokensEdit->setText(formatCount(inputs.datasetTokens, locale));
    int gpuIndex = m_ui->gpuTypeCombo->findData(inputs.gpuType);
    if (gpuIndex < 0 && !inputs.gpuType.isEmpty()) {
        // A type the economy no longer has (a duplicated old job): shown, and refused.
        m_ui->gpuTypeCombo->addItem(tr("%1 (not in the economy)").arg(inputs.gpuType),
                                    inputs.gpuType);
        gpuIndex = m_ui->gpuTypeCombo->count() - 1;
    }
    m_ui->gpuTypeCombo->setCurrentIndex(gpuIndex);
    m_ui->gpuCountSpin->setValue(inputs.gpuCount);
    const QList<QSpinBox*> researchers = teamSpins(true);
    const QList<QSpinBox*> engineers = teamSpins(false);
    for (int level = 0; level < 4; ++level) {
        researchers.at(level)->setValue(inputs.team.researchers.at(level));
        engineers.at(level)->setValue(inputs.team.engineers.at(level));
    }
    m_ui->researchPointsSpin->setValue(static_cast<int>(
        std::clamp<qint64>(inputs.researchPoints, 0, std::numeric_limits<int>::max())));
    m_ui->seedEdit->setText(QString::number(inputs.seed));
    m_filling = false;
    recompute();
}

void TrainingJobDialog::applyTemplate(SizeClass sizeClass) {
    const auto kept = currentInputs();
    TrainingInputs inputs = TrainingInputs::preset(m_config, sizeClass);
    inputs.modelName = m_ui->nameEdit->text();
    inputs.architecture = static_cast<Architecture>(m_ui->architectureCombo->currentData().toInt());
    inputs.researchPoints = m_ui->researchPointsSpin->value();
    bool seedOk = false;
    inputs.seed = m_ui->seedEdit->text().toULongLong(&seedOk);
    if (!seedOk)
        inputs.seed = kept ? kept->seed : randomSeed();
    setInputs(inputs);
}

Result<TrainingInputs> TrainingJobDialog::currentInputs() const {
    const QLocale locale;
    TrainingInputs inputs;
    inputs.modelName = m_ui->nameEdit->text().trimmed();
    inputs.architecture = static_cast<Architecture>(m_ui->architectureCombo->currentData().toInt());
    inputs.sizeClass = static_cast<SizeClass>(m_ui->sizeClassCombo->currentData().toInt());
    auto parameters = parseCount(m_ui->parametersEdit->text(), locale);
    if (!parameters)
        return makeError(parameters.error().message, tr("Parameters"), parameters.error().rule);
    inputs.parameters = *parameters;
    auto tokens = parseCount(m_ui->tokensEdit->text(), locale);
    if (!tokens)
        return makeError(tokens.error().message, tr("Dataset tokens"), tokens.error().rule);
    inputs.datasetTokens = *tokens;
    inputs.gpuType = m_ui->gpuTypeCombo->currentData().toString();
    inputs.gpuCount = m_ui->gpuCountSpin->value();
    const QList<QSpinBox*> researchers = teamSpins(true);
    const QList<QSpinBox*> engineers = teamSpins(false);
    for (int level = 0; level < 4; ++level) {
        inputs.team.researchers.at(level) = researchers.at(level)->value();
        inputs.team.engineers.at(level) = engineers.at(level)->value();
    }
    inputs.researchPoints = m_ui->researchPointsSpin->value();
    bool seedOk = false;
    inputs.seed = m_ui->seedEdit->text().toULongLong(&seedOk);
    if (!seedOk)
        return makeError(
            tr("enter a whole number from 0 to %1").arg(std::numeric_limits<quint64>::max()),
            tr("Seed"), QStringLiteral("training-seed"));
    return inputs;
}

QString TrainingJobDialog::nameProblem(const QString& name) const {
    if (name.isEmpty())
        return tr("Give the model a name.");
    if (m_unfinishedNames.contains(name.toLower()))
        return tr("A training job for a model named '%1' is already in progress.").arg(name);
    auto existing = ModelRepository(m_workspace.database()).findByName(name);
    if (!existing)
        return existing.error().toString();
    if (existing->has_value())
        return tr("The catalog already has a model named '%1'.").arg((*existing)->name);
    return {};
}

void TrainingJobDialog::recompute() {
    if (m_filling)
        return;
    const Result<TrainingInputs> inputs = currentInputs();
    updateHints();
    if (!m_estimator) {
        clearEstimate();
        setReason(tr("The economy could not be read: %1").arg(m_loadError));
        return;
    }
    if (!inputs) {
        clearEstimate();
        setReason(inputs.error().toString());
        return;
    }
    auto estimated = m_estimator->estimate(*inputs);
    if (!estimated) {
        clearEstimate();
        // The estimator names the field ("parameters"); people read the sentence.
        QString message = estimated.error().message;
        if (!message.isEmpty())
            message[0] = message[0].toUpper();
        setReason(message + u'.');
        return;
    }
    showEstimate(*estimated);

    QString reason;
    const GpuTypeSpec* gpu = m_config.gpuType(inputs->gpuType);
    if (gpu && inputs->gpuCount > gpu->capacity)
        reason = tr("The studio has only %1 GPUs of type %2; the job could never start.")
                     .arg(QLocale().toString(gpu->capacity), gpu->name);
    else if (inputs->researchPoints > m_availablePoints)
        reason = tr("%1 research points asked for, but only %2 are available.")
                     .arg(QLocale().toString(inputs->researchPoints),
                          QLocale().toString(m_availablePoints));
    else
        reason = nameProblem(inputs->modelName);
    setReason(reason);
}

void TrainingJobDialog::updateHints() {
    const QLocale locale;
    const auto sizeClass = static_cast<SizeClass>(m_ui->sizeClassCombo->currentData().toInt());
    const bool known =
        std::any_of(m_config.sizeClasses.begin(), m_config.sizeClasses.end(),
                    [sizeClass](const SizeClassSpec& spec) { return spec.sizeClass == sizeClass; });
    if (known) {
        const SizeClassSpec& spec = m_config.sizeClass(sizeClass);
        m_ui->parametersHint->setText(tr("%1 allows %2 to %3")
                                          .arg(enumLabel(sizeClass),
                                               formatCount(spec.parametersMin, locale),
                                               formatCount(spec.parametersMax, locale)));
    }
    auto tokens = parseCount(m_ui->tokensEdit->text(), locale);
    auto parameters = parseCount(m_ui->parametersEdit->text(), locale);
    if (tokens && parameters && *parameters > 0)
        m_ui->tokensHint->setText(
            tr("%1 tokens per parameter (%2 is ideal)")
                .arg(oneDecimal(static_cast<double>(*tokens) / static_cast<double>(*parameters)),
                     locale.toString(m_config.optimalTokensPerParameter, 'f', 0)));
    else
        m_ui->tokensHint->clear();
}

void TrainingJobDialog::normalizeCount(QLineEdit* edit) {
    // "13000000000" becomes "13B" once typed, so what is read is what is shown.
    if (auto count = parseCount(edit->text()); count) {
        const QString normal = formatCount(*count);
        if (normal != edit->text())
            edit->setText(normal);
    }
}

void TrainingJobDialog::showEstimate(const TrainingEstimate& estimate) {
    m_estimate = estimate;
    const QLocale locale;
    const CostBreakdown& cost = estimate.cost;
    m_ui->computeValue->setText(cost.compute.toDisplayString(locale));
    m_ui->dataValue->setText(cost.data.toDisplayString(locale));
    m_ui->talentValue->setText(cost.talent.toDisplayString(locale));
    m_ui->totalValue->setText(cost.total().toDisplayString(locale));
    m_ui->costBar->setBreakdown(cost);
    m_ui->durationValue->setText(tr("%1 days").arg(oneDecimal(estimate.days)));
    const std::array<std::pair<const QualityBand*, std::array<QLabel*, 3>>, 4> bands{{
        {&estimate.composite, {m_ui->compositeP10, m_ui->compositeP50, m_ui->compositeP90}},
        {&estimate.performance, {m_ui->performanceP10, m_ui->performanceP50, m_ui->performanceP90}},
        {&estimate.accuracy, {m_ui->accuracyP10, m_ui->accuracyP50, m_ui->accuracyP90}},
        {&estimate.efficiency, {m_ui->efficiencyP10, m_ui->efficiencyP50, m_ui->efficiencyP90}},
    }};
    for (const auto& [band, labels] : bands) {
        labels[0]->setText(oneDecimal(band->p10));
        labels[1]->setText(oneDecimal(band->p50));
        labels[2]->setText(oneDecimal(band->p90));
    }
    m_ui->researchBonusValue->setText(
        tr("+%1 quality points").arg(locale.toString(estimate.researchBonus, 'f', 2)));
    m_ui->failureChanceValue->setText(
        tr("%1%").arg(locale.toString(estimate.failureChance * 100.0, 'f', 0)));
    QStringList lines;
    for (const QString& warning : estimate.warnings)
        lines.append(QStringLiteral("⚠ ") + warning.toHtmlEscaped());
    m_ui->warningsLabel->setText(lines.join(QStringLiteral("<br>")));
    fitWarnings();
}

void TrainingJobDialog::fitWarnings() {
    // A word-wrapped label does not make a dialog taller by itself: reserve the height its lines
    // need, and never give it back, so the dialog does not jump while someone types.
    QLabel* label = m_ui->warningsLabel;
    const int available = label->isVisible()
                              ? label->width()
                              : sizeHint().width() - 2 * label->fontMetrics().height();
    const int needed = label->heightForWidth(std::max(available, 200));
    if (needed > label->minimumHeight())
        label->setMinimumHeight(needed);
}

void TrainingJobDialog::clearEstimate() {
    m_estimate.reset();
    const QString none = QStringLiteral("—");
    for (QLabel* label :
         {m_ui->computeValue, m_ui->dataValue, m_ui->talentValue, m_ui->totalValue,
          m_ui->durationValue, m_ui->researchBonusValue, m_ui->failureChanceValue,
          m_ui->compositeP10, m_ui->compositeP50, m_ui->compositeP90, m_ui->performanceP10,
          m_ui->performanceP50, m_ui->performanceP90, m_ui->accuracyP10, m_ui->accuracyP50,
          m_ui->accuracyP90, m_ui->efficiencyP10, m_ui->efficiencyP50, m_ui->efficiencyP90})
        label->setText(none);
    m_ui->costBar->clear();
    m_ui->warningsLabel->clear();
}

void TrainingJobDialog::setReason(const QString& reason) {
    m_reason = reason;
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

void TrainingJobDialog::accept() {
    recompute();
    if (!m_reason.isEmpty())
        return; // OK was disabled; Enter in a field must not get around it
    auto inputs = currentInputs();
    if (!inputs)
        return;
    auto* command = new QueueJobCommand(m_workspace, *inputs);
    if (auto pushed = TrainingCommand::push(m_workspace, command); !pushed) {
        QMessageBox::warning(this, tr("Cannot Queue the Job"), pushed.error().toString());
        return;
    }
    m_queued = command->job(); // the stack owns the command now; it lives on
    QDialog::accept();
}

} // namespace mm
