#pragma once

#include <QString>

namespace RecStudio::Ui {

// Folds text for case- and accent-insensitive matching: canonical decomposition (NFD),
// combining marks dropped, then Unicode case folding. "Amélie" and "AMELIE" both give
// "amelie".
QString foldForSearch(const QString &text);

} // namespace RecStudio::Ui
