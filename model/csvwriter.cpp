#include "csvwriter.h"

#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>

namespace RecStudio::Model {

namespace {

constexpr std::size_t flushThreshold = std::size_t(1) << 20;

std::string temporaryName(const std::string &path)
{
    static std::atomic<uint64_t> counter{0};
    const auto ticks = uint64_t(std::chrono::steady_clock::now().time_since_epoch().count());
    return path + ".tmp-" + std::to_string(ticks % 1000000007ULL) + "-"
           + std::to_string(counter.fetch_add(1));
}

} // namespace

AtomicFileWriter::~AtomicFileWriter()
{
    discard();
}

Status AtomicFileWriter::open(const std::string &path)
{
    discard();
    m_path = path;
    m_failed = false;
    m_buffer.clear();
    m_buffer.reserve(flushThreshold + 4096);
    std::error_code error;
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty())
        std::filesystem::create_directories(parent, error);
    if (error)
        return Error{"Cannot create folder " + parent.string() + ": " + error.message() + "."};
    m_temporaryPath = temporaryName(path);
    // "x" fails when the name exists, so an unrelated file is never overwritten.
    m_file = std::fopen(m_temporaryPath.c_str(), "wbx");
    if (!m_file)
        return Error{"Cannot write " + path + ": " + std::strerror(errno)
                     + "; check that the folder is writable."};
    return success();
}

void AtomicFileWriter::write(std::string_view text)
{
    m_buffer.append(text);
    flushIfFull();
}

void AtomicFileWriter::flushIfFull()
{
    if (m_buffer.size() >= flushThreshold)
        flush();
}

bool AtomicFileWriter::flush()
{
    if (!m_file || m_failed)
        return false;
    if (!m_buffer.empty()
        && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

Status AtomicFileWriter::commit()
{
    if (!m_file)
        return Error{"Nothing to write: the file " + m_path + " was not opened."};
    const bool written = flush() && std::fflush(m_file) == 0;
    const int closeResult = std::fclose(m_file);
    m_file = nullptr;
    if (!written || closeResult != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(m_temporaryPath.c_str());
        return Error{"Writing " + m_path + " failed: " + reason
                     + "; check the free disk space."};
    }
    std::error_code error;
    std::filesystem::rename(m_temporaryPath, m_path, error);
    if (error) {
        std::remove(m_temporaryPath.c_str());
        return Error{"Cannot replace " + m_path + ": " + error.message() + "."};
    }
    m_temporaryPath.clear();
    return success();
}

void AtomicFileWriter::discard()
{
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
    if (!m_temporaryPath.empty()) {
        std::remove(m_temporaryPath.c_str());
        m_temporaryPath.clear();
    }
}

void appendInteger(std::string &out, int64_t value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr);
}

void appendRating(std::string &out, float rating)
{
    const float twice = rating * 2.0f;
    if (twice >= 0.0f && twice <= 198.0f && twice == std::floor(twice)) {
        const auto halves = int(twice);
        appendInteger(out, halves / 2);
        out += (halves % 2) ? ".5" : ".0";
        return;
    }
    char digits[32];
    const auto result = std::to_chars(digits, digits + sizeof digits, rating);
    out.append(digits, result.ptr);
}

void appendCsvField(std::string &out, std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (const char c : field) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

Status writeRatingsCsv(const std::string &path, const Dataset &dataset,
                       const RatingColumns &ratings)
{
    AtomicFileWriter writer;
    if (Status status = writer.open(path); !status)
        return status;
    std::string &out = writer.buffer();
    out += "userId,movieId,rating,timestamp\n";
    const bool numericUsers = dataset.users.isNumeric();
    const bool numericItems = dataset.items.isNumeric();
    for (std::size_t k = 0; k < ratings.size(); ++k) {
        if (numericUsers)
            appendInteger(out, dataset.users.numericId(ratings.user[k]));
        else
            appendCsvField(out, dataset.users.rawId(ratings.user[k]));
        out.push_back(',');
        if (numericItems)
            appendInteger(out, dataset.items.numericId(ratings.item[k]));
        else
            appendCsvField(out, dataset.items.rawId(ratings.item[k]));
        out.push_back(',');
        appendRating(out, ratings.rating[k]);
        out.push_back(',');
        appendInteger(out, ratings.timestamp[k]);
        out.push_back('\n');
        writer.flushIfFull();
    }
    return writer.commit();
}

Status writeMoviesCsv(const std::string &path, const std::vector<Movie> &movies)
{
    AtomicFileWriter writer;
    if (Status status = writer.open(path); !status)
        return status;
    std::string &out = writer.buffer();
    out += "movieId,title,genres\n";
    std::string genres;
    for (const Movie &movie : movies) {
        appendCsvField(out, movie.rawId);
        out.push_back(',');
        appendCsvField(out, movie.title);
        out.push_back(',');
        genres.clear();
        for (const std::string &genre : movie.genres)
            genres += (genres.empty() ? "" : "|") + genre;
        appendCsvField(out, movie.genres.empty() ? std::string("(no genres listed)") : genres);
        out.push_back('\n');
        writer.flushIfFull();
    }
    return writer.commit();
}

} // namespace RecStudio::Model
