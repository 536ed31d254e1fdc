#pragma once

#include "dataset.h"
#include "result.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace RecStudio::Model {

// ReadOptions::delimiter value for the "::" separator of MovieLens 1M and 10M .dat files.
inline constexpr char doubleColon = ':';

// A column of a delimited ratings file, chosen by header name or by 1-based position.
// A position greater than 0 wins over the name.
struct ColumnChoice
{
    std::string name;
    int32_t position = 0;
};

// How to read a delimited ratings file. The defaults read a MovieLens ratings.csv.
struct ReadOptions
{
    double minRating = 0.5;  // rows with a rating outside [minRating, maxRating] are skipped
    double maxRating = 5.0;
    // ',', ';', '\t', '|' or doubleColon; 0 detects it from the first line.
    char delimiter = 0;
    bool decimalComma = false; // ratings written as "3,5"
    // Without a header, columns left at their default names take the MovieLens order:
    // user, item, rating, then timestamp when there is a fourth field.
    bool hasHeader = true;
    ColumnChoice user{"userId", 0};
    ColumnChoice item{"movieId", 0};
    ColumnChoice rating{"rating", 0};
    // Ratings get timestamp 0 when no column has this name (an empty name never matches);
    // a column chosen by position must exist.
    ColumnChoice timestamp{"timestamp", 0};
    std::size_t maxReportedSkips = 20; // size of LoadReport::firstSkipped

    // Layout of ml-100k u.data and its uN.base / uN.test splits: tab separated, no header,
    // user, item, rating, timestamp.
    static ReadOptions ml100k();
    // Layout of MovieLens 1M and 10M ratings.dat: "::" separated, no header, user, item,
    // rating, timestamp.
    static ReadOptions movieLensDat();

    // Returns an error naming the first invalid field.
    Status validate() const;
};

// Called with the fraction of the input read so far (0 to 1); returning false cancels.
using ProgressCallback = std::function<bool(double fraction)>;

// Message of the Error returned when a ProgressCallback cancels a read.
inline constexpr const char *canceledMessage = "Reading was canceled.";
bool isCanceled(const std::string &errorMessage);

// Reads a folder (ratings.csv + movies.csv, u.data + u.item, or ratings.dat + movies.dat)
// or a single ratings file. Unless options give a delimiter or columns, the layout is
// detected: a file named u.data, uN.base or uN.test, or a tab-separated file whose first
// line is four integers, is read with the ml-100k layout. A file whose first line is four
// "::"-separated numbers is read with the ratings.dat layout.
Result<Dataset> loadPath(const std::string &path, const ReadOptions &options = {},
                         const ProgressCallback &progress = {});

// Reads a delimited ratings file. Bad rows are skipped and listed in Dataset::report;
// duplicate (user, item) pairs keep the latest timestamp, the last row on a tie.
// A file without any valid row is an error.
Result<Dataset> readRatingsFile(const std::string &path, const ReadOptions &options = {},
                                const ProgressCallback &progress = {});

// Same as readRatingsFile, but the dataset starts with copies of reference's id maps so
// that the indices of ids known to reference match (a test file read next to a training
// file). Ids new to reference get the next indices, so userCount() and itemCount() may
// count ids without ratings in this file.
Result<Dataset> readRatingsFileSharingIds(const std::string &path, const Dataset &reference,
                                          const ReadOptions &options = {},
                                          const ProgressCallback &progress = {});

// Reads a MovieLens movies.csv (movieId,title,genres; UTF-8; quoted titles).
// "(no genres listed)" gives an empty genre list.
// Rows that cannot be read are skipped and, when report is given, listed in it.
Result<std::vector<Movie>> readMoviesFile(const std::string &path, LoadReport *report = nullptr);

// Reads an ml-100k u.item file (pipe separated, Latin-1 decoded to UTF-8). genreNames
// names the 19 genre flags in order; empty uses the names of the ml-100k u.genre file.
Result<std::vector<Movie>> readMl100kItems(const std::string &path,
                                           const std::vector<std::string> &genreNames = {});

// Reads a MovieLens 1M or 10M movies.dat (MovieID::Title::Genres, no header). Titles that
// are not valid UTF-8 are decoded as Latin-1, as ml-1m needs.
Result<std::vector<Movie>> readMoviesDatFile(const std::string &path);

// Reads ratings.dat and, when present, movies.dat from a MovieLens 1M or 10M folder.
Result<Dataset> readMovieLensDatFolder(const std::string &folder,
                                       const ReadOptions &options = {},
                                       const ProgressCallback &progress = {});

// Reads ratings.csv and, when present, movies.csv from a MovieLens folder.
Result<Dataset> readMovieLensFolder(const std::string &folder, const ReadOptions &options = {},
                                    const ProgressCallback &progress = {});

// Reads u.data and, when present, u.item and u.genre from an ml-100k folder. options
// other than the rating scale are ignored because the layout is fixed.
Result<Dataset> readMl100kFolder(const std::string &folder, const ReadOptions &options = {},
                                 const ProgressCallback &progress = {});

} // namespace RecStudio::Model
