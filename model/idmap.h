#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace RecStudio::Model {

// Bijection between raw ids as they appear in the input (64-bit integers or arbitrary
// strings: 0, negative numbers and values above 2^53 are kept exactly) and dense
// 0-based indices in order of first appearance. Memory grows with the number of
// distinct ids, never with the largest id.
//
// A map starts numeric; the first id that is not a canonical 64-bit integer switches
// it to string mode, which keeps every earlier id as its decimal text.
class IdMap
{
public:
    // Returns the index of rawId, inserting it when new.
    int32_t insert(std::string_view rawId);
    int32_t insert(int64_t rawId);

    // Returns the index of rawId, or -1 when the map does not contain it.
    int32_t find(std::string_view rawId) const;
    int32_t find(int64_t rawId) const;

    // The raw id of index as text, exactly as read.
    std::string rawId(int32_t index) const;
    // The raw id of index as an integer; only valid when isNumeric().
    int64_t numericId(int32_t index) const;

    bool isNumeric() const { return m_numeric; }
    int32_t size() const;
    bool empty() const { return size() == 0; }
    void reserve(std::size_t count);

private:
    void switchToStrings();

    bool m_numeric = true;
    std::vector<int64_t> m_numbers;
    std::unordered_map<int64_t, int32_t> m_numberIndex;
    std::vector<std::string> m_strings;
    std::unordered_map<std::string, int32_t> m_stringIndex;
};

} // namespace RecStudio::Model
