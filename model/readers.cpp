#include "readers.h"

#include "csvreader.h"
#include "textcodec.h"

#include <array>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace RecStudio::Model {

namespace fs = std::filesystem;

namespace {

// Genre names of the 19 u.item flags, in the order of ml-100k's u.genre.
const std::vector<std::string> &ml100kGenreNames()
{
    static const std::vector<std::string> names{
        "unknown", "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime",
        "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery",
        "Romance", "Sci-Fi", "Thriller", "War", "Western"};
    return names;
}

Result<std::string> readWholeFile(const std::string &path, const char *kind)
{
    std::error_code error;
    if (!fs::exists(path, error))
        return Error{std::string(kind) + " " + path + " not found; check the path."};
    std::ifstream stream(path, std::ios::binary);
    if (!stream)
        return Error{"Cannot open " + path + "; check that it is readable."};
    std::ostringstream contents;
    contents << stream.rdbuf();
    if (stream.bad())
        return Error{"Reading " + path + " failed; check that the file is readable."};
    return contents.str();
}

// Splits text into records at LF or CRLF and calls visit(record, 1-based line number).
// With quoteAware, a quoted field may span lines, and the record then contains them all.
template<typename Visit>
void forEachRecord(std::string_view text, bool quoteAware, Visit visit)
{
    std::size_t start = 0;
    int64_t lineNumber = 1;
    while (start < text.size()) {
        std::size_t end = start;
        int64_t linesInRecord = 1;
        bool quoted = false;
        while (end < text.size()) {
            const char c = text[end];
            if (quoteAware && c == '"')
                quoted = !quoted;
            else if (c == '\n') {
                if (!quoted)
                    break;
                ++linesInRecord;
            }
            ++end;
        }
        std::string_view record = text.substr(start, end - start);
        if (!record.empty() && record.back() == '\r')
            record.remove_suffix(1);
        visit(record, lineNumber);
        lineNumber += linesInRecord;
        start = end + 1;
    }
}

bool isUData(const fs::path &path)
{
    const std::string name = path.filename().string();
    if (name == "u.data")
        return true;
    // uN.base / uN.test and ua/ub.base / .test: the ml-100k cross-validation splits.
    if (name.size() == 7 && name[0] == 'u'
        && ((name[1] >= '1' && name[1] <= '9') || name[1] == 'a' || name[1] == 'b'))
        return name.substr(2) == ".base" || name.substr(2) == ".test";
    return false;
}

// True when the first line is four numbers separated by delimiter, as in u.data (tab)
// and ratings.dat (doubleColon): integer ids and timestamp, and a rating such as 4 or 3.5.
bool firstLineIsFourNumbers(const fs::path &path, char delimiter)
{
    std::ifstream stream(path, std::ios::binary);
    std::string line;
    if (!std::getline(stream, line))
        return false;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    FieldSplitter splitter(delimiter);
    if (!splitter.split(line) || splitter.fields().size() != 4)
        return false;
    for (std::size_t k = 0; k < 4; ++k) {
        const std::string_view field = splitter.fields()[k];
        const char *const end = field.data() + field.size();
        int64_t integer = 0;
        double rating = 0.0;
        const std::from_chars_result parsed = k == 2
                                                  ? std::from_chars(field.data(), end, rating)
                                                  : std::from_chars(field.data(), end, integer);
        if (parsed.ec != std::errc() || parsed.ptr != end)
            return false;
    }
    return true;
}

// A fixed layout with the rating scale and report size of options.
ReadOptions withScaleOf(ReadOptions layout, const ReadOptions &options)
{
    layout.minRating = options.minRating;
    layout.maxRating = options.maxRating;
    layout.maxReportedSkips = options.maxReportedSkips;
    return layout;
}

bool usesDefaultLayout(const ReadOptions &options)
{
    const ReadOptions defaults;
    return options.delimiter == 0 && options.hasHeader && options.user.position == 0
           && options.item.position == 0 && options.rating.position == 0
           && options.timestamp.position == 0 && options.user.name == defaults.user.name
           && options.item.name == defaults.item.name;
}

std::vector<std::string> splitGenres(std::string_view text)
{
    std::vector<std::string> genres;
    text = trimSpaces(text);
    if (text.empty() || text == "(no genres listed)")
        return genres;
    std::size_t start = 0;
    for (;;) {
        const std::size_t bar = text.find('|', start);
        const std::string_view genre = trimSpaces(text.substr(start, bar - start));
        if (!genre.empty())
            genres.emplace_back(genre);
        if (bar == std::string_view::npos)
            return genres;
        start = bar + 1;
    }
}

void noteSkipped(LoadReport *report, int64_t line, std::string reason)
{
    if (!report)
        return;
    ++report->rowsSkipped;
    if (report->firstSkipped.size() < 20)
        report->firstSkipped.push_back({line, std::move(reason)});
}

// Reads u.genre ("name|index" lines) when present; falls back to the built-in names.
std::vector<std::string> readGenreNames(const fs::path &path)
{
    Result<std::string> text = readWholeFile(path.string(), "Genre file");
    if (!text)
        return ml100kGenreNames();
    std::vector<std::string> names(ml100kGenreNames().size());
    forEachRecord(text.value(), false, [&](std::string_view line, int64_t) {
        const std::size_t bar = line.rfind('|');
        if (bar == std::string_view::npos)
            return;
        std::size_t index = 0;
        const std::string_view number = line.substr(bar + 1);
        const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(),
                                                  index);
        if (error == std::errc() && end == number.data() + number.size() && index < names.size())
            names[index] = latin1ToUtf8(line.substr(0, bar));
    });
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (names[k].empty())
            names[k] = ml100kGenreNames()[k];
    }
    return names;
}

