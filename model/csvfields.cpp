#include "csvreader.h"

#include <array>
#include <cstring>

namespace RecStudio::Model {

bool FieldSplitter::split(std::string_view line)
{
    m_fields.clear();
    if (m_delimiter == doubleColon)
        return splitDoubleColon(line);
    if (std::memchr(line.data(), '"', line.size()) != nullptr)
        return splitQuoted(line);

    const char *begin = line.data();
    const char *const end = begin + line.size();
    for (;;) {
        const auto *next = static_cast<const char *>(
            std::memchr(begin, m_delimiter, std::size_t(end - begin)));
        if (next == nullptr) {
            m_fields.emplace_back(begin, std::size_t(end - begin));
            return true;
        }
        m_fields.emplace_back(begin, std::size_t(next - begin));
        begin = next + 1;
    }
}

// MovieLens 1M and 10M .dat files separate fields by "::" and do not quote.
bool FieldSplitter::splitDoubleColon(std::string_view line)
{
    std::size_t start = 0;
    for (;;) {
        const std::size_t next = line.find("::", start);
        if (next == std::string_view::npos) {
            m_fields.emplace_back(line.substr(start));
            return true;
        }
        m_fields.emplace_back(line.substr(start, next - start));
        start = next + 2;
    }
}

bool FieldSplitter::splitQuoted(std::string_view line)
{
    std::size_t i = 0;
    std::size_t quotedCount = 0;
    for (;;) {
        // Spaces before an opening quote are allowed, as many writers emit "a, "b"".
        std::size_t start = i;
        while (start < line.size() && line[start] == ' ')
            ++start;
        if (start < line.size() && line[start] == '"') {
            if (m_unquoted.size() <= quotedCount)
                m_unquoted.emplace_back();
            std::string &text = m_unquoted[quotedCount++];
            text.clear();
            std::size_t j = start + 1;
            for (;;) {
                if (j >= line.size())
                    return false; // unclosed quote
                if (line[j] == '"') {
                    if (j + 1 < line.size() && line[j + 1] == '"') {
                        text.push_back('"');
                        j += 2;
                        continue;
                    }
                    ++j;
                    break;
                }
                text.push_back(line[j++]);
            }
            while (j < line.size() && line[j] == ' ')
                ++j;
            m_fields.emplace_back(text);
            if (j == line.size())
                return true;
            if (line[j] != m_delimiter)
                return false;
            i = j + 1;
            continue;
        }
        const std::size_t next = line.find(m_delimiter, i);
        if (next == std::string_view::npos) {
            m_fields.emplace_back(line.substr(i));
            return true;
        }
        m_fields.emplace_back(line.substr(i, next - i));
        i = next + 1;
    }
}

char detectDelimiter(std::string_view line, bool decimalComma)
{
    if (line.find("::") != std::string_view::npos)
        return doubleColon;
    constexpr std::array<char, 4> candidates{',', ';', '\t', '|'};
    std::array<int, 4> counts{};
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        if (quoted)
            continue;
        for (std::size_t k = 0; k < candidates.size(); ++k)
            counts[k] += c == candidates[k] ? 1 : 0;
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    if (decimalComma && best == 0) {
        for (std::size_t k = 1; k < candidates.size(); ++k) {
            if (counts[k] > 0 && (best == 0 || counts[k] > counts[best]))
                best = k;
        }
    }
    return counts[best] > 0 ? candidates[best] : ',';
}

std::string delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return "comma";
    case ';':
        return "semicolon";
    case '\t':
        return "tab";
    case '|':
        return "pipe";
    case doubleColon:
        return "'::'";
    default:
        return std::string("'") + delimiter + "'";
    }
}

} // namespace RecStudio::Model
