#include "sgd.h"

#include "parallel.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace RecStudio::Model {

namespace {

// How many ratings run between two polls of the cancel flag.
constexpr int64_t CancelPollInterval = 4096;

// Target size of the factor rows one block touches: about the L2 cache of current
// x86 cores, so that a block's rows stay cached while its ratings are processed.
constexpr double BlockFactorBytes = 1024.0 * 1024.0;
// Minimum average ratings per block, because smaller blocks spend more time on scheduling.
constexpr double MinRatingsPerBlock = 1000.0;

template<typename Random>
void shuffle(std::vector<int32_t> &values, Random &random)
{
    for (std::size_t i = values.size(); i > 1; --i)
        std::swap(values[i - 1], values[std::size_t(random() % i)]);
}

} // namespace

SgdTrainer::SgdTrainer(const RatingColumns &train, int32_t userCount, int32_t itemCount,
                       const TrainConfig &config)
    : m_config(config), m_random(mixSeed(config.seed, 1))
{
    m_entries.resize(train.size());
    for (std::size_t k = 0; k < train.size(); ++k)
        m_entries[k] = {train.user[k], train.item[k], train.rating[k]};
    if (m_config.parallelSgd) {
        m_blocks = chooseBlocks(config, int64_t(train.size()), userCount, itemCount);
        buildBlocks(userCount, itemCount);
    } else {
        m_blockStart = {0, int64_t(m_entries.size())};
    }
}

int32_t SgdTrainer::chooseBlocks(const TrainConfig &config, int64_t ratings, int32_t users,
                                 int32_t items)
{
    if (config.sgdBlocks > 0)
        return config.sgdBlocks;
    const int32_t minimum = 2 * std::max(1, config.threads);
    const double rowBytes = double(config.factors + 1) * sizeof(float);
    const double byCache = std::ceil(double(users + items) * rowBytes / BlockFactorBytes);
    const double bySize = std::floor(std::sqrt(double(ratings) / MinRatingsPerBlock));
    const double blocks = std::min(byCache, std::max(bySize, double(minimum)));
    return std::clamp(int32_t(blocks), minimum, 1024);
}

void SgdTrainer::buildBlocks(int32_t userCount, int32_t itemCount)
{
    // Random assignment of users and items to groups balances the blocks even when
    // indices follow popularity.
    auto assignGroups = [&](int32_t count) {
        std::vector<int32_t> order(static_cast<std::size_t>(count));
        std::iota(order.begin(), order.end(), 0);
        shuffle(order, m_random);
        std::vector<int32_t> group(static_cast<std::size_t>(count));
        for (int32_t position = 0; position < count; ++position)
            group[std::size_t(order[std::size_t(position)])] =
                int32_t(int64_t(position) * m_blocks / std::max(count, 1));
        return group;
    };
    const std::vector<int32_t> userGroup = assignGroups(userCount);
    const std::vector<int32_t> itemGroup = assignGroups(itemCount);

    const std::size_t blockCount = std::size_t(m_blocks) * std::size_t(m_blocks);
    m_blockStart.assign(blockCount + 1, 0);
    auto blockOf = [&](const Entry &entry) {
        return std::size_t(userGroup[std::size_t(entry.user)]) * std::size_t(m_blocks)
               + std::size_t(itemGroup[std::size_t(entry.item)]);
    };
    for (const Entry &entry : m_entries)
        ++m_blockStart[blockOf(entry) + 1];
    std::partial_sum(m_blockStart.begin(), m_blockStart.end(), m_blockStart.begin());
    std::vector<Entry> sorted(m_entries.size());
    std::vector<int64_t> next(m_blockStart.begin(), m_blockStart.end() - 1);
    for (const Entry &entry : m_entries)
        sorted[std::size_t(next[blockOf(entry)]++)] = entry;
    m_entries = std::move(sorted);

    // Inside a block, visit ratings in a fixed random order.
    for (std::size_t block = 0; block < blockCount; ++block) {
        const auto first = m_entries.begin() + m_blockStart[block];
        const auto last = m_entries.begin() + m_blockStart[block + 1];
        for (auto i = last - first; i > 1; --i)
            std::swap(first[i - 1], first[std::ptrdiff_t(m_random() % uint64_t(i))]);
    }
}

void SgdTrainer::initialize(FactorModel &model)
{
    model.randomizeFactors(m_config.initScale, m_config.seed);
    model.userBias.setZero();
    model.itemBias.setZero();
}

