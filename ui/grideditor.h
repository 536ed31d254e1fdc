#pragma once

#include <gridsearch.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace RecStudio::Ui {

// The grid of a search as the user writes it: the algorithm, comma-separated lists of
// factors, regularization values, learning rates and checkpoints, and how many
// configurations train at once. Starts from the training engine's default grid.
class GridEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit GridEditor(QWidget *parent = nullptr);

    // Builds the grid on top of base (every hyperparameter the grid does not vary), or
    // returns an error that names the invalid entry.
    Model::Result<Model::GridConfig> gridConfig(const Model::TrainConfig &base) const;

    // Sets the lists, written like "5, 10, 20".
    void setGridText(const QString &factors, const QString &regularization,
                     const QString &checkpoints, const QString &learningRates = {});
    void setAlgorithm(Model::Algorithm algorithm);
    void setMaxParallel(int configurations);

private:
    QComboBox *m_algorithm = nullptr;
    QLineEdit *m_factorsEdit = nullptr;
    QLineEdit *m_regularizationEdit = nullptr;
    QLineEdit *m_learningRatesEdit = nullptr;
    QLineEdit *m_checkpointsEdit = nullptr;
    QSpinBox *m_parallel = nullptr;
};

} // namespace RecStudio::Ui
