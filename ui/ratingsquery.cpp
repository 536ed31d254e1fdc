#include "ratingsquery.h"

#include "ratingstablemodel.h"
#include "textfolding.h"

#include <dataset.h>

#include <algorithm>
#include <bit>
#include <numeric>

namespace RecStudio::Ui {

namespace {

constexpr std::size_t cancelCheckInterval = 1 << 20;

// Rank of every index of an id map when ids are ordered numerically (numeric maps) or
// as text, so that sorting by rank sorts by raw id.
std::vector<uint32_t> rankIds(const Model::IdMap &ids)
{
    std::vector<int32_t> order(std::size_t(ids.size()));
    std::iota(order.begin(), order.end(), 0);
    if (ids.isNumeric()) {
        std::sort(order.begin(), order.end(), [&ids](int32_t a, int32_t b) {
            return ids.numericId(a) < ids.numericId(b);
        });
    } else {
        std::vector<std::string> text(order.size());
        for (std::size_t i = 0; i < text.size(); ++i)
            text[i] = ids.rawId(int32_t(i));
        std::sort(order.begin(), order.end(),
                  [&text](int32_t a, int32_t b) { return text[std::size_t(a)] < text[std::size_t(b)]; });
    }
    std::vector<uint32_t> rank(order.size());
    for (std::size_t position = 0; position < order.size(); ++position)
        rank[std::size_t(order[position])] = uint32_t(position);
    return rank;
}

// Rank of every item by a text key, compared after folding.
std::vector<uint32_t> rankItemsByText(const Model::Dataset &dataset, bool genres)
{
    const std::size_t itemCount = std::size_t(dataset.itemCount());
    std::vector<QString> keys(itemCount);
    for (std::size_t item = 0; item < itemCount; ++item) {
        if (!genres) {
            keys[item] = foldForSearch(QString::fromStdString(dataset.itemTitle(int32_t(item))));
            continue;
        }
        const int32_t movie = dataset.movieOfItem(int32_t(item));
        if (movie < 0)
            continue;
        QString joined;
        for (const std::string &genre : dataset.movies[std::size_t(movie)].genres)
            joined += QString::fromStdString(genre) + u'|';
        keys[item] = joined;
    }
    std::vector<int32_t> order(itemCount);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int32_t a, int32_t b) {
        return keys[std::size_t(a)] < keys[std::size_t(b)];
    });
    std::vector<uint32_t> rank(itemCount);
    for (std::size_t position = 0; position < itemCount; ++position)
        rank[std::size_t(order[position])] = uint32_t(position);
    return rank;
}

// Maps a float to an unsigned key with the same order (IEEE 754 trick: flip all bits of
// negatives, only the sign bit of positives).
uint32_t orderedKey(float value)
{
    const uint32_t bits = std::bit_cast<uint32_t>(value);
    return (bits & 0x80000000u) ? ~bits : bits | 0x80000000u;
}

uint32_t orderedKey(int64_t seconds)
{
    const int64_t clamped = std::clamp<int64_t>(seconds, INT32_MIN, INT32_MAX);
    return uint32_t(clamped - int64_t(INT32_MIN));
}

} // namespace

RowOrder computeRowOrder(const Model::Dataset &dataset, const RatingsQuery &query,
                         const std::function<bool()> &isCanceled)
{
    const Model::RatingColumns &ratings = dataset.ratings;
    const std::size_t total = ratings.size();
    auto rows = std::make_shared<std::vector<int32_t>>();
    if (query.isIdentity()) {
        rows->resize(total);
        std::iota(rows->begin(), rows->end(), 0);
        return rows;
    }

    // Filters. An id that does not exist matches nothing rather than everything.
    int32_t user = -1;
    int32_t item = -1;
    if (!query.userId.isEmpty())
        user = dataset.users.find(query.userId.trimmed().toStdString());
    if (!query.movieId.isEmpty())
        item = dataset.items.find(query.movieId.trimmed().toStdString());
    const bool noMatch = (!query.userId.isEmpty() && user < 0)
                         || (!query.movieId.isEmpty() && item < 0);

    std::vector<char> titleMatches;
    if (!query.titleText.isEmpty()) {
        const QString needle = foldForSearch(query.titleText.trimmed());
        titleMatches.resize(std::size_t(dataset.itemCount()));
        for (std::size_t index = 0; index < titleMatches.size(); ++index) {
            const QString title = QString::fromStdString(dataset.itemTitle(int32_t(index)));
            titleMatches[index] = foldForSearch(title).contains(needle);
        }
    }
    if (isCanceled())
        return {};

    if (!noMatch) {
        rows->reserve(total);
        for (std::size_t k = 0; k < total; ++k) {
            if (k % cancelCheckInterval == 0 && isCanceled())
                return {};
            if (user >= 0 && ratings.user[k] != user)
                continue;
            if (item >= 0 && ratings.item[k] != item)
                continue;
            const float value = ratings.rating[k];
            if (value < query.minRating || value > query.maxRating)
                continue;
            if (!titleMatches.empty() && !titleMatches[std::size_t(ratings.item[k])])
                continue;
            rows->push_back(int32_t(k));
        }
        rows->shrink_to_fit();
    }
    if (query.sortColumn < 0 || rows->size() < 2)
        return rows;

    // Sort by a 64-bit key: the column's order-preserving 32-bit key above the row
    // position, so one std::sort of integers is both fast and stable.
    std::vector<uint32_t> userRank;
    std::vector<uint32_t> itemRank;
    switch (query.sortColumn) {
    case RatingsTableModel::UserId:
        userRank = rankIds(dataset.users);
        break;
    case RatingsTableModel::MovieId:
        itemRank = rankIds(dataset.items);
        break;
    case RatingsTableModel::Title:
    case RatingsTableModel::Genres:
        itemRank = rankItemsByText(dataset, query.sortColumn == RatingsTableModel::Genres);
        break;
    default:
        break;
    }
    if (isCanceled())
        return {};

    std::vector<uint64_t> keys(rows->size());
    for (std::size_t position = 0; position < rows->size(); ++position) {
        if (position % cancelCheckInterval == 0 && isCanceled())
            return {};
        const std::size_t k = std::size_t((*rows)[position]);
        uint32_t key = 0;
        switch (query.sortColumn) {
        case RatingsTableModel::UserId:
            key = userRank[std::size_t(ratings.user[k])];
            break;
        case RatingsTableModel::MovieId:
        case RatingsTableModel::Title:
        case RatingsTableModel::Genres:
            key = itemRank[std::size_t(ratings.item[k])];
            break;
        case RatingsTableModel::Rating:
            key = orderedKey(ratings.rating[k]);
            break;
        case RatingsTableModel::Date:
            key = orderedKey(ratings.timestamp[k]);
            break;
        default:
            break;
        }
        if (query.descending)
            key = ~key;
        keys[position] = (uint64_t(key) << 32) | uint64_t(uint32_t(k));
    }
    // NOTE: std::sort cannot be interrupted, so a cancel waits for it (about 2 s of CPU
    // for 25 million ratings in the benchmark).
    std::sort(keys.begin(), keys.end());
    if (isCanceled())
        return {};
    for (std::size_t position = 0; position < keys.size(); ++position)
        (*rows)[position] = int32_t(keys[position] & 0xffffffffu);
    return rows;
}

} // namespace RecStudio::Ui
