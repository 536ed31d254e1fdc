#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

namespace RecStudio::Model {

// Runs body(worker, chunkIndex, begin, end) over [0, count) split into fixed chunks of chunkSize,
// on up to `threads` std::threads that take chunks in order from a shared counter.
// Chunk boundaries do not depend on the thread count, so per-chunk partial results
// combined in chunk order give the same value with any number of threads.
// worker is in [0, threads) and lets body use per-thread scratch space.
// body returns false to stop: no new chunk starts after that.
template<typename Body>
void parallelChunks(int32_t threads, int64_t count, int64_t chunkSize, const Body &body)
{
    if (count <= 0)
        return;
    chunkSize = std::max<int64_t>(chunkSize, 1);
    const int64_t chunks = (count + chunkSize - 1) / chunkSize;
    std::atomic<int64_t> next{0};
    std::atomic_bool stop{false};
    auto worker = [&](int32_t workerIndex) {
        for (;;) {
            if (stop.load(std::memory_order_relaxed))
                return;
            const int64_t chunk = next.fetch_add(1, std::memory_order_relaxed);
            if (chunk >= chunks)
                return;
            const int64_t begin = chunk * chunkSize;
            const int64_t end = std::min(count, begin + chunkSize);
            if (!body(workerIndex, chunk, begin, end))
                stop.store(true, std::memory_order_relaxed);
        }
    };
    const int64_t helpers = std::min<int64_t>(std::max(threads, 1), chunks) - 1;
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(helpers));
    for (int64_t t = 0; t < helpers; ++t)
        pool.emplace_back(worker, int32_t(t + 1));
    worker(0);
    for (std::thread &thread : pool)
        thread.join();
}

// splitmix64 step: derives well-mixed 64-bit seeds from a base seed and an index.
inline uint64_t mixSeed(uint64_t seed, uint64_t index)
{
    uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace RecStudio::Model
