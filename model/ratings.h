#pragma once

#include <cstdint>
#include <vector>

namespace RecStudio::Model {

// Ratings in columnar form: row k is (user[k], item[k], rating[k], timestamp[k]).
// Indices refer to the dataset's IdMaps; timestamps are seconds since the Unix epoch
// (0 when the source has none).
struct RatingColumns
{
    std::vector<int32_t> user;
    std::vector<int32_t> item;
    std::vector<float> rating;
    std::vector<int64_t> timestamp;

    std::size_t size() const { return rating.size(); }
    bool empty() const { return rating.empty(); }
    void reserve(std::size_t count);
    void push_back(int32_t userIndex, int32_t itemIndex, float value, int64_t time);
    void clear();
};

// Compressed sparse rows over RatingColumns: the entries of row r are
// [offsets[r], offsets[r + 1]) in columns/values/source. source[k] is the position of
// the entry in the RatingColumns it was built from. Columns are sorted within a row.
struct CsrMatrix
{
    int32_t rows = 0;
    int32_t cols = 0;
    std::vector<int64_t> offsets; // rows + 1 entries
    std::vector<int32_t> columns;
    std::vector<float> values;
    std::vector<int64_t> source;

    int64_t rowLength(int32_t row) const { return offsets[row + 1] - offsets[row]; }
    std::size_t nonZeros() const { return values.size(); }
};

// Builds the CSR view of ratings by user (rows = users) or by item (rows = items).
// userCount and itemCount give the matrix shape, so users or items without a rating
// in these columns become empty rows.
CsrMatrix buildCsrByUser(const RatingColumns &ratings, int32_t userCount, int32_t itemCount);
CsrMatrix buildCsrByItem(const RatingColumns &ratings, int32_t userCount, int32_t itemCount);

} // namespace RecStudio::Model
