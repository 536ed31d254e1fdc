#include "cataloguereaders.h"

#include "csvreader.h"
#include "textcodec.h"

#include <charconv>
#include <filesystem>
#include <fstream>
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

} // namespace

std::vector<std::string> readMl100kGenreNames(const std::string &path)
{
    Result<std::string> text = readWholeFile(path, "Genre file");
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

        // The first record is the header.
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

} // namespace RecStudio::Model
