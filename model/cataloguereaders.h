#pragma once

#include <string>
#include <vector>

namespace RecStudio::Model {

// Reads the genre names of an ml-100k u.genre file ("name|index" lines, Latin-1) in index
// order. Returns the built-in ml-100k names when the file is missing, and fills any index
// the file lacks from them.
std::vector<std::string> readMl100kGenreNames(const std::string &path);

} // namespace RecStudio::Model
