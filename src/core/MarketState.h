#pragma once

#include "core/EconomyConfig.h"

#include <QDate>
#include <QString>
#include <vector>

namespace mm {

// Months are counted as year * 12 + (month - 1), so month arithmetic is integer arithmetic.
inline int monthNumber(QDate date) {
    return date.year() * 12 + date.month() - 1;
}
inline QDate firstDayOfMonth(int month) {
    return QDate(month / 12, month % 12 + 1, 1);
}
inline QString monthKey(int month) {
    return firstDayOfMonth(month).toString(QStringLiteral("yyyy-MM"));
}

// An AI company that trains and sells models. The studio is the player's own lab; rival labs
// release models on their own as the months pass.
struct MarketLab {
    qint64 id = 0;
    QString name;
    bool studio = false;
    double releasesPerMonth = 0; // expected new models a month (rivals only)
    SizeClass focus = SizeClass::Medium;
    int pricePercent = 100;  // of the recommended price
    double qualityBonus = 0; // added to each metric of its releases (research lead or lag)
    bool openSource = false; // also offers its releases free, to become known

    bool operator==(const MarketLab&) const = default;
};

struct MarketModel {
    qint64 id = 0;
    int lab = 0; // index into MarketState::labs
    SizeClass sizeClass = SizeClass::Small;
    double performance = 0;
    double accuracy = 0;
    double efficiency = 0;
    double composite = 0;
    Money trainingCost;
    int listedMonth = 0;    // month of its first listing
    Money revenue;          // fees and usage earned so far
    int paidBackMonth = -1; // the month revenue first covered the training cost; -1: not yet
    qint64 adoptions = 0;   // paid licenses + openSourceAdoptionWeight × Open Source ones
};

struct MarketListing {
    qint64 id = 0;
    int model = 0; // index into MarketState::models
    LicenseTier tier = LicenseTier::OpenSource;
    Money price;
    int listedMonth = 0;
    int listedDay = 1; // a sale in the listing's first month is dated on or after this day
};

struct MarketBuyer {
    qint64 id = 0;
    BuyerType type = BuyerType::Startup;
    int size = 1;
    Money budget;
};

// A license that is still running (active and not past its expiry month).
struct MarketLicense {
    qint64 id = 0; // 0 for a license the simulation sold and nobody stored
    int buyer = 0;
    int model = 0;
    LicenseTier tier = LicenseTier::OpenSource;
    int soldMonth = 0;
    int expiresMonth = -1; // the month its expiry date falls in; -1: perpetual
    qint64 monthlyCalls = 0;
    Money usageRate;
    int termMonths = 0;
    bool renewable = false;
};

// Everything the month step reads and changes. Loaded from the database for the clock and for a
// forecast; the forecast copies it once per run and never writes it back.
struct MarketState {
    EconomyConfig config;
    int month = 0; // the next month to play
    std::vector<MarketLab> labs;
    std::vector<MarketModel> models;
    std::vector<MarketListing> listings;
    std::vector<MarketBuyer> buyers;
    std::vector<MarketLicense> licenses;
    qint64 nextModelId = 1; // ids the database would give the next new rows
    qint64 nextListingId = 1;
    qint64 nextLicenseId = 1;
};

} // namespace mm
