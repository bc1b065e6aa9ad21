#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace mm {

enum class SizeClass { Small, Medium, Large, Frontier };
enum class Architecture { Transformer, MixtureOfExperts, Diffusion, Cnn, Rnn, Multimodal };
enum class ModelStatus { Draft, Training, Completed, Listed, Retired, Failed };
enum class LicenseTier { OpenSource, Academic, Commercial, Enterprise };
enum class BuyerType { Academic, Startup, Commercial, Enterprise };
enum class IntendedUse { Research, Business };
enum class JobStatus { Queued, Running, Paused, Completed, Failed, Cancelled };
enum class LicenseStatus { Active, Expired, Revoked };
enum class Seniority { Junior, Mid, Senior, Principal };

// One row per enumerator: the stable key stored in files and the database, and the English label
// that tr() translates for display. Keys never change once shipped; labels may.
template <typename E>
struct EnumEntry {
    E value;
    const char* key;
    const char* label;
};

template <typename E>
struct EnumTable;

#define MM_ENUM_TABLE(Enum, ...)                                                                   \
    template <>                                                                                    \
    struct EnumTable<Enum> {                                                                       \
        static constexpr std::array entries{__VA_ARGS__};                                          \
    };

MM_ENUM_TABLE(
    SizeClass,
    EnumEntry<SizeClass>{SizeClass::Small, "small", QT_TRANSLATE_NOOP("mm::Enum", "Small")},
    EnumEntry<SizeClass>{SizeClass::Medium, "medium", QT_TRANSLATE_NOOP("mm::Enum", "Medium")},
    EnumEntry<SizeClass>{SizeClass::Large, "large", QT_TRANSLATE_NOOP("mm::Enum", "Large")},
    EnumEntry<SizeClass>{SizeClass::Frontier, "frontier",
                         QT_TRANSLATE_NOOP("mm::Enum", "Frontier")})
MM_ENUM_TABLE(Architecture,
              EnumEntry<Architecture>{Architecture::Transformer, "transformer",
                                      QT_TRANSLATE_NOOP("mm::Enum", "Transformer")},
              EnumEntry<Architecture>{Architecture::MixtureOfExperts, "mixture_of_experts",
                                      QT_TRANSLATE_NOOP("mm::Enum", "Mixture-of-Experts")},
              EnumEntry<Architecture>{Architecture::Diffusion, "diffusion",
                                      QT_TRANSLATE_NOOP("mm::Enum", "Diffusion")},
              EnumEntry<Architecture>{Architecture::Cnn, "cnn",
                                      QT_TRANSLATE_NOOP("mm::Enum", "CNN")},
              EnumEntry<Architecture>{Architecture::Rnn, "rnn",
                                      QT_TRANSLATE_NOOP("mm::Enum", "RNN")},
              EnumEntry<Architecture>{Architecture::Multimodal, "multimodal",
                                      QT_TRANSLATE_NOOP("mm::Enum", "Multimodal")})
MM_ENUM_TABLE(
    ModelStatus,
    EnumEntry<ModelStatus>{ModelStatus::Draft, "draft", QT_TRANSLATE_NOOP("mm::Enum", "Draft")},
    EnumEntry<ModelStatus>{ModelStatus::Training, "training",
                           QT_TRANSLATE_NOOP("mm::Enum", "Training")},
    EnumEntry<ModelStatus>{ModelStatus::Completed, "completed",
                           QT_TRANSLATE_NOOP("mm::Enum", "Completed")},
    EnumEntry<ModelStatus>{ModelStatus::Listed, "listed", QT_TRANSLATE_NOOP("mm::Enum", "Listed")},
    EnumEntry<ModelStatus>{ModelStatus::Retired, "retired",
                           QT_TRANSLATE_NOOP("mm::Enum", "Retired")},
    EnumEntry<ModelStatus>{ModelStatus::Failed, "failed", QT_TRANSLATE_NOOP("mm::Enum", "Failed")})
MM_ENUM_TABLE(LicenseTier,
              EnumEntry<LicenseTier>{LicenseTier::OpenSource, "open_source",
                                     QT_TRANSLATE_NOOP("mm::Enum", "Open Source")},
              EnumEntry<LicenseTier>{LicenseTier::Academic, "academic",
                                     QT_TRANSLATE_NOOP("mm::Enum", "Academic")},
              EnumEntry<LicenseTier>{LicenseTier::Commercial, "commercial",
                                     QT_TRANSLATE_NOOP("mm::Enum", "Commercial")},
              EnumEntry<LicenseTier>{LicenseTier::Enterprise, "enterprise",
                                     QT_TRANSLATE_NOOP("mm::Enum", "Enterprise")})
