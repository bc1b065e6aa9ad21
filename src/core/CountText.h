#pragma once

#include "core/Result.h"

#include <QLocale>
#include <QStringView>

namespace mm {

// Rule keys of parseCount's errors: not a whole count, or more than a qint64 holds.
inline constexpr QLatin1StringView kRuleCountFormat{"count-format"};
inline constexpr QLatin1StringView kRuleCountRange{"count-range"};

// Large whole counts the way designers write them: parameters and dataset tokens.
//
// parseCount accepts a plain number with the locale's group separators ("13,000,000,000"), a
// number with a suffix k, M, B (or G) or T, case-insensitive ("13B", "1.4T", "350m"), and
// scientific notation ("1.4e12"). The result must be a whole number that fits a qint64; it is
// computed from the digits, never through a double, so "1.4T" is exactly 1,400,000,000,000.
Result<qint64> parseCount(QStringView text, const QLocale& locale = QLocale());

// An exact form parseCount reads back: the suffix of the count's magnitude with at most three
// decimals ("13B", "1.4T", "350M", "1.5k"), or else the plain number with group separators
// ("1,234,567,891").
QString formatCount(qint64 count, const QLocale& locale = QLocale());

} // namespace mm