bool SgdTrainer::runRange(FactorModel &model, int64_t begin, int64_t end, float rate,
                          const std::atomic_bool *cancel, std::vector<float> &scratch) const
{
    const Eigen::Index k = model.factorCount();
    const float mean = model.globalMean;
    const float keepUser = 1.0f - rate * m_config.userFactorReg;
    const float keepItem = 1.0f - rate * m_config.itemFactorReg;
    const float userBiasReg = m_config.userBiasReg;
    const float itemBiasReg = m_config.itemBiasReg;
    float *userFactors = model.userFactors.data();
    float *itemFactors = model.itemFactors.data();
    float *userBias = model.userBias.data();
    float *itemBias = model.itemBias.data();
    scratch.resize(std::size_t(k));
    Eigen::Map<Eigen::VectorXf> oldUser(scratch.data(), k);

    for (int64_t position = begin; position < end; ++position) {
        if ((position - begin) % CancelPollInterval == 0 && cancel
            && cancel->load(std::memory_order_relaxed))
            return false;
        const Entry &entry = m_entries[std::size_t(position)];
        Eigen::Map<Eigen::VectorXf> user(userFactors + std::ptrdiff_t(entry.user) * k, k);
        Eigen::Map<Eigen::VectorXf> item(itemFactors + std::ptrdiff_t(entry.item) * k, k);
        float &bu = userBias[entry.user];
        float &bi = itemBias[entry.item];

        const float error = entry.rating - (mean + bu + bi + user.dot(item));
        const float step = rate * error;
        bu += rate * (error - userBiasReg * bu);
        bi += rate * (error - itemBiasReg * bi);
        oldUser = user;
        user = keepUser * user + step * item;
        item = keepItem * item + step * oldUser;
    }
    return true;
}

bool SgdTrainer::runEpoch(int32_t epoch, FactorModel &model, const std::atomic_bool *cancel)
{
    const float rate = m_config.learningRate
                       * std::pow(m_config.learningRateDecay, float(epoch - 1));

    if (!m_config.parallelSgd) {
        for (std::size_t i = m_entries.size(); i > 1; --i)
            std::swap(m_entries[i - 1], m_entries[std::size_t(m_random() % i)]);
        std::vector<float> scratch;
        return runRange(model, 0, int64_t(m_entries.size()), rate, cancel, scratch);
    }

    // The strata run in a new random order each epoch. Stratum s pairs user group g with item
    // group (g + s) mod B, so its blocks share no row of either factor matrix.
    std::vector<int32_t> strata(static_cast<std::size_t>(m_blocks));
    std::iota(strata.begin(), strata.end(), 0);
    shuffle(strata, m_random);

    const int32_t threads = std::max(1, m_config.threads);
    std::vector<std::vector<float>> scratch(static_cast<std::size_t>(threads));
    std::atomic_bool canceled{false};
    for (int32_t shift : strata) {
        parallelChunks(threads, m_blocks, 1,
                       [&](int32_t worker, int64_t, int64_t group, int64_t) {
            const std::size_t block = std::size_t(group) * std::size_t(m_blocks)
                                      + std::size_t((group + shift) % m_blocks);
            if (!runRange(model, m_blockStart[block], m_blockStart[block + 1], rate, cancel,
                          scratch[std::size_t(worker)])) {
                canceled.store(true);
                return false;
            }
            return true;
        });
        if (canceled.load())
            return false;
    }
    return true;
}

ErrorMetrics SgdTrainer::trainErrors(const FactorModel &model)
{
    // Blocks in parallel: each block reads a cache-sized slice of both factor matrices.
    const std::size_t blockCount = m_blockStart.size() - 1;
    std::vector<double> squared(blockCount, 0.0);
    std::vector<double> absolute(blockCount, 0.0);
    const bool single = blockCount == 1;
    const int64_t chunkSize = single ? 65536 : 1;
    const int64_t count = single ? int64_t(m_entries.size()) : int64_t(blockCount);
    if (single) {
        squared.assign(std::size_t((count + chunkSize - 1) / chunkSize), 0.0);
        absolute.assign(squared.size(), 0.0);
    }
    parallelChunks(m_config.threads, count, chunkSize,
                   [&](int32_t, int64_t chunk, int64_t begin, int64_t end) {
        const int64_t first = single ? begin : m_blockStart[std::size_t(begin)];
        const int64_t last = single ? end : m_blockStart[std::size_t(end)];
        double sumSquared = 0.0;
        double sumAbsolute = 0.0;
        for (int64_t position = first; position < last; ++position) {
            const Entry &entry = m_entries[std::size_t(position)];
            const double error = double(entry.rating) - double(model.predict(entry.user, entry.item));
            sumSquared += error * error;
            sumAbsolute += std::abs(error);
        }
        squared[std::size_t(chunk)] = sumSquared;
        absolute[std::size_t(chunk)] = sumAbsolute;
        return true;
    });

    ErrorMetrics metrics;
    metrics.count = int64_t(m_entries.size());
    if (metrics.count > 0) {
        metrics.mse = std::accumulate(squared.begin(), squared.end(), 0.0) / double(metrics.count);
        metrics.rmse = std::sqrt(metrics.mse);
        metrics.mae = std::accumulate(absolute.begin(), absolute.end(), 0.0)
                      / double(metrics.count);
    }
    return metrics;
}

} // namespace RecStudio::Model