MM_ENUM_TABLE(BuyerType,
              EnumEntry<BuyerType>{BuyerType::Academic, "academic",
                                   QT_TRANSLATE_NOOP("mm::Enum", "Academic institution")},
              EnumEntry<BuyerType>{BuyerType::Startup, "startup",
                                   QT_TRANSLATE_NOOP("mm::Enum", "Startup")},
              EnumEntry<BuyerType>{BuyerType::Commercial, "commercial",
                                   QT_TRANSLATE_NOOP("mm::Enum", "Commercial company")},
              EnumEntry<BuyerType>{BuyerType::Enterprise, "enterprise",
                                   QT_TRANSLATE_NOOP("mm::Enum", "Enterprise")})
MM_ENUM_TABLE(IntendedUse,
              EnumEntry<IntendedUse>{IntendedUse::Research, "research",
                                     QT_TRANSLATE_NOOP("mm::Enum", "Research")},
              EnumEntry<IntendedUse>{IntendedUse::Business, "business",
                                     QT_TRANSLATE_NOOP("mm::Enum", "Business")})
MM_ENUM_TABLE(
    JobStatus,
    EnumEntry<JobStatus>{JobStatus::Queued, "queued", QT_TRANSLATE_NOOP("mm::Enum", "Queued")},
    EnumEntry<JobStatus>{JobStatus::Running, "running", QT_TRANSLATE_NOOP("mm::Enum", "Running")},
    EnumEntry<JobStatus>{JobStatus::Paused, "paused", QT_TRANSLATE_NOOP("mm::Enum", "Paused")},
    EnumEntry<JobStatus>{JobStatus::Completed, "completed",
                         QT_TRANSLATE_NOOP("mm::Enum", "Completed")},
    EnumEntry<JobStatus>{JobStatus::Failed, "failed", QT_TRANSLATE_NOOP("mm::Enum", "Failed")},
    EnumEntry<JobStatus>{JobStatus::Cancelled, "cancelled",
                         QT_TRANSLATE_NOOP("mm::Enum", "Cancelled")})
MM_ENUM_TABLE(LicenseStatus,
              EnumEntry<LicenseStatus>{LicenseStatus::Active, "active",
                                       QT_TRANSLATE_NOOP("mm::Enum", "Active")},
              EnumEntry<LicenseStatus>{LicenseStatus::Expired, "expired",
                                       QT_TRANSLATE_NOOP("mm::Enum", "Expired")},
              EnumEntry<LicenseStatus>{LicenseStatus::Revoked, "revoked",
                                       QT_TRANSLATE_NOOP("mm::Enum", "Revoked")})
MM_ENUM_TABLE(
    Seniority,
    EnumEntry<Seniority>{Seniority::Junior, "junior", QT_TRANSLATE_NOOP("mm::Enum", "Junior")},
    EnumEntry<Seniority>{Seniority::Mid, "mid", QT_TRANSLATE_NOOP("mm::Enum", "Mid-level")},
    EnumEntry<Seniority>{Seniority::Senior, "senior", QT_TRANSLATE_NOOP("mm::Enum", "Senior")},
    EnumEntry<Seniority>{Seniority::Principal, "principal",
                         QT_TRANSLATE_NOOP("mm::Enum", "Principal")})

#undef MM_ENUM_TABLE

template <typename E>
QString enumKey(E value) {
    for (const auto& entry : EnumTable<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

// The stored key as the ASCII bytes of the table, without making a QString.
template <typename E>
const char* enumKeyUtf8(E value) {
    for (const auto& entry : EnumTable<E>::entries) {
        if (entry.value == value)
            return entry.key;
    }
    return "";
}

template <typename E>
std::optional<E> enumFromKey(QStringView key) {
    for (const auto& entry : EnumTable<E>::entries) {
        if (key.compare(QLatin1StringView(entry.key), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

// Accepts the key or the English or translated label ("Mixture-of-Experts", "mixture_of_experts"),
// which is what people paste from spreadsheets.
template <typename E>
std::optional<E> enumFromText(QStringView text) {
    const QStringView trimmed = text.trimmed();
    if (auto byKey = enumFromKey<E>(trimmed))
        return byKey;
    for (const auto& entry : EnumTable<E>::entries) {
        if (trimmed.compare(QLatin1StringView(entry.label), Qt::CaseInsensitive) == 0 ||
            trimmed.compare(QCoreApplication::translate("mm::Enum", entry.label),
                            Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
QString enumLabel(E value) {
    for (const auto& entry : EnumTable<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("mm::Enum", entry.label);
    }
    return {};
}

template <typename E>
QList<E> enumValues() {
    QList<E> values;
    for (const auto& entry : EnumTable<E>::entries)
        values.append(entry.value);
    return values;
}

template <typename E>
QStringList enumKeys() {
    QStringList keys;
    for (const auto& entry : EnumTable<E>::entries)
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

template <typename E>
constexpr int enumCount() {
    return static_cast<int>(EnumTable<E>::entries.size());
}

// Completed, listed or retired: the model went through training, so it has its quality metrics.
constexpr bool isTrained(ModelStatus status) {
    return status == ModelStatus::Completed || status == ModelStatus::Listed ||
           status == ModelStatus::Retired;
}

} // namespace mm
