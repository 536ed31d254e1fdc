#pragma once

#include "dataset.h"
#include "result.h"

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace RecStudio::Model {

// Writes a file atomically: the data goes to a temporary file in the same folder, which
// commit() renames over the target. Without commit() the temporary file is removed, so
// a failed or canceled write leaves any earlier file untouched.
class AtomicFileWriter
{
public:
    AtomicFileWriter() = default;
    AtomicFileWriter(const AtomicFileWriter &) = delete;
    AtomicFileWriter &operator=(const AtomicFileWriter &) = delete;
    ~AtomicFileWriter();

    Status open(const std::string &path);
    void write(std::string_view text);
    Status commit();

    // Buffer that write() appends to; callers may append directly and call flushIfFull().
    std::string &buffer() { return m_buffer; }
    void flushIfFull();

private:
    bool flush();
    void discard();

    std::string m_path;
    std::string m_temporaryPath;
    std::FILE *m_file = nullptr;
    std::string m_buffer;
    bool m_failed = false;
};

// Appends a rating the way MovieLens writes it: "4.0", "3.5", or the shortest exact form
// for values that are not half stars.
void appendRating(std::string &out, float rating);
void appendInteger(std::string &out, int64_t value);
// Appends a CSV field, quoting it when it contains a comma, a quote or a line break.
void appendCsvField(std::string &out, std::string_view field);

// Writes ratings (indices into dataset's id maps) as userId,movieId,rating,timestamp.
Status writeRatingsCsv(const std::string &path, const Dataset &dataset,
                       const RatingColumns &ratings);
// Writes movieId,title,genres; an empty genre list is written as "(no genres listed)".
Status writeMoviesCsv(const std::string &path, const std::vector<Movie> &movies);

} // namespace RecStudio::Model
