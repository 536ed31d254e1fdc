#pragma once

#include <readers.h>

#include <QDialog>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

namespace RecStudio::Ui {

// Asks how to read a generic delimited ratings file: the delimiter, whether the first
// line is a header, which column contains the user, movie, rating and timestamp, the rating
// scale and the decimal separator. A preview of the first lines follows every choice.
class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ColumnMappingDialog(const QString &path, QWidget *parent = nullptr);

    Model::ReadOptions readOptions() const;

    // True for files the readers recognise without help: ratings.csv, u.data, uN.base
    // and uN.test.
    static bool isKnownLayout(const QString &path);

private:
    void readPreview(const QString &path);
    void updateColumns();
    void updatePreview();
    char delimiter() const;

    QStringList m_lines;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_hasHeader = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_item = nullptr;
    QComboBox *m_rating = nullptr;
    QComboBox *m_timestamp = nullptr;
    QDoubleSpinBox *m_minRating = nullptr;
    QDoubleSpinBox *m_maxRating = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace RecStudio::Ui
