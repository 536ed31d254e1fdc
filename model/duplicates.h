#pragma once

#include "ratings.h"

#include <cstdint>

namespace RecStudio::Model {

struct DuplicateSummary
{
    int64_t pairs = 0; // (user, item) pairs that occurred more than once
    int64_t rows = 0;  // rows removed
};

// Keeps one row per (user, item) pair: the one with the latest timestamp, the last row
// on a tie. The surviving rows keep their order. Runs in O(rows) time. Extra memory is
// three arrays of itemCount entries, one byte per row, and, when the rows are not grouped
// by user, 4 bytes per row (8 beyond 2^32 rows).
DuplicateSummary removeDuplicates(RatingColumns &ratings, int32_t userCount, int32_t itemCount);

} // namespace RecStudio::Model
