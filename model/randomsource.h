#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace RecStudio::Model {

// Seeded random numbers whose sequence is the same with every standard library:
// std::mt19937_64 is fully specified by the standard, the std::*_distribution classes
// are not, so the conversions to ranges and normal values are done here.
class RandomSource
{
    __extension__ using Wide = unsigned __int128;


public:
    explicit RandomSource(uint64_t seed) : m_engine(seed) {}

    uint64_t next() { return m_engine(); }

    // Uniform integer in [0, bound); bound must be > 0. Lemire's multiply-shift with
    // rejection, so there is no modulo bias.
    uint64_t below(uint64_t bound)
    {
        Wide product = Wide(next()) * bound;
        uint64_t low = uint64_t(product);
        if (low < bound) {
            const uint64_t threshold = (0 - bound) % bound;
            while (low < threshold) {
                product = Wide(next()) * bound;
                low = uint64_t(product);
            }
        }
        return uint64_t(product >> 64);
    }

    // Uniform double in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

    // Standard normal value by the Box-Muller transform; the second value is cached.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 2.0 * 3.14159265358979323846 * u2;
        m_spare = radius * std::sin(angle);
        m_hasSpare = true;
        return radius * std::cos(angle);
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace RecStudio::Model
