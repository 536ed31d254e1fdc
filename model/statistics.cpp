#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace RecStudio::Model {

CountQuantiles countQuantiles(std::vector<int64_t> counts)
{
    CountQuantiles quantiles;
    if (counts.empty())
        return quantiles;
    const std::size_t n = counts.size();
    // Nearest rank: the smallest value with at least fraction * n values at or below it.
    const auto rank = [&](double fraction) {
        const auto position = std::size_t(std::ceil(fraction * double(n)));
        const std::size_t index = position == 0 ? 0 : std::min(position, n) - 1;
        std::nth_element(counts.begin(), counts.begin() + std::ptrdiff_t(index), counts.end());
        return counts[index];
    };
    quantiles.p10 = rank(0.10);
    quantiles.p25 = rank(0.25);
    quantiles.median = rank(0.50);
    quantiles.p75 = rank(0.75);
    quantiles.p90 = rank(0.90);
    const auto [smallest, largest] = std::minmax_element(counts.begin(), counts.end());
    quantiles.min = *smallest;
    quantiles.max = *largest;
    quantiles.mean = double(std::accumulate(counts.begin(), counts.end(), int64_t(0)))
                     / double(n);
    return quantiles;
}

DatasetStatistics computeStatistics(const Dataset &dataset)
{
    DatasetStatistics statistics;
    const RatingColumns &ratings = dataset.ratings;
    statistics.movies = int64_t(dataset.movies.size());
    statistics.ratings = int64_t(ratings.size());

    std::vector<int64_t> perUser(std::size_t(dataset.userCount()), 0);
    std::vector<int64_t> perItem(std::size_t(dataset.itemCount()), 0);
    double sum = 0.0;
    double smallest = 0.0;
    double largest = 0.0;
    for (std::size_t k = 0; k < ratings.size(); ++k) {
        ++perUser[std::size_t(ratings.user[k])];
        ++perItem[std::size_t(ratings.item[k])];
        const double value = ratings.rating[k];
        sum += value;
        smallest = k == 0 ? value : std::min(smallest, value);
        largest = k == 0 ? value : std::max(largest, value);
        const long halfStars = std::lround(value * 2.0);
        ++statistics.histogram[std::size_t(std::clamp(halfStars, 1L, 10L) - 1)];
    }

    // Ids shared with another file may have no rating here; they do not count.
    const auto dropEmpty = [](std::vector<int64_t> &counts) {
        counts.erase(std::remove(counts.begin(), counts.end(), int64_t(0)), counts.end());
    };
    dropEmpty(perUser);
    dropEmpty(perItem);
    statistics.users = int64_t(perUser.size());
    statistics.items = int64_t(perItem.size());
    if (statistics.ratings > 0) {
        statistics.meanRating = sum / double(statistics.ratings);
        statistics.minRating = smallest;
        statistics.maxRating = largest;
        statistics.density = double(statistics.ratings)
                             / (double(statistics.users) * double(statistics.items));
    }
    statistics.ratingsPerUser = countQuantiles(std::move(perUser));
    statistics.ratingsPerItem = countQuantiles(std::move(perItem));
    return statistics;
}

} // namespace RecStudio::Model
