#pragma once

#include <QString>

// The top-level lists of the economy JSON document, named once for its writer (ExchangeJson.cpp)
// and its streaming reader (EconomyImport.cpp), so the two cannot drift apart.
namespace mm::economyjson {

inline const QString kModels = QStringLiteral("models");
inline const QString kBuyers = QStringLiteral("buyers");
inline const QString kListings = QStringLiteral("listings");
inline const QString kLicenses = QStringLiteral("licenses");
inline const QString kUsageCharges = QStringLiteral("usageCharges");
inline const QString kResearchProjects = QStringLiteral("researchProjects");
inline const QString kTrainingJobs = QStringLiteral("trainingJobs");
inline const QString kLabs = QStringLiteral("labs");
inline const QString kScenarios = QStringLiteral("scenarios");
inline const QString kBalanceRules = QStringLiteral("balanceRules");

} // namespace mm::economyjson
