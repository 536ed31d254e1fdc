#pragma once

#include <Qt>

namespace RecStudio::Ui {

// Item data roles shared by the models in ui/. DisplayRole carries formatted text for
// people; these roles carry the values that sorting, selection and tests work with.
enum ItemDataRole {
    RawValueRole = Qt::UserRole + 1, // the unformatted number or text behind a cell
    ConfigIndexRole,                 // grid search: index of the configuration of a row
    ItemIndexRole,                   // dense item index of a movie in the current dataset
    UserIndexRole,                   // dense user index in the current dataset
    FoldedTextRole,                  // case- and accent-folded title, for completion
};

} // namespace RecStudio::Ui
