#include "csvreader.h"

#include "duplicates.h"
#include "textcodec.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <new>
#include <sstream>
#include <stdexcept>

namespace RecStudio::Model {

namespace {

constexpr std::size_t chunkSize = std::size_t(8) << 20;

struct FileCloser
{
    void operator()(std::FILE *file) const { std::fclose(file); }
};
using FilePointer = std::unique_ptr<std::FILE, FileCloser>;

std::string formatNumber(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

// Shortens a field for a message so that a binary file does not flood the summary.
std::string quoteField(std::string_view field)
{
    std::string text(field.substr(0, 40));
    if (field.size() > 40)
        text += "...";
    return "'" + text + "'";
}

bool hasControlCharacter(std::string_view text)
{
    for (const char c : text) {
        if (uint8_t(c) < 0x20 || c == 0x7F)
            return true;
    }
    return false;
}

// Column indices (0-based) resolved from the header or from positions.
struct Layout
{
    std::size_t fieldCount = 0;
    int user = -1;
    int item = -1;
    int rating = -1;
    int timestamp = -1; // -1: the file has no timestamps
};

class RatingsParser
{
public:
    RatingsParser(const std::string &path, const ReadOptions &options,
                  const ProgressCallback &progress, const Dataset *reference)
        : m_path(path)
        , m_options(options)
        , m_progress(progress)
    {
        if (reference) {
            m_dataset.users = reference->users;
            m_dataset.items = reference->items;
        }
    }

    Result<Dataset> run();

private:
    Status readChunks(std::FILE *file, std::size_t fileSize);
    Status checkEncoding(std::string_view start) const;
    Status processLine(std::string_view line);
    Status startLayout(std::string_view line);
    Status resolveColumns(const std::vector<std::string_view> &header);
    int resolveColumn(const ColumnChoice &choice, const char *role,
                      const std::vector<std::string_view> &header, bool required,
                      std::string &error) const;
    void parseRow();
    void skipRow(int64_t SkipCounts::*counter, const std::string &reason);
    void reserveFromEstimate(std::size_t bytesSoFar, std::size_t fileSize);

    std::string m_path;
    ReadOptions m_options;
    const ProgressCallback &m_progress;
    Dataset m_dataset;
    FieldSplitter m_splitter;
    Layout m_layout;
    bool m_layoutReady = false;
    bool m_reserved = false;
    int64_t m_lineNumber = 0;
    std::string m_numberBuffer;
};

Result<Dataset> RatingsParser::run()
{
    if (Status valid = m_options.validate(); !valid)
        return Error{valid.error()};

    std::error_code error;
    const std::filesystem::path path(m_path);
    if (!std::filesystem::exists(path, error))
        return Error{"Ratings file " + m_path + " not found; check the path."};
    if (std::filesystem::is_directory(path, error))
        return Error{m_path + " is a folder, not a ratings file; open the folder instead."};
    const auto fileSize = std::size_t(std::filesystem::file_size(path, error));
    if (error)
        return Error{"Cannot read " + m_path + ": " + error.message() + "."};

    FilePointer file(std::fopen(m_path.c_str(), "rb"));
    if (!file)
        return Error{"Cannot open " + m_path + ": " + std::strerror(errno) + "."};

    m_dataset.report.source = m_path;
    m_dataset.name = path.filename().string();
    try {
        if (Status status = readChunks(file.get(), fileSize); !status)
            return Error{status.error()};
    } catch (const std::bad_alloc &) {
        return Error{"Not enough memory to read " + m_path + "."};
    } catch (const std::length_error &exception) {
        return Error{"Cannot read " + m_path + ": " + exception.what() + "."};
    }

    LoadReport &report = m_dataset.report;
    if (!m_layoutReady)
        return Error{"Ratings file " + m_path
                     + " is empty; expected a header such as userId,movieId,rating,timestamp "
                       "followed by one rating per line."};
    if (report.linesRead == 0)
        return Error{"Ratings file " + m_path
                     + " has a header but no rating lines; add ratings below the header."};
    if (m_dataset.ratings.empty()) {
        std::string message = "Ratings file " + m_path + " has no valid rating: all "
                              + std::to_string(report.linesRead) + " lines were skipped.";
        if (!report.firstSkipped.empty())
            message += " First problem: line " + std::to_string(report.firstSkipped[0].line)
                       + ": " + report.firstSkipped[0].reason;
        return Error{message};
    }

    const DuplicateSummary duplicates = removeDuplicates(m_dataset.ratings,
                                                         m_dataset.userCount(),
                                                         m_dataset.itemCount());
    report.duplicatePairs = duplicates.pairs;
    report.duplicateRows = duplicates.rows;
    report.rowsKept = int64_t(m_dataset.ratings.size());
    report.bytesRead = int64_t(fileSize);
    if (m_layout.timestamp < 0)
        report.warnings.push_back("The file has no timestamp column; every rating gets "
                                  "timestamp 0, so duplicates keep the last row.");
    if (m_progress)
        m_progress(1.0);
    return std::move(m_dataset);
}

Status RatingsParser::readChunks(std::FILE *file, std::size_t fileSize)
{
    std::vector<char> buffer(std::min(chunkSize, fileSize + 1));
    std::size_t filled = 0;   // bytes in buffer
    std::size_t consumed = 0; // bytes of the file before buffer[0]
    bool atFileStart = true;
    for (;;) {
        if (filled == buffer.size())
            buffer.resize(buffer.size() * 2); // a line longer than the buffer
        const std::size_t got = std::fread(buffer.data() + filled, 1, buffer.size() - filled,
                                           file);
        if (got == 0 && std::ferror(file))
            return Error{"Reading " + m_path + " failed: " + std::strerror(errno) + "."};
        filled += got;
        const bool atEnd = got == 0;

        std::string_view text(buffer.data(), filled);
        if (atFileStart && (filled >= 3 || atEnd)) {
            const std::string_view stripped = stripByteOrderMark(text);
            const std::size_t skipped = text.size() - stripped.size();
            if (skipped > 0) {
                std::memmove(buffer.data(), buffer.data() + skipped, filled - skipped);
                filled -= skipped;
                consumed += skipped;
                text = std::string_view(buffer.data(), filled);
            }
            atFileStart = false;
            if (Status status = checkEncoding(text); !status)
                return status;
        }

        // NOTE: records end at every newline, so a quoted field that spans lines turns its
        // row into two bad rows. Ratings files have no such fields in practice.
        std::size_t start = 0;
        for (;;) {
            const auto *newline = static_cast<const char *>(
                std::memchr(text.data() + start, '\n', text.size() - start));
            if (newline == nullptr)
                break;
            const auto end = std::size_t(newline - text.data());
            std::string_view line = text.substr(start, end - start);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (Status status = processLine(line); !status)
                return status;
            start = end + 1;
        }
        if (atEnd) {
            if (start < text.size()) {
                std::string_view line = text.substr(start);
                if (!line.empty() && line.back() == '\r')
                    line.remove_suffix(1);
                if (Status status = processLine(line); !status)
                    return status;
            }
            return success();
        }

        consumed += start;
        std::memmove(buffer.data(), buffer.data() + start, filled - start);
        filled -= start;
        if (!m_reserved && m_layoutReady)
            reserveFromEstimate(consumed, fileSize);
        if (m_progress && fileSize > 0 && !m_progress(double(consumed) / double(fileSize)))
            return Error{canceledMessage};
    }
}

// Rejects inputs that are not delimited text, before they produce a bad row per line.
Status RatingsParser::checkEncoding(std::string_view start) const
{
    if (start.substr(0, 2) == "\xFF\xFE" || start.substr(0, 2) == "\xFE\xFF")
        return Error{"Ratings file " + m_path
                     + " is UTF-16 text; save it as UTF-8 (or plain CSV) and open it again."};
    if (start.substr(0, 2) == "\x1F\x8B")
        return Error{"Ratings file " + m_path
                     + " is gzip-compressed; decompress it (gunzip) and open the result."};
    if (start.substr(0, 4) == "PK\x03\x04")
        return Error{"Ratings file " + m_path
                     + " is a ZIP archive; extract it and open the folder or file inside."};
    const std::string_view head = start.substr(0, 65536);
    const std::size_t carriageReturn = head.find('\r');
    if (carriageReturn != std::string_view::npos && carriageReturn + 1 < head.size()
        && head.find('\n') == std::string_view::npos)
        return Error{"Ratings file " + m_path
                     + " ends its lines with a carriage return only (classic Mac OS); convert "
                       "it to LF or CRLF line endings and open it again."};
    const std::size_t nul = start.substr(0, 4096).find('\0');
    if (nul != std::string_view::npos)
        return Error{"Ratings file " + m_path + " contains a NUL byte at offset "
                     + std::to_string(nul) + ", so it is not a text file."};
    return success();
}

// Reserves the columns from the average line length so far, so that they do not grow
// by doubling (which would briefly need twice the memory).
void RatingsParser::reserveFromEstimate(std::size_t bytesSoFar, std::size_t fileSize)
{
    const int64_t lines = m_dataset.report.linesRead + m_dataset.report.blankLines;
    if (lines < 1000)
        return;
    const double bytesPerLine = double(bytesSoFar) / double(lines);
    const auto estimate = std::size_t(double(fileSize) / bytesPerLine * 1.05) + 1024;
    m_dataset.ratings.reserve(estimate);
    m_reserved = true;
}

Status RatingsParser::processLine(std::string_view line)
{
    ++m_lineNumber;
    if (trimSpaces(line).empty()) {
        ++m_dataset.report.blankLines;
        return success();
    }
    if (!m_layoutReady) {
        if (Status status = startLayout(line); !status)
            return status;
        m_layoutReady = true;
        if (m_options.hasHeader)
            return success();
    }

    ++m_dataset.report.linesRead;
    if (!m_splitter.split(line)) {
        skipRow(&SkipCounts::fieldCount, "unclosed or misplaced quote");
        return success();
    }
    if (m_splitter.fields().size() != m_layout.fieldCount) {
        skipRow(&SkipCounts::fieldCount,
                "expected " + std::to_string(m_layout.fieldCount) + " fields separated by "
                    + delimiterName(m_splitter.delimiter()) + ", found "
                    + std::to_string(m_splitter.fields().size()));
        return success();
    }
    parseRow();
    return success();
}

Status RatingsParser::startLayout(std::string_view line)
{
    const char delimiter = m_options.delimiter != 0
                               ? m_options.delimiter
                               : detectDelimiter(line, m_options.decimalComma);
    m_splitter.setDelimiter(delimiter);
    if (!m_splitter.split(line))
        return Error{m_path + " line " + std::to_string(m_lineNumber)
                     + ": unclosed quote in the first line."};
    m_layout.fieldCount = m_splitter.fields().size();
    return resolveColumns(m_splitter.fields());
}

int RatingsParser::resolveColumn(const ColumnChoice &choice, const char *role,
                                 const std::vector<std::string_view> &header, bool required,
                                 std::string &error) const
{
    if (choice.position > 0) {
        if (std::size_t(choice.position) > header.size()) {
            error = "The " + std::string(role) + " column is position "
                    + std::to_string(choice.position) + ", but line "
                    + std::to_string(m_lineNumber) + " of " + m_path + " has only "
                    + std::to_string(header.size()) + " fields separated by "
                    + delimiterName(m_splitter.delimiter()) + ".";
            return -1;
        }
        return choice.position - 1;
    }
    if (!m_options.hasHeader) {
        // Without a header, columns left at their default names take the MovieLens order
        // user, item, rating, timestamp; any other name means the column is absent.
        const ReadOptions defaults;
        const std::string_view roleName(role);
        int position = 3;
        std::string defaultName = defaults.timestamp.name;
        if (roleName == "user") {
            position = 0;
            defaultName = defaults.user.name;
        } else if (roleName == "item") {
            position = 1;
            defaultName = defaults.item.name;
        } else if (roleName == "rating") {
            position = 2;
            defaultName = defaults.rating.name;
        }
        if (choice.name == defaultName && std::size_t(position) < header.size())
            return position;
        if (required)
            error = m_path + " has no header and " + std::to_string(header.size())
                    + " fields per line; give the position of the " + role + " column.";
        return -1;
    }
    for (std::size_t k = 0; k < header.size(); ++k) {
        if (equalsIgnoringCase(trimSpaces(header[k]), trimSpaces(choice.name)))
            return int(k);
    }
    if (required) {
        std::string columns;
        for (const std::string_view name : header)
            columns += (columns.empty() ? "" : ", ") + std::string(trimSpaces(name));
        error = "The header of " + m_path + " has no column named '" + choice.name
                + "' for the " + role + " (columns: " + columns
                + "); choose the column by name or by position.";
        // A header read as one column usually means the file uses another delimiter.
        if (header.size() == 1) {
            const std::pair<char, const char *> delimiters[] = {
                {',', "a comma"}, {';', "a semicolon"}, {'\t', "a tab"}, {'|', "a pipe"}};
            for (const auto &[character, name] : delimiters) {
                if (header.front().find(character) != std::string_view::npos) {
                    error += std::string(" The header is one column that contains ") + name
                             + ", so choose that delimiter instead.";
                    break;
                }
            }
        }
    }
    return -1;
}

Status RatingsParser::resolveColumns(const std::vector<std::string_view> &header)
{
    std::string error;
    m_layout.user = resolveColumn(m_options.user, "user", header, true, error);
    if (m_layout.user < 0)
        return Error{error};
    m_layout.item = resolveColumn(m_options.item, "item", header, true, error);
    if (m_layout.item < 0)
        return Error{error};
    m_layout.rating = resolveColumn(m_options.rating, "rating", header, true, error);
    if (m_layout.rating < 0)
        return Error{error};
    const bool timestampRequired = m_options.timestamp.position > 0;
    m_layout.timestamp = resolveColumn(m_options.timestamp, "timestamp", header,
                                       timestampRequired, error);
    if (m_layout.timestamp < 0 && timestampRequired)
        return Error{error};
    if (m_layout.user == m_layout.item || m_layout.user == m_layout.rating
        || m_layout.item == m_layout.rating
        || (m_layout.timestamp >= 0
            && (m_layout.timestamp == m_layout.user || m_layout.timestamp == m_layout.item
                || m_layout.timestamp == m_layout.rating)))
        return Error{"The user, item, rating and timestamp columns of " + m_path
                     + " must be different columns."};
    return success();
}

void RatingsParser::skipRow(int64_t SkipCounts::*counter, const std::string &reason)
{
    LoadReport &report = m_dataset.report;
    ++report.rowsSkipped;
    ++(report.skipCounts.*counter);
    if (report.firstSkipped.size() < m_options.maxReportedSkips)
        report.firstSkipped.push_back({m_lineNumber, reason});
}

void RatingsParser::parseRow()
{
    const std::vector<std::string_view> &fields = m_splitter.fields();
    const bool keepTabs = m_splitter.delimiter() == '\t';
    const std::string_view userField = trimSpaces(fields[std::size_t(m_layout.user)], keepTabs);
    const std::string_view itemField = trimSpaces(fields[std::size_t(m_layout.item)], keepTabs);
    std::string_view ratingField = trimSpaces(fields[std::size_t(m_layout.rating)], keepTabs);

    if (userField.empty() || hasControlCharacter(userField)) {
        skipRow(&SkipCounts::badId, userField.empty() ? "missing user id"
                                                      : "user id contains control characters");
        return;
    }
    if (itemField.empty() || hasControlCharacter(itemField)) {
        skipRow(&SkipCounts::badId, itemField.empty() ? "missing item id"
                                                      : "item id contains control characters");
        return;
    }
    if (ratingField.empty()) {
        skipRow(&SkipCounts::badRating, "missing rating");
        return;
    }

    const std::string_view ratingText = ratingField;
    if (m_options.decimalComma && ratingField.find(',') != std::string_view::npos) {
        m_numberBuffer.assign(ratingField);
        for (char &c : m_numberBuffer) {
            if (c == ',')
                c = '.';
        }
        ratingField = m_numberBuffer;
    }
    double rating = 0.0;
    const auto [ratingEnd, ratingError] = std::from_chars(
        ratingField.data(), ratingField.data() + ratingField.size(), rating);
    if (ratingError != std::errc() || ratingEnd != ratingField.data() + ratingField.size()) {
        std::string reason = "rating " + quoteField(ratingText) + " is not a number";
        if (!m_options.decimalComma && ratingText.find(',') != std::string_view::npos)
            reason += "; turn on the decimal comma option if it is one";
        skipRow(&SkipCounts::badRating, reason);
        return;
    }
    if (!std::isfinite(rating)) {
        skipRow(&SkipCounts::badRating, "rating " + quoteField(ratingText) + " is not finite");
        return;
    }
    if (rating < m_options.minRating || rating > m_options.maxRating) {
        skipRow(&SkipCounts::outOfScale,
                "rating " + formatNumber(rating) + " is outside the scale "
                    + formatNumber(m_options.minRating) + " to "
                    + formatNumber(m_options.maxRating));
        return;
    }

    int64_t timestamp = 0;
    if (m_layout.timestamp >= 0) {
        const std::string_view timeField
            = trimSpaces(fields[std::size_t(m_layout.timestamp)], keepTabs);
        if (timeField.empty()) {
            skipRow(&SkipCounts::badTimestamp, "missing timestamp");
            return;
        }
        const auto [timeEnd, timeError] = std::from_chars(
            timeField.data(), timeField.data() + timeField.size(), timestamp);
        if (timeError != std::errc() || timeEnd != timeField.data() + timeField.size()) {
            skipRow(&SkipCounts::badTimestamp,
                    "timestamp " + quoteField(timeField)
                        + " is not a whole number of seconds since 1970");
            return;
        }
    }

    const int32_t user = m_dataset.users.insert(userField);
    const int32_t item = m_dataset.items.insert(itemField);
    m_dataset.ratings.push_back(user, item, float(rating), timestamp);
}

} // namespace

Result<Dataset> readDelimitedRatings(const std::string &path, const ReadOptions &options,
                                     const ProgressCallback &progress, const Dataset *reference)
{
    RatingsParser parser(path, options, progress, reference);
    return parser.run();
}

} // namespace RecStudio::Model
