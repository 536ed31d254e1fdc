#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace RecStudio::Model {
class Dataset;
}

namespace RecStudio::Ui {

// Filter and sort order of the data table. Empty text fields mean "no filter". Ids are
// raw ids as the source file spells them.
struct RatingsQuery
{
    QString userId;
    QString movieId;
    QString titleText;      // substring, case- and accent-insensitive
    float minRating = 0.0f; // inclusive
    float maxRating = 10.0f;
    int sortColumn = -1;    // a RatingsTableModel::Column, or -1 for file order
    bool descending = false;

    bool isIdentity() const
    {
        return userId.isEmpty() && movieId.isEmpty() && titleText.isEmpty() && minRating <= 0.0f
               && maxRating >= 10.0f && sortColumn < 0;
    }
};

// Positions into Dataset::ratings in display order; null means "every row in file order".
using RowOrder = std::shared_ptr<const std::vector<int32_t>>;

// Filters and sorts the ratings of dataset. Runs on a worker thread: it only reads the
// dataset. isCanceled is polled between steps and every million rows; a cancelled query
// returns null. The sort is stable, so equal keys keep file order.
RowOrder computeRowOrder(const Model::Dataset &dataset, const RatingsQuery &query,
                         const std::function<bool()> &isCanceled);

} // namespace RecStudio::Ui
