#include "ratings.h"

#include <algorithm>
#include <numeric>

namespace RecStudio::Model {

void RatingColumns::reserve(std::size_t count)
{
    user.reserve(count);
    item.reserve(count);
    rating.reserve(count);
    timestamp.reserve(count);
}

void RatingColumns::push_back(int32_t userIndex, int32_t itemIndex, float value, int64_t time)
{
    user.push_back(userIndex);
    item.push_back(itemIndex);
    rating.push_back(value);
    timestamp.push_back(time);
}

void RatingColumns::clear()
{
    user.clear();
    item.clear();
    rating.clear();
    timestamp.clear();
}

namespace {

// Counting sort of the entries by row, then a sort of each row by column.
CsrMatrix buildCsr(const std::vector<int32_t> &rowOf, const std::vector<int32_t> &colOf,
                   const std::vector<float> &values, int32_t rows, int32_t cols)
{
    CsrMatrix csr;
    csr.rows = rows;
    csr.cols = cols;
    csr.offsets.assign(std::size_t(rows) + 1, 0);
    for (int32_t row : rowOf)
        ++csr.offsets[std::size_t(row) + 1];
    std::partial_sum(csr.offsets.begin(), csr.offsets.end(), csr.offsets.begin());

    const std::size_t count = values.size();
    csr.columns.resize(count);
    csr.values.resize(count);
    csr.source.resize(count);
    std::vector<int64_t> next(csr.offsets.begin(), csr.offsets.end() - 1);
    for (std::size_t k = 0; k < count; ++k) {
        const int64_t position = next[std::size_t(rowOf[k])]++;
        csr.columns[std::size_t(position)] = colOf[k];
        csr.values[std::size_t(position)] = values[k];
        csr.source[std::size_t(position)] = int64_t(k);
    }

    // Rows are usually short, so an index sort per row is cheap; it keeps the three
    // arrays aligned.
    std::vector<int64_t> order;
    for (int32_t row = 0; row < rows; ++row) {
        const int64_t begin = csr.offsets[std::size_t(row)];
        const int64_t end = csr.offsets[std::size_t(row) + 1];
        if (std::is_sorted(csr.columns.begin() + begin, csr.columns.begin() + end))
            continue;
        order.resize(std::size_t(end - begin));
        std::iota(order.begin(), order.end(), begin);
        std::sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
            return csr.columns[std::size_t(a)] < csr.columns[std::size_t(b)];
        });
        std::vector<int32_t> columns(order.size());
        std::vector<float> rowValues(order.size());
        std::vector<int64_t> sources(order.size());
        for (std::size_t j = 0; j < order.size(); ++j) {
            columns[j] = csr.columns[std::size_t(order[j])];
            rowValues[j] = csr.values[std::size_t(order[j])];
            sources[j] = csr.source[std::size_t(order[j])];
        }
        std::copy(columns.begin(), columns.end(), csr.columns.begin() + begin);
        std::copy(rowValues.begin(), rowValues.end(), csr.values.begin() + begin);
        std::copy(sources.begin(), sources.end(), csr.source.begin() + begin);
    }
    return csr;
}

} // namespace

CsrMatrix buildCsrByUser(const RatingColumns &ratings, int32_t userCount, int32_t itemCount)
{
    return buildCsr(ratings.user, ratings.item, ratings.rating, userCount, itemCount);
}

CsrMatrix buildCsrByItem(const RatingColumns &ratings, int32_t userCount, int32_t itemCount)
{
    return buildCsr(ratings.item, ratings.user, ratings.rating, itemCount, userCount);
}

} // namespace RecStudio::Model
