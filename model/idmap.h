#pragma once

#include <cstdint>
#include <string>
#include <string_view>
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
    void growTable(std::size_t minimumCapacity = 0);
    int32_t findSlot(uint64_t hash, int64_t number) const;
    int32_t findSlot(uint64_t hash, std::string_view text) const;

    // Open-addressing hash table (linear probing) of indices into m_numbers or
    // m_strings; -1 marks an empty slot. Its size is a power of two, at most half full.
    bool m_numeric = true;
    std::vector<int64_t> m_numbers;
    std::vector<std::string> m_strings;
    std::vector<int32_t> m_table;
};

} // namespace RecStudio::Model
