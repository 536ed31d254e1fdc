#pragma once

#include <split.h>
#include <trainconfig.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
QT_END_NAMESPACE

namespace RecStudio::Ui {

// The hyperparameter and split controls of the Training tab. Starts from the training
// engine's defaults (or the last values used, kept in QSettings) and enables only the
// controls that matter for the chosen algorithm and split strategy.
class TrainingSettingsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingSettingsForm(QWidget *parent = nullptr);

    Model::TrainConfig trainConfig() const;
    void setTrainConfig(const Model::TrainConfig &config);
    Model::SplitConfig splitConfig() const;
    void setSplitConfig(const Model::SplitConfig &config);

    // Stores the current values as the "last hyperparameters" and reads them back.
    void saveSettings() const;
    void restoreSettings();

signals:
    void changed();

private:
    void updateEnabledControls();

    QComboBox *m_algorithm = nullptr;
    QSpinBox *m_factors = nullptr;
    QSpinBox *m_epochs = nullptr;
    QDoubleSpinBox *m_userFactorReg = nullptr;
    QDoubleSpinBox *m_itemFactorReg = nullptr;
    QDoubleSpinBox *m_userBiasReg = nullptr;
    QDoubleSpinBox *m_itemBiasReg = nullptr;
    QComboBox *m_scaling = nullptr;
    QComboBox *m_alsSolver = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QDoubleSpinBox *m_decay = nullptr;
    QCheckBox *m_parallelSgd = nullptr;
    QComboBox *m_splitStrategy = nullptr;
    QSpinBox *m_testPerUser = nullptr;
    QDoubleSpinBox *m_testFraction = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_threads = nullptr;
};

} // namespace RecStudio::Ui
