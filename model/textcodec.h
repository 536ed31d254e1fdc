#pragma once

#include <string>
#include <string_view>

namespace RecStudio::Model {

// Decodes ISO-8859-1 (Latin-1) bytes to UTF-8. Every byte maps to the code point of the
// same value, so the conversion cannot fail and never produces U+FFFD.
std::string latin1ToUtf8(std::string_view latin1);

// True when text is well-formed UTF-8 (no overlong forms, no surrogates, <= U+10FFFF).
bool isValidUtf8(std::string_view text);

// Removes a leading UTF-8 byte order mark.
std::string_view stripByteOrderMark(std::string_view text);

// Removes leading and trailing spaces (and tabs unless keepTabs).
std::string_view trimSpaces(std::string_view text, bool keepTabs = false);

// ASCII case-insensitive comparison.
bool equalsIgnoringCase(std::string_view a, std::string_view b);

} // namespace RecStudio::Model
