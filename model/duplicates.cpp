#include "duplicates.h"

#include <limits>
#include <numeric>

namespace RecStudio::Model {

namespace {

// Walks the rows of one user at a time and remembers, per item, the row of the current
// user that has it. A second row for the same item is a duplicate; the loser of the
// (timestamp, row order) comparison is marked for removal.
class DuplicateFinder
{
public:
    DuplicateFinder(const RatingColumns &ratings, int32_t itemCount, std::vector<uint8_t> &removed)
        : m_ratings(ratings)
        , m_removed(removed)
        , m_itemGroup(std::size_t(itemCount), std::numeric_limits<uint32_t>::max())
        , m_pairGroup(std::size_t(itemCount), std::numeric_limits<uint32_t>::max())
        , m_itemRow(std::size_t(itemCount), 0)
    {}

    void startGroup() { ++m_group; }

    // Rows of one group must be visited in increasing row order.
    void visit(std::size_t row)
    {
        const auto item = std::size_t(m_ratings.item[row]);
        if (m_itemGroup[item] != m_group) {
            m_itemGroup[item] = m_group;
            m_itemRow[item] = row;
            return;
        }
        const std::size_t earlier = m_itemRow[item];
        if (m_pairGroup[item] != m_group) {
            m_pairGroup[item] = m_group;
            ++m_summary.pairs;
        }
        ++m_summary.rows;
        if (m_ratings.timestamp[row] >= m_ratings.timestamp[earlier]) {
            m_removed[earlier] = 1;
            m_itemRow[item] = row;
        } else {
            m_removed[row] = 1;
        }
    }

    DuplicateSummary summary() const { return m_summary; }

private:
    const RatingColumns &m_ratings;
    std::vector<uint8_t> &m_removed;
    std::vector<uint32_t> m_itemGroup; // group that last saw the item
    std::vector<uint32_t> m_pairGroup; // group that last counted the item as a duplicate
    std::vector<std::size_t> m_itemRow;
    uint32_t m_group = 0;
    DuplicateSummary m_summary;
};

// True when every user's rows form one contiguous run, as in files sorted by user.
bool groupedByUser(const RatingColumns &ratings, int32_t userCount)
{
    std::vector<uint8_t> seen(std::size_t(userCount), 0);
    int32_t current = -1;
    for (const int32_t user : ratings.user) {
        if (user == current)
            continue;
        if (seen[std::size_t(user)])
            return false;
        seen[std::size_t(user)] = 1;
        current = user;
    }
    return true;
}

// Counting sort of the rows by user, then a visit of each user's rows. The sort is
// stable, so each user's rows stay in increasing row order.
template<typename RowIndex>
void visitByUser(const RatingColumns &ratings, int32_t userCount, DuplicateFinder &finder)
{
    std::vector<int64_t> offsets(std::size_t(userCount) + 1, 0);
    for (const int32_t user : ratings.user)
        ++offsets[std::size_t(user) + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<RowIndex> grouped(ratings.size());
    {
        std::vector<int64_t> next(offsets.begin(), offsets.end() - 1);
        for (std::size_t k = 0; k < ratings.size(); ++k)
            grouped[std::size_t(next[std::size_t(ratings.user[k])]++)] = RowIndex(k);
    }
    for (int32_t user = 0; user < userCount; ++user) {
        finder.startGroup();
        for (int64_t j = offsets[std::size_t(user)]; j < offsets[std::size_t(user) + 1]; ++j)
            finder.visit(std::size_t(grouped[std::size_t(j)]));
    }
}

void compact(RatingColumns &ratings, const std::vector<uint8_t> &removed)
{
    std::size_t out = 0;
    for (std::size_t k = 0; k < ratings.size(); ++k) {
        if (removed[k])
            continue;
        ratings.user[out] = ratings.user[k];
        ratings.item[out] = ratings.item[k];
        ratings.rating[out] = ratings.rating[k];
        ratings.timestamp[out] = ratings.timestamp[k];
        ++out;
    }
    ratings.user.resize(out);
    ratings.item.resize(out);
    ratings.rating.resize(out);
    ratings.timestamp.resize(out);
}

} // namespace

DuplicateSummary removeDuplicates(RatingColumns &ratings, int32_t userCount, int32_t itemCount)
{
    std::vector<uint8_t> removed(ratings.size(), 0);
    DuplicateFinder finder(ratings, itemCount, removed);

    if (groupedByUser(ratings, userCount)) {
        int32_t current = -1;
        for (std::size_t k = 0; k < ratings.size(); ++k) {
            if (ratings.user[k] != current) {
                current = ratings.user[k];
                finder.startGroup();
            }
            finder.visit(k);
        }
    } else {
        if (ratings.size() <= std::numeric_limits<uint32_t>::max())
            visitByUser<uint32_t>(ratings, userCount, finder);
        else
            visitByUser<uint64_t>(ratings, userCount, finder);
    }

    const DuplicateSummary summary = finder.summary();
    if (summary.rows > 0)
        compact(ratings, removed);
    return summary;
}

} // namespace RecStudio::Model
