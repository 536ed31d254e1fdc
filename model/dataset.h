#pragma once

#include "idmap.h"
#include "ratings.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace RecStudio::Model {

// One entry of a movie catalogue (movies.csv, u.item or the synthetic generator).
struct Movie
{
    std::string rawId;
    std::string title;               // UTF-8
    std::vector<std::string> genres; // empty when the source lists none
};

// A row the reader skipped, with its 1-based line number in the source file.
struct SkippedLine
{
    int64_t line = 0;
    std::string reason;
};

// Skipped rows by cause.
struct SkipCounts
{
    int64_t fieldCount = 0;   // too few or too many fields, or an unclosed quote
    int64_t badId = 0;        // empty user or item id, or one with control characters
    int64_t badRating = 0;    // missing, non-numeric or non-finite rating
    int64_t outOfScale = 0;   // rating outside [minRating, maxRating]
    int64_t badTimestamp = 0; // missing or non-integer timestamp
};

// Summary of what a reader did with its input, shown as the load summary.
struct LoadReport
{
    std::string source;             // file or folder that was read
    int64_t linesRead = 0;          // data lines, blank lines and header excluded
    int64_t rowsKept = 0;           // rows stored after duplicate resolution
    int64_t rowsSkipped = 0;        // bad rows (missing field, bad number, out of scale)
    int64_t duplicatePairs = 0;     // (user, item) pairs that occurred more than once
    int64_t duplicateRows = 0;      // rows dropped because a later or newer row won
    int64_t blankLines = 0;
    std::vector<SkippedLine> firstSkipped; // the first few skipped rows with their reasons
    SkipCounts skipCounts;
    int64_t bytesRead = 0;
    std::vector<std::string> warnings;     // anything else worth showing the user
};

// A loaded ratings dataset: raw-id maps, the ratings in columnar form and the movie
// catalogue. Users and items are the ids that occur in at least one kept rating, while
// the catalogue may also contain movies without any rating.
class Dataset
{
public:
    Dataset();
    // Copies share nothing: each copy builds its own CSR caches.
    Dataset(const Dataset &other);
    Dataset &operator=(const Dataset &other);
    Dataset(Dataset &&other) noexcept;
    Dataset &operator=(Dataset &&other) noexcept;
    ~Dataset();

    std::string name;
    IdMap users;
    IdMap items;
    RatingColumns ratings;
    std::vector<Movie> movies;
    LoadReport report;

    int32_t userCount() const { return users.size(); }
    int32_t itemCount() const { return items.size(); }

    // Index into movies for an item index, or -1 when the catalogue lacks the item.
    int32_t movieOfItem(int32_t itemIndex) const;
    // Title of an item, or "Movie <raw id>" when the catalogue lacks it.
    std::string itemTitle(int32_t itemIndex) const;

    // Links items to catalogue entries by raw id; call after ratings or movies change.
    void linkCatalogue();

    // CSR views built on first use and cached; safe to call from several threads.
    // Invalidate with clearCaches() after changing ratings.
    const CsrMatrix &byUser() const;
    const CsrMatrix &byItem() const;
    void clearCaches();

private:
    struct Caches;
    std::vector<int32_t> m_itemMovie;
    std::shared_ptr<Caches> m_caches;
};

} // namespace RecStudio::Model
