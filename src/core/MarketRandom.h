#pragma once

#include <QtGlobal>

namespace mm {

// Counter-based random numbers for the market: a draw is a pure function of (seed, run, month,
// entity, purpose), so it does not matter which thread plays a run or in which order buyers are
// visited, and a scenario that changes one price still sees every other draw unchanged.
namespace market_random {

enum Purpose : quint64 {
    Need = 1,
    Choice = 2, // + 16 × attempt
    Renewal = 3,
    Release = 4,
    ReleaseSize = 5,
    ReleaseArchitecture = 6,
    ReleaseSeed = 7,
    Day = 8,
    ReleasePrefix = 9,
};

// SplitMix64's finaliser: every input bit affects every output bit.
constexpr quint64 mix(quint64 z) {
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr quint64 draw(quint64 seed, int run, int month, qint64 entity, quint64 purpose) {
    quint64 h = mix(seed);
    h = mix(h ^ static_cast<quint64>(static_cast<quint32>(run)));
    h = mix(h ^ static_cast<quint64>(static_cast<quint32>(month)));
    h = mix(h ^ static_cast<quint64>(entity));
    return mix(h ^ purpose);
}

// Uniform in [0, 1) from the top 53 bits.
constexpr double uniform(quint64 bits) {
    return static_cast<double>(bits >> 11) * (1.0 / 9007199254740992.0);
}

} // namespace market_random

} // namespace mm
