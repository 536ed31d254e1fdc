#pragma once

#include "readers.h"

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace RecStudio::Model {

// Splits one line of delimited text into fields. Quoted fields ("a, b" and "say ""hi""")
// are unquoted; a line without quotes is split without copying. Reuses its buffers, so
// splitting a line allocates nothing once the buffers have grown.
class FieldSplitter
{
    bool splitDoubleColon(std::string_view line);


public:
    explicit FieldSplitter(char delimiter = ',') : m_delimiter(delimiter) {}

    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    char delimiter() const { return m_delimiter; }

    // Returns false when a quote is not closed or a closing quote is not followed by the
    // delimiter. The views stay valid until the next call.
    bool split(std::string_view line);
    const std::vector<std::string_view> &fields() const { return m_fields; }

private:
    bool splitQuoted(std::string_view line);

    char m_delimiter;
    std::vector<std::string_view> m_fields;
    // A deque, because growing it must not move the strings that earlier fields view.
    std::deque<std::string> m_unquoted;
};

// Picks the delimiter of a header or first line: doubleColon when the line contains "::",
// else the most frequent of , ; tab and | outside quotes. When decimalComma is set, ',' is
// chosen only if no other candidate occurs.
char detectDelimiter(std::string_view line, bool decimalComma);

// Reads a delimited ratings file; see readRatingsFile(). reference, when given, supplies
// the initial id maps.
Result<Dataset> readDelimitedRatings(const std::string &path, const ReadOptions &options,
                                     const ProgressCallback &progress, const Dataset *reference);

// Name of a delimiter for messages: "comma", "tab", ...
std::string delimiterName(char delimiter);

} // namespace RecStudio::Model
