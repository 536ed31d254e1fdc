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
// on a tie. The surviving rows keep their order. O(rows) time; extra memory is two
// arrays of itemCount entries, plus 4 bytes per row when the rows are not grouped by user.
DuplicateSummary removeDuplicates(RatingColumns &ratings, int32_t userCount, int32_t itemCount);

} // namespace RecStudio::Model