void attachCatalogue(Dataset &dataset, Result<std::vector<Movie>> movies,
                     const std::string &catalogueName, const LoadReport &catalogueReport)
{
    if (movies) {
        dataset.movies = std::move(movies.value());
        if (catalogueReport.rowsSkipped > 0) {
            std::string warning = "Skipped " + std::to_string(catalogueReport.rowsSkipped)
                                  + " lines of " + catalogueName + ".";
            for (const SkippedLine &skipped : catalogueReport.firstSkipped)
                warning += " Line " + std::to_string(skipped.line) + ": " + skipped.reason + ".";
            dataset.report.warnings.push_back(warning);
        }
        dataset.report.warnings.insert(dataset.report.warnings.end(),
                                       catalogueReport.warnings.begin(),
                                       catalogueReport.warnings.end());
    } else {
        dataset.report.warnings.push_back("The catalogue " + catalogueName
                                          + " could not be read, so titles are missing: "
                                          + movies.error());
    }
    dataset.linkCatalogue();
}

} // namespace

ReadOptions ReadOptions::ml100k()
{
    ReadOptions options;
    options.delimiter = '\t';
    options.hasHeader = false;
    options.user = {"", 1};
    options.item = {"", 2};
    options.rating = {"", 3};
    options.timestamp = {"", 4};
    return options;
}

ReadOptions ReadOptions::movieLensDat()
{
    ReadOptions options = ml100k();
    options.delimiter = doubleColon;
    return options;
}

Status ReadOptions::validate() const
{
    if (!std::isfinite(minRating) || !std::isfinite(maxRating) || minRating > maxRating)
        return Error{"The rating scale " + std::to_string(minRating) + " to "
                     + std::to_string(maxRating)
                     + " is invalid: the minimum must not exceed the maximum."};
    if (delimiter != 0 && delimiter != ',' && delimiter != ';' && delimiter != '\t'
        && delimiter != '|' && delimiter != doubleColon)
        return Error{std::string("The delimiter '") + delimiter
                     + "' is not supported: use comma, semicolon, tab, pipe or '::'."};
    if (decimalComma && delimiter == ',')
        return Error{"A comma cannot be both the delimiter and the decimal separator; "
                     "use a semicolon, tab or pipe delimiter."};
    for (const ColumnChoice *column : {&user, &item, &rating, &timestamp}) {
        if (column->position < 0)
            return Error{"Column position " + std::to_string(column->position)
                         + " is invalid: positions start at 1."};
    }
    return success();
}

bool isCanceled(const std::string &errorMessage)
{
    return errorMessage == canceledMessage;
}

Result<Dataset> readRatingsFile(const std::string &path, const ReadOptions &options,
                                const ProgressCallback &progress)
{
    return readDelimitedRatings(path, options, progress, nullptr);
}

Result<Dataset> readRatingsFileSharingIds(const std::string &path, const Dataset &reference,
                                          const ReadOptions &options,
                                          const ProgressCallback &progress)
{
    return readDelimitedRatings(path, options, progress, &reference);
}

