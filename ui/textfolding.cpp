#include "textfolding.h"

namespace RecStudio::Ui {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar character : decomposed) {
        // Decomposition moves accents into separate combining marks, so dropping the
        // marks leaves the base letters.
        const QChar::Category category = character.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        folded.append(character);
    }
    return folded.toCaseFolded();
}

} // namespace RecStudio::Ui
