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

// Target size of the item rows of one block: half of a 512 KiB L2 cache, the smallest in
// current x86 server cores, so that a block's items stay cached while its users stream by.
constexpr double BlockItemBytes = 256.0 * 1024.0;
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
        m_blocks = chooseBlocks(config, int64_t(train.size()), itemCount);
        buildBlocks(userCount, itemCount);
        m_work.reset(userCount, itemCount, config.factors);
    } else {
        m_blockStart = {0, int64_t(m_entries.size())};
    }
}

int32_t SgdTrainer::chooseBlocks(const TrainConfig &config, int64_t ratings, int32_t items)
{
    if (config.sgdBlocks > 0)
        return config.sgdBlocks;
    const int32_t minimum = 2 * std::max(1, config.threads);
    const double rowBytes = double(config.factors + 1) * sizeof(float);
    const double byCache = std::ceil(double(items) * rowBytes / BlockItemBytes);
    const double bySize = std::floor(std::sqrt(double(ratings) / MinRatingsPerBlock));
    const double blocks = std::min(byCache, bySize);
    return std::clamp(int32_t(blocks), minimum, 1024);
}

void SgdTrainer::buildBlocks(int32_t userCount, int32_t itemCount)
{
    // Random assignment of users and items to groups balances the blocks even when
    // indices follow popularity. Working row r is user m_userAt[r], and the rows of a
    // group are contiguous.
    auto assignGroups = [&](int32_t count, std::vector<int32_t> &rowOf,
                            std::vector<int32_t> &indexAt, std::vector<int32_t> &groupStart) {
        indexAt.resize(std::size_t(count));
        std::iota(indexAt.begin(), indexAt.end(), 0);
        shuffle(indexAt, m_random);
        rowOf.resize(std::size_t(count));
        for (int32_t row = 0; row < count; ++row)
            rowOf[std::size_t(indexAt[std::size_t(row)])] = row;
        groupStart.resize(std::size_t(m_blocks) + 1);
        for (int32_t group = 0; group <= m_blocks; ++group)
            groupStart[std::size_t(group)] = int32_t(int64_t(group) * count / m_blocks);
    };
    std::vector<int32_t> userRow, itemRow, userGroupStart, itemGroupStart;
    assignGroups(userCount, userRow, m_userAt, userGroupStart);
    assignGroups(itemCount, itemRow, m_itemAt, itemGroupStart);
    auto groupOf = [&](const std::vector<int32_t> &starts, int32_t row) {
        return int32_t(std::upper_bound(starts.begin(), starts.end(), row) - starts.begin()) - 1;
    };
    std::vector<int32_t> userGroup(static_cast<std::size_t>(userCount));
    for (int32_t row = 0; row < userCount; ++row)
        userGroup[std::size_t(row)] = groupOf(userGroupStart, row);
    std::vector<int32_t> itemGroup(static_cast<std::size_t>(itemCount));
    for (int32_t row = 0; row < itemCount; ++row)
        itemGroup[std::size_t(row)] = groupOf(itemGroupStart, row);

    for (Entry &entry : m_entries) {
        entry.user = userRow[std::size_t(entry.user)];
        entry.item = itemRow[std::size_t(entry.item)];
    }

    // Two stable counting sorts: by user row, then by block, so each block lists its
    // ratings by user and a user's row is reused while it is in L1.
    std::vector<Entry> sorted(m_entries.size());
    auto countingSort = [&](std::size_t keys, const auto &keyOf) {
        std::vector<int64_t> start(keys + 1, 0);
        for (const Entry &entry : m_entries)
            ++start[keyOf(entry) + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        for (const Entry &entry : m_entries)
            sorted[std::size_t(start[keyOf(entry)]++)] = entry;
        std::swap(m_entries, sorted);
    };
    countingSort(std::size_t(userCount), [](const Entry &entry) { return std::size_t(entry.user); });
    const std::size_t blockCount = std::size_t(m_blocks) * std::size_t(m_blocks);
    auto blockOf = [&](const Entry &entry) {
        return std::size_t(userGroup[std::size_t(entry.user)]) * std::size_t(m_blocks)
               + std::size_t(itemGroup[std::size_t(entry.item)]);
    };
    countingSort(blockCount, blockOf);
    m_blockStart.assign(blockCount + 1, 0);
    for (const Entry &entry : m_entries)
        ++m_blockStart[blockOf(entry) + 1];
    std::partial_sum(m_blockStart.begin(), m_blockStart.end(), m_blockStart.begin());
}

void SgdTrainer::copyToWork(const FactorModel &model)
{
    m_work.globalMean = model.globalMean;
    m_work.minRating = model.minRating;
    m_work.maxRating = model.maxRating;
    parallelChunks(m_config.threads, int64_t(m_userAt.size()) + int64_t(m_itemAt.size()), 4096,
                   [&](int32_t, int64_t, int64_t begin, int64_t end) {
        const int64_t users = int64_t(m_userAt.size());
        for (int64_t row = begin; row < end; ++row) {
            if (row < users) {
                const int32_t user = m_userAt[std::size_t(row)];
                m_work.userFactors.row(row) = model.userFactors.row(user);
                m_work.userBias[row] = model.userBias[user];
            } else {
                const int32_t item = m_itemAt[std::size_t(row - users)];
                m_work.itemFactors.row(row - users) = model.itemFactors.row(item);
                m_work.itemBias[row - users] = model.itemBias[item];
            }
        }
        return true;
    });
}

void SgdTrainer::copyFromWork(FactorModel &model) const
{
    parallelChunks(m_config.threads, int64_t(m_userAt.size()) + int64_t(m_itemAt.size()), 4096,
                   [&](int32_t, int64_t, int64_t begin, int64_t end) {
        const int64_t users = int64_t(m_userAt.size());
        for (int64_t row = begin; row < end; ++row) {
            if (row < users) {
                const int32_t user = m_userAt[std::size_t(row)];
                model.userFactors.row(user) = m_work.userFactors.row(row);
                model.userBias[user] = m_work.userBias[row];
            } else {
                const int32_t item = m_itemAt[std::size_t(row - users)];
                model.itemFactors.row(item) = m_work.itemFactors.row(row - users);
                model.itemBias[item] = m_work.itemBias[row - users];
            }
        }
        return true;
    });
}

void SgdTrainer::initialize(FactorModel &model)
{
    model.randomizeFactors(m_config.initScale, m_config.seed);
    model.userBias.setZero();
    model.itemBias.setZero();
    model.clearUnseenRows();
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
    copyToWork(model);
    for (int32_t shift : strata) {
        parallelChunks(threads, m_blocks, 1,
                       [&](int32_t worker, int64_t, int64_t group, int64_t) {
            const std::size_t block = std::size_t(group) * std::size_t(m_blocks)
                                      + std::size_t((group + shift) % m_blocks);
            if (!runRange(m_work, m_blockStart[block], m_blockStart[block + 1], rate, cancel,
                          scratch[std::size_t(worker)])) {
                canceled.store(true);
                return false;
            }
            return true;
        });
        if (canceled.load())
            return false;
    }
    copyFromWork(model);
    return true;
}

ErrorMetrics SgdTrainer::trainErrors(const FactorModel &model)
{
    // Blocks in parallel: each block reads a cache-sized slice of both factor matrices.
    // In block mode the working copy equals the model after runEpoch.
    const FactorModel &source = m_config.parallelSgd ? m_work : model;
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
            const float raw = source.globalMean + source.userBias[entry.user]
                              + source.itemBias[entry.item]
                              + source.userFactors.row(entry.user).dot(
                                  source.itemFactors.row(entry.item));
            const float predicted = std::clamp(raw, source.minRating, source.maxRating);
            const double error = double(entry.rating) - double(predicted);
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
