#include "readers.h"

#include "cataloguereaders.h"
#include "csvreader.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>

namespace RecStudio::Model {

namespace fs = std::filesystem;

namespace {

// Formats a rating-scale bound in the shortest form that reads back, such as 5 or 0.5.
std::string formatRating(double value)
{
    if (std::isnan(value))
        return "nan";
    char buffer[32];
    const std::to_chars_result result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
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
    if (!std::isfinite(minRating) || !std::isfinite(maxRating))
        return Error{"The rating scale " + formatRating(minRating) + " to "
                     + formatRating(maxRating)
                     + " is invalid: the minimum and maximum must be finite numbers such as "
                       "0.5 and 5."};
    if (minRating > maxRating)
        return Error{"The rating scale " + formatRating(minRating) + " to "
                     + formatRating(maxRating)
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
                        readMl100kItems(itemPath.string(), readMl100kGenreNames((root / "u.genre").string())),
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
