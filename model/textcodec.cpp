#include "textcodec.h"

#include <cstdint>

namespace RecStudio::Model {

std::string latin1ToUtf8(std::string_view latin1)
{
    std::string utf8;
    utf8.reserve(latin1.size() + latin1.size() / 8);
    for (const char c : latin1) {
        const auto byte = uint8_t(c);
        if (byte < 0x80) {
            utf8.push_back(c);
        } else {
            utf8.push_back(char(0xC0 | (byte >> 6)));
            utf8.push_back(char(0x80 | (byte & 0x3F)));
        }
    }
    return utf8;
}

bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    const std::size_t size = text.size();
    while (i < size) {
        const auto lead = uint8_t(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint32_t codePoint = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            return false;
        }
        if (i + std::size_t(length) > size)
            return false;
        for (int j = 1; j < length; ++j) {
            const auto next = uint8_t(text[i + std::size_t(j)]);
            if ((next & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        // The smallest code point of each length; anything below is an overlong form.
        uint32_t smallest = 0x10000;
        if (length == 2)
            smallest = 0x80;
        else if (length == 3)
            smallest = 0x800;
        if (codePoint < smallest || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += std::size_t(length);
    }
    return true;
}

std::string_view stripByteOrderMark(std::string_view text)
{
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    return text;
}

std::string_view trimSpaces(std::string_view text, bool keepTabs)
{
    const auto isSpace = [keepTabs](char c) { return c == ' ' || (!keepTabs && c == '\t'); };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

} // namespace RecStudio::Model