Result<std::vector<Movie>> readMoviesFile(const std::string &path, LoadReport *report)
{
    Result<std::string> text = readWholeFile(path, "Movies file");
    if (!text)
        return Error{text.error()};
    const std::string_view contents = stripByteOrderMark(text.value());
    if (trimSpaces(contents).empty())
        return Error{"Movies file " + path + " is empty; expected movieId,title,genres."};

    std::vector<Movie> movies;
    FieldSplitter splitter(',');
    int idColumn = -1;
    int titleColumn = -1;
    int genresColumn = -1;
    std::size_t fieldCount = 0;
    bool latin1Fallback = false;
    std::string headerError;
    forEachRecord(contents, true, [&](std::string_view record, int64_t line) {
        if (!headerError.empty() || trimSpaces(record).empty())
            return;
        if (!splitter.split(record)) {
            noteSkipped(report, line, "unclosed or misplaced quote");
            return;
        }
        const std::vector<std::string_view> &fields = splitter.fields();
        if (fieldCount == 0) {
            fieldCount = fields.size();
            for (std::size_t k = 0; k < fields.size(); ++k) {
                const std::string_view name = trimSpaces(fields[k]);
                if (equalsIgnoringCase(name, "movieId") || equalsIgnoringCase(name, "itemId"))
                    idColumn = int(k);
                else if (equalsIgnoringCase(name, "title"))
                    titleColumn = int(k);
                else if (equalsIgnoringCase(name, "genres"))
                    genresColumn = int(k);
            }
            if (idColumn < 0 || titleColumn < 0)
                headerError = "The header of " + path
                              + " must name the columns movieId and title (and optionally "
                                "genres), as in movieId,title,genres.";
            return;
        }
        if (fields.size() != fieldCount) {
            noteSkipped(report, line,
                        "expected " + std::to_string(fieldCount) + " fields, found "
                            + std::to_string(fields.size()));
            return;
        }
        Movie movie;
        movie.rawId = std::string(trimSpaces(fields[std::size_t(idColumn)]));
        if (movie.rawId.empty()) {
            noteSkipped(report, line, "missing movieId");
            return;
        }
        const std::string_view title = fields[std::size_t(titleColumn)];
        if (isValidUtf8(title)) {
            movie.title = std::string(title);
        } else {
            movie.title = latin1ToUtf8(title);
            latin1Fallback = true;
        }
        if (genresColumn >= 0)
            movie.genres = splitGenres(fields[std::size_t(genresColumn)]);
        movies.push_back(std::move(movie));
    });
    if (!headerError.empty())
        return Error{headerError};
    if (movies.empty())
        return Error{"Movies file " + path + " has no valid movie line."};
    if (latin1Fallback && report)
        report->warnings.push_back("Some titles in " + path
                                   + " are not valid UTF-8 and were read as Latin-1.");
    return movies;
}

Result<std::vector<Movie>> readMl100kItems(const std::string &path,
                                           const std::vector<std::string> &genreNames)
{
    Result<std::string> text = readWholeFile(path, "Item file");
    if (!text)
        return Error{text.error()};
    const std::vector<std::string> &names = genreNames.empty() ? ml100kGenreNames()
                                                               : genreNames;
    std::vector<Movie> movies;
    FieldSplitter splitter('|');
    forEachRecord(text.value(), false, [&](std::string_view line, int64_t) {
        if (trimSpaces(line).empty() || !splitter.split(line))
            return;
        const std::vector<std::string_view> &fields = splitter.fields();
        // id | title | release date | video release date | IMDb URL | one flag per genre
        if (fields.size() < 5 || trimSpaces(fields[0]).empty())
            return;
        Movie movie;
        movie.rawId = std::string(trimSpaces(fields[0]));
        movie.title = latin1ToUtf8(fields[1]);
        for (std::size_t k = 5; k < fields.size() && k - 5 < names.size(); ++k) {
            if (trimSpaces(fields[k]) == "1")
                movie.genres.push_back(names[k - 5]);
        }
        movies.push_back(std::move(movie));
    });
    if (movies.empty())
        return Error{"Item file " + path + " has no valid movie line; expected "
                     "id|title|release date|video release date|IMDb URL|19 genre flags."};
    return movies;
}

Result<std::vector<Movie>> readMoviesDatFile(const std::string &path)
{
    Result<std::string> text = readWholeFile(path, "Movies file");
    if (!text)
        return Error{text.error()};
    std::vector<Movie> movies;
    FieldSplitter splitter(doubleColon);
    forEachRecord(stripByteOrderMark(text.value()), false, [&](std::string_view line, int64_t) {
        if (trimSpaces(line).empty() || !splitter.split(line))
            return;
        const std::vector<std::string_view> &fields = splitter.fields();
        if (fields.size() != 3 || trimSpaces(fields[0]).empty())
            return;
        Movie movie;
        movie.rawId = std::string(trimSpaces(fields[0]));
        movie.title = isValidUtf8(fields[1]) ? std::string(fields[1]) : latin1ToUtf8(fields[1]);
        movie.genres = splitGenres(fields[2]);
        movies.push_back(std::move(movie));
    });
    if (movies.empty())
        return Error{"Movies file " + path
                     + " has no valid movie line; expected MovieID::Title::Genres."};
    return movies;
}

