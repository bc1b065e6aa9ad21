#pragma once

// The golden revenue reports: the committed fixture economy (tests/data/golden/economy.json) and
// the CSV files its reports give. Shared by tst_revenuequeries, which checks them, and
// tools/regenerate_golden, which rewrites them deliberately.

#include "data/EconomyGenerator.h"
#include "data/RevenueReport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <array>

namespace mm::golden {

using namespace Qt::StringLiterals;

inline QString goldenDir() {
    return QStringLiteral(MM_TEST_DATA_DIR) + u"/golden"_s;
}

inline GeneratorOptions goldenOptions() {
    GeneratorOptions options;
    options.models = 24;
    options.buyers = 12;
    options.licenses = 120;
    options.seed = 20240601;
    options.firstMonth = QDate(2024, 1, 1);
    options.months = 6;
    options.researchProjects = false;
    options.jobsInTraining = 0;
    return options;
}

struct GoldenReport {
    RevenueGrouping grouping;
    const char* file;
};

constexpr std::array kGoldenReports{
    GoldenReport{RevenueGrouping::Tier, "revenue_by_tier.csv"},
    GoldenReport{RevenueGrouping::Month, "revenue_by_month.csv"},
    GoldenReport{RevenueGrouping::Model, "revenue_by_model.csv"},
    GoldenReport{RevenueGrouping::BuyerType, "revenue_by_buyer_type.csv"},
};

inline const QStringList kHeader{u"key"_s,   u"label"_s, u"fees"_s,
                                 u"usage"_s, u"total"_s, u"licenses"_s};

inline QList<QStringList> toCells(const QList<RevenueRow>& rows) {
    QList<QStringList> cells;
    for (const RevenueRow& row : rows)
        cells.append({row.key, row.label, row.fees.toPlainString(), row.usage.toPlainString(),
                      row.total.toPlainString(), QString::number(row.licenses)});
    return cells;
}

inline QJsonObject readEconomyJson() {
    QFile file(goldenDir() + u"/economy.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace mm::golden
