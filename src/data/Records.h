#pragma once

#include "core/EconomyConfig.h"
#include "core/Enums.h"
#include "core/Money.h"
#include "core/TrainingEstimator.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace mm {

// Plain rows as the repositories read and write them. `revision` guards against lost updates:
// an update names the revision it was based on and fails if someone else saved in between.

struct ModelRecord {
    qint64 id = 0;
    QString name;
    Architecture architecture = Architecture::Transformer;
    SizeClass sizeClass = SizeClass::Small;
    qint64 parameters = 1;
    qint64 datasetTokens = 0;
    ModelStatus status = ModelStatus::Draft;
    std::optional<double> performance;
    std::optional<double> accuracy;
    std::optional<double> efficiency;
    std::optional<double> composite;
    QMap<QString, double> benchmarks;
    Money trainingCost;
    double trainingDays = 0;
    qint64 researchPoints = 0;
    QDate createdOn;
    qint64 revision = 1;

    bool operator==(const ModelRecord&) const = default;
};

struct BuyerRecord {
    qint64 id = 0;
    QString name;
    BuyerType type = BuyerType::Startup;
    int size = 1;
    Money budget;
    qint64 revision = 1;

    bool operator==(const BuyerRecord&) const = default;
};

struct ListingRecord {
    qint64 id = 0;
    qint64 modelId = 0;
    LicenseTier tier = LicenseTier::OpenSource;
    Money price;
    QDate listedOn;

    bool operator==(const ListingRecord&) const = default;
};

struct LicenseRecord {
    qint64 id = 0;
    qint64 modelId = 0;
    qint64 buyerId = 0;
    LicenseTier tier = LicenseTier::OpenSource;
    IntendedUse use = IntendedUse::Business;
    QDate soldOn;
    Money fee;
    std::optional<int> deployments; // none: unlimited
    qint64 monthlyApiCalls = 0;
    // The terms it was sold under, frozen: later policy edits do not rewrite history.
    Money usageRatePer1000Calls;
    int termMonths = 0;
    QJsonObject terms;
    std::optional<QDate> expiresOn;
    LicenseStatus status = LicenseStatus::Active;
    std::optional<QDate> revokedOn;
    QString revokedReason;

    bool operator==(const LicenseRecord&) const = default;
};

struct UsageChargeRecord {
    qint64 id = 0;
    qint64 licenseId = 0;
    QString month; // yyyy-MM
    qint64 apiCalls = 0;
    Money amount;

    bool operator==(const UsageChargeRecord&) const = default;
};

struct ResearchProjectRecord {
    qint64 id = 0;
    QString name;
    QString field;
    qint64 points = 0;
    Money cost;
    QDate startedOn;
    std::optional<QDate> completedOn;

    bool isCompleted() const { return completedOn.has_value(); }
    bool operator==(const ResearchProjectRecord&) const = default;
};

struct TrainingJobRecord {
    qint64 id = 0;
    std::optional<qint64> modelId;
    TrainingInputs inputs;
    JobStatus status = JobStatus::Queued;
    CostBreakdown estimate;
    double estimatedDays = 0;
    double progressDays = 0;
    Money costSpent;
    QDate queuedOn;
    std::optional<QDate> startedOn;
    std::optional<QDate> finishedOn;
    QString failureReason;

    // A completed job is done whatever the estimate said (it may finish a little early); a failed
    // or cancelled one shows where it stopped.
    double progress() const {
        if (status == JobStatus::Completed)
            return 1.0;
        return estimatedDays > 0 ? std::min(1.0, progressDays / estimatedDays) : 0.0;
    }
};

} // namespace mm