Result<Dataset> readMovieLensDatFolder(const std::string &folder, const ReadOptions &options,
                                       const ProgressCallback &progress)
{
    const fs::path root(folder);
    Result<Dataset> dataset = readRatingsFile((root / "ratings.dat").string(),
                                              withScaleOf(ReadOptions::movieLensDat(), options),
                                              progress);
    if (!dataset)
        return dataset;
    dataset->name = root.filename().empty() ? root.parent_path().filename().string()
                                            : root.filename().string();
    const fs::path moviesPath = root / "movies.dat";
    std::error_code error;
    if (fs::exists(moviesPath, error)) {
        attachCatalogue(dataset.value(), readMoviesDatFile(moviesPath.string()),
                        moviesPath.string(), LoadReport());
    } else {
        dataset->report.warnings.push_back("No movies.dat next to ratings.dat, so items "
                                           "have no titles.");
        dataset->linkCatalogue();
    }
    return dataset;
}

Result<Dataset> readMovieLensFolder(const std::string &folder, const ReadOptions &options,
                                    const ProgressCallback &progress)
{
    const fs::path root(folder);
    Result<Dataset> dataset = readRatingsFile((root / "ratings.csv").string(), options,
                                              progress);
    if (!dataset)
        return dataset;
    dataset->name = root.filename().empty() ? root.parent_path().filename().string()
                                            : root.filename().string();
    const fs::path moviesPath = root / "movies.csv";
    std::error_code error;
    if (fs::exists(moviesPath, error)) {
        LoadReport catalogueReport;
        attachCatalogue(dataset.value(), readMoviesFile(moviesPath.string(), &catalogueReport),
                        moviesPath.string(), catalogueReport);
    } else {
        dataset->report.warnings.push_back("No movies.csv next to ratings.csv, so items "
                                           "have no titles.");
        dataset->linkCatalogue();
    }
    return dataset;
}

Result<Dataset> readMl100kFolder(const std::string &folder, const ReadOptions &options,
                                 const ProgressCallback &progress)
{
    const fs::path root(folder);
    Result<Dataset> dataset = readRatingsFile((root / "u.data").string(),
                                              withScaleOf(ReadOptions::ml100k(), options),
                                              progress);
    if (!dataset)
        return dataset;
    dataset->name = root.filename().empty() ? root.parent_path().filename().string()
                                            : root.filename().string();
    const fs::path itemPath = root / "u.item";
    std::error_code error;
    if (fs::exists(itemPath, error)) {
        attachCatalogue(dataset.value(),
                        readMl100kItems(itemPath.string(), readGenreNames(root / "u.genre")),
                        itemPath.string(), LoadReport());
    } else {
        dataset->report.warnings.push_back("No u.item next to u.data, so items have no "
                                           "titles.");
        dataset->linkCatalogue();
    }
    return dataset;
}

Result<Dataset> loadPath(const std::string &path, const ReadOptions &options,
                         const ProgressCallback &progress)
{
    std::error_code error;
    const fs::path target(path);
    if (!fs::exists(target, error))
        return Error{"Path " + path + " not found; check the path."};
    if (fs::is_directory(target, error)) {
        if (fs::exists(target / "ratings.csv", error))
            return readMovieLensFolder(path, options, progress);
        if (fs::exists(target / "u.data", error))
            return readMl100kFolder(path, options, progress);
        if (fs::exists(target / "ratings.dat", error))
            return readMovieLensDatFolder(path, options, progress);
        return Error{"Folder " + path
                     + " contains neither ratings.csv (MovieLens), u.data (ml-100k) nor "
                       "ratings.dat (MovieLens 1M or 10M); open one of those files or a folder "
                       "that contains them."};
    }
    if (usesDefaultLayout(options)) {
        std::optional<ReadOptions> layout;
        if (isUData(target) || firstLineIsFourNumbers(target, '\t'))
            layout = ReadOptions::ml100k();
        else if (firstLineIsFourNumbers(target, doubleColon))
            layout = ReadOptions::movieLensDat();
        if (layout) {
            Result<Dataset> dataset = readRatingsFile(path, withScaleOf(*layout, options),
                                                      progress);
            if (dataset)
                dataset->linkCatalogue();
            return dataset;
        }
    }
    Result<Dataset> dataset = readRatingsFile(path, options, progress);
    if (dataset)
        dataset->linkCatalogue();
    return dataset;
}

} // namespace RecStudio::Model
