#include "idmap.h"

#include <charconv>
#include <limits>
#include <stdexcept>

namespace RecStudio::Model {

namespace {

// splitmix64 finalizer: spreads consecutive ids over the whole table.
uint64_t mixBits(uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

uint64_t hashNumber(int64_t number)
{
    return mixBits(uint64_t(number));
}

// FNV-1a, then mixed; string ids are short.
uint64_t hashText(std::string_view text)
{
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= uint8_t(c);
        hash *= 0x100000001b3ULL;
    }
    return mixBits(hash);
}

// Parses text when it is the canonical decimal form of a 64-bit integer: an optional
// '-', no '+', no leading zero and no "-0", so that the text round-trips exactly.
bool parseCanonicalInteger(std::string_view text, int64_t &number)
{
    if (text.empty())
        return false;
    const bool negative = text.front() == '-';
    const std::string_view digits = negative ? text.substr(1) : text;
    if (digits.empty() || digits.front() < '0' || digits.front() > '9')
        return false;
    if (digits.front() == '0' && (digits.size() > 1 || negative))
        return false;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    return error == std::errc() && end == text.data() + text.size();
}

constexpr int32_t emptySlot = -1;

} // namespace

int32_t IdMap::findSlot(uint64_t hash, int64_t number) const
{
    const std::size_t mask = m_table.size() - 1;
    std::size_t slot = std::size_t(hash) & mask;
    while (m_table[slot] != emptySlot && m_numbers[std::size_t(m_table[slot])] != number)
        slot = (slot + 1) & mask;
    return int32_t(slot);
}

int32_t IdMap::findSlot(uint64_t hash, std::string_view text) const
{
    const std::size_t mask = m_table.size() - 1;
    std::size_t slot = std::size_t(hash) & mask;
    while (m_table[slot] != emptySlot && m_strings[std::size_t(m_table[slot])] != text)
        slot = (slot + 1) & mask;
    return int32_t(slot);
}

void IdMap::growTable(std::size_t minimumCapacity)
{
    std::size_t capacity = m_table.empty() ? 16 : m_table.size() * 2;
    while (capacity < minimumCapacity || capacity < std::size_t(size()) * 2 + 2)
        capacity *= 2;
    m_table.assign(capacity, emptySlot);
    for (int32_t index = 0; index < size(); ++index) {
        const std::size_t position = std::size_t(index);
        const int32_t slot = m_numeric
                                 ? findSlot(hashNumber(m_numbers[position]), m_numbers[position])
                                 : findSlot(hashText(m_strings[position]),
                                            std::string_view(m_strings[position]));
        m_table[std::size_t(slot)] = index;
    }
}

void IdMap::reserve(std::size_t count)
{
    if (m_numeric)
        m_numbers.reserve(count);
    else
        m_strings.reserve(count);
    if (m_table.size() < count * 2)
        growTable(count * 2);
}

int32_t IdMap::insert(int64_t rawId)
{
    if (!m_numeric)
        return insert(std::string_view(std::to_string(rawId)));
    if (std::size_t(size()) * 2 + 2 > m_table.size())
        growTable();
    const int32_t slot = findSlot(hashNumber(rawId), rawId);
    int32_t &entry = m_table[std::size_t(slot)];
    if (entry == emptySlot) {
        if (m_numbers.size() >= std::size_t(std::numeric_limits<int32_t>::max()))
            throw std::length_error("IdMap cannot store more than 2^31 - 1 ids");
        entry = int32_t(m_numbers.size());
        m_numbers.push_back(rawId);
    }
    return entry;
}

int32_t IdMap::insert(std::string_view rawId)
{
    if (m_numeric) {
        int64_t number = 0;
        if (parseCanonicalInteger(rawId, number))
            return insert(number);
        switchToStrings();
    }
    if (std::size_t(size()) * 2 + 2 > m_table.size())
        growTable();
    const int32_t slot = findSlot(hashText(rawId), rawId);
    int32_t &entry = m_table[std::size_t(slot)];
    if (entry == emptySlot) {
        if (m_strings.size() >= std::size_t(std::numeric_limits<int32_t>::max()))
            throw std::length_error("IdMap cannot store more than 2^31 - 1 ids");
        entry = int32_t(m_strings.size());
        m_strings.emplace_back(rawId);
    }
    return entry;
}

int32_t IdMap::find(int64_t rawId) const
{
    if (!m_numeric)
        return find(std::string_view(std::to_string(rawId)));
    if (m_table.empty())
        return -1;
    return m_table[std::size_t(findSlot(hashNumber(rawId), rawId))];
}

int32_t IdMap::find(std::string_view rawId) const
{
    if (m_numeric) {
        int64_t number = 0;
        // A text that is not a canonical integer cannot be in a numeric map.
        return parseCanonicalInteger(rawId, number) ? find(number) : -1;
    }
    if (m_table.empty())
        return -1;
    return m_table[std::size_t(findSlot(hashText(rawId), rawId))];
}

std::string IdMap::rawId(int32_t index) const
{
    if (index < 0 || index >= size())
        return {};
    return m_numeric ? std::to_string(m_numbers[std::size_t(index)])
                     : m_strings[std::size_t(index)];
}

int64_t IdMap::numericId(int32_t index) const
{
    if (!m_numeric || index < 0 || index >= size())
        return 0;
    return m_numbers[std::size_t(index)];
}

int32_t IdMap::size() const
{
    return int32_t(m_numeric ? m_numbers.size() : m_strings.size());
}

void IdMap::switchToStrings()
{
    m_strings.clear();
    m_strings.reserve(m_numbers.capacity());
    for (const int64_t number : m_numbers)
        m_strings.push_back(std::to_string(number));
    m_numbers.clear();
    m_numbers.shrink_to_fit();
    m_numeric = false;
    m_table.clear();
    growTable();
}

} // namespace RecStudio::Model
