#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace mm {

// SplitMix64: tiny, fast, and defined bit for bit, unlike std:: distributions whose output differs
// between standard libraries. Outcomes must be the same on every machine for the same seed.
class SeededRandom {
public:
    explicit SeededRandom(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    // Approximately standard normal (Irwin–Hall sum of 12 uniforms): only additions, so it is exact
    // and portable, and it never strays beyond ±6, which keeps rolls sane.
    double normal() {
        double sum = 0.0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return sum - 6.0;
    }

    // FNV-1a, to fold the inputs of a job into its seed.
    static quint64 hash(QByteArrayView bytes, quint64 basis = 0xCBF29CE484222325ULL) {
        quint64 value = basis;
        for (char byte : bytes) {
            value ^= static_cast<unsigned char>(byte);
            value *= 0x100000001B3ULL;
        }
        return value;
    }

private:
    quint64 m_state;
};

} // namespace mm
