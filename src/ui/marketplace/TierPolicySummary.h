#pragma once

#include "core/EconomyConfig.h"

#include <QString>

namespace mm {

// A tier's terms in one line for people: "$1,000.00 to $10,000.00 · research use only ·
// Academic institution buyers · up to 2 deployments · $0.05 per 1,000 calls · 12 months,
// renewable".
QString tierPolicySummary(const TierPolicy& policy);

} // namespace mm
