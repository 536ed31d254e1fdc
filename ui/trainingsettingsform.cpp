#include "trainingsettingsform.h"

#include "settingvalue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace RecStudio::Ui {

namespace {

const Model::TrainConfig engineDefaults;
const Model::SplitConfig splitDefaults;

// The last hyperparameters used, restored at the next start.
const SettingValue<int> algorithmSetting{QStringLiteral("training/algorithm"),
                                         int(engineDefaults.algorithm)};
const SettingValue<int> factorsSetting{QStringLiteral("training/factors"), engineDefaults.factors};
const SettingValue<int> epochsSetting{QStringLiteral("training/epochs"), engineDefaults.epochs};
const SettingValue<double> userFactorRegSetting{QStringLiteral("training/userFactorReg"),
                                                engineDefaults.userFactorReg};
const SettingValue<double> itemFactorRegSetting{QStringLiteral("training/itemFactorReg"),
                                                engineDefaults.itemFactorReg};
const SettingValue<double> userBiasRegSetting{QStringLiteral("training/userBiasReg"),
                                              engineDefaults.userBiasReg};
const SettingValue<double> itemBiasRegSetting{QStringLiteral("training/itemBiasReg"),
                                              engineDefaults.itemBiasReg};
const SettingValue<int> scalingSetting{QStringLiteral("training/scaling"),
                                       int(engineDefaults.scaling)};
const SettingValue<int> alsSolverSetting{QStringLiteral("training/alsSolver"),
                                         int(engineDefaults.alsSolver)};
const SettingValue<double> learningRateSetting{QStringLiteral("training/learningRate"),
                                               engineDefaults.learningRate};
const SettingValue<double> decaySetting{QStringLiteral("training/learningRateDecay"),
                                        engineDefaults.learningRateDecay};
const SettingValue<bool> parallelSgdSetting{QStringLiteral("training/parallelSgd"),
                                            engineDefaults.parallelSgd};
const SettingValue<int> splitStrategySetting{QStringLiteral("training/splitStrategy"),
                                             int(splitDefaults.strategy)};
const SettingValue<int> testPerUserSetting{QStringLiteral("training/testPerUser"),
                                           splitDefaults.testPerUser};
const SettingValue<double> testFractionSetting{QStringLiteral("training/testFraction"),
                                               splitDefaults.testFraction};
const SettingValue<int> seedSetting{QStringLiteral("training/seed"), int(engineDefaults.seed)};
const SettingValue<int> threadsSetting{QStringLiteral("training/threads"),
                                       std::max(1, QThread::idealThreadCount())};

QDoubleSpinBox *regularizationBox(const QString &toolTip)
{
    auto box = new QDoubleSpinBox;
    box->setRange(0.0, 1000.0);
    box->setDecimals(4);
    box->setSingleStep(0.01);
    box->setToolTip(toolTip);
    return box;
}

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

TrainingSettingsForm::TrainingSettingsForm(QWidget *parent)
    : QWidget(parent)
{
    m_algorithm = new QComboBox;
    m_algorithm->addItem(tr("ALS (alternating least squares)"), int(Model::Algorithm::Als));
    m_algorithm->addItem(tr("SGD (stochastic gradient descent)"), int(Model::Algorithm::Sgd));
    m_algorithm->addItem(tr("Baseline: user and movie biases"), int(Model::Algorithm::Biases));
    m_algorithm->addItem(tr("Baseline: global mean"), int(Model::Algorithm::GlobalMean));
    m_algorithm->setToolTip(tr("How the factor model is fitted. The baselines have no "
                               "factors and show what the factors add."));

    m_factors = new QSpinBox;
    m_factors->setRange(1, 1024);
    m_factors->setToolTip(tr("Number of latent factors per user and per movie (the length "
                             "of each embedding vector)"));
    m_epochs = new QSpinBox;
    m_epochs->setRange(1, 100000);
    m_epochs->setToolTip(tr("Number of passes over the training ratings"));

    m_userFactorReg = regularizationBox(tr("L2 penalty on the user factors (λ, unitless)"));
    m_itemFactorReg = regularizationBox(tr("L2 penalty on the movie factors (λ, unitless)"));
    m_userBiasReg = regularizationBox(tr("L2 penalty on the user biases (λ, unitless)"));
    m_itemBiasReg = regularizationBox(tr("L2 penalty on the movie biases (λ, unitless)"));

    m_scaling = new QComboBox;
    m_scaling->addItem(tr("Plain λ"), int(Model::RegularizationScaling::Plain));
    m_scaling->addItem(tr("λ × ratings in the row (ALS-WR)"),
                       int(Model::RegularizationScaling::ByRowCount));
    m_scaling->setToolTip(tr("Whether each row's penalty grows with its number of ratings"));

    m_alsSolver = new QComboBox;
    m_alsSolver->addItem(tr("Exact (Cholesky)"), int(Model::AlsSolver::Cholesky));
    m_alsSolver->addItem(tr("Fast (conjugate gradient)"),
                         int(Model::AlsSolver::ConjugateGradient));
    m_alsSolver->setToolTip(tr("ALS only: solve each row exactly, or take a few conjugate "
                               "gradient steps, which is faster with many factors"));

    m_learningRate = new QDoubleSpinBox;
    m_learningRate->setRange(0.00001, 10.0);
    m_learningRate->setDecimals(5);
    m_learningRate->setSingleStep(0.001);
    m_learningRate->setToolTip(tr("SGD only: step size of each gradient update (unitless)"));
    m_decay = new QDoubleSpinBox;
    m_decay->setRange(0.01, 1.0);
    m_decay->setDecimals(3);
    m_decay->setSingleStep(0.01);
    m_decay->setToolTip(tr("SGD only: factor applied to the learning rate after each epoch; "
                           "1 keeps it constant"));
    m_parallelSgd = new QCheckBox(tr("Parallel SGD"));
    m_parallelSgd->setToolTip(tr("SGD only: update blocks of the matrix on several threads. "
                                 "Faster, but results vary slightly from run to run."));

    m_splitStrategy = new QComboBox;
    m_splitStrategy->addItem(tr("Per user: k random ratings to test"),
                             int(Model::SplitStrategy::Holdout));
    m_splitStrategy->addItem(tr("Random fraction of all ratings"),
                             int(Model::SplitStrategy::Random));
    m_splitStrategy->addItem(tr("Per user: k most recent ratings to test"),
                             int(Model::SplitStrategy::Temporal));
    m_splitStrategy->setToolTip(tr("How ratings are divided into a training set and a test "
                                   "set"));
    m_testPerUser = new QSpinBox;
    m_testPerUser->setRange(1, 1000);
    m_testPerUser->setToolTip(tr("Ratings per user moved to the test set (k). Users with "
                                 "too few ratings keep at least one in training."));
    m_testFraction = new QDoubleSpinBox;
    m_testFraction->setRange(0.01, 0.9);
    m_testFraction->setDecimals(2);
    m_testFraction->setSingleStep(0.05);
    m_testFraction->setToolTip(tr("Share of all ratings moved to the test set (0.01 to 0.9)"));

    m_seed = new QSpinBox;
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("Seed of the random split and initialization: the same seed gives "
                          "the same result"));
    m_threads = new QSpinBox;
    m_threads->setRange(1, 256);
    m_threads->setToolTip(tr("Worker threads used for training (this machine has %1 cores)")
                              .arg(QThread::idealThreadCount()));

    auto modelBox = new QGroupBox(tr("Model"));
    auto modelForm = new QFormLayout(modelBox);
    modelForm->addRow(tr("Algorithm:"), m_algorithm);
    modelForm->addRow(tr("Factors:"), m_factors);
    modelForm->addRow(tr("Epochs:"), m_epochs);
    modelForm->addRow(tr("User factor λ:"), m_userFactorReg);
    modelForm->addRow(tr("Movie factor λ:"), m_itemFactorReg);
    modelForm->addRow(tr("User bias λ:"), m_userBiasReg);
    modelForm->addRow(tr("Movie bias λ:"), m_itemBiasReg);
    modelForm->addRow(tr("Scaling:"), m_scaling);
    modelForm->addRow(tr("ALS solver:"), m_alsSolver);
    modelForm->addRow(tr("Learning rate:"), m_learningRate);
    modelForm->addRow(tr("Rate decay:"), m_decay);
    modelForm->addRow(QString(), m_parallelSgd);

    auto splitBox = new QGroupBox(tr("Evaluation"));
    auto splitForm = new QFormLayout(splitBox);
    splitForm->addRow(tr("Split:"), m_splitStrategy);
    splitForm->addRow(tr("Test ratings per user:"), m_testPerUser);
    splitForm->addRow(tr("Test fraction:"), m_testFraction);
    splitForm->addRow(tr("Seed:"), m_seed);
    splitForm->addRow(tr("Threads:"), m_threads);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(modelBox);
    layout->addWidget(splitBox);
    layout->addStretch();

    setTrainConfig(engineDefaults);
    setSplitConfig(splitDefaults);
    m_threads->setValue(threadsSetting.defaultValue());

    for (QComboBox *combo : {m_algorithm, m_scaling, m_alsSolver, m_splitStrategy}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabledControls();
            emit changed();
        });
    }
    for (QSpinBox *box : {m_factors, m_epochs, m_testPerUser, m_seed, m_threads})
        connect(box, &QSpinBox::valueChanged, this, &TrainingSettingsForm::changed);
    for (QDoubleSpinBox *box : {m_userFactorReg, m_itemFactorReg, m_userBiasReg, m_itemBiasReg,
                                m_learningRate, m_decay, m_testFraction})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingSettingsForm::changed);
    connect(m_parallelSgd, &QCheckBox::toggled, this, &TrainingSettingsForm::changed);
    updateEnabledControls();
}

Model::TrainConfig TrainingSettingsForm::trainConfig() const
{
    Model::TrainConfig config;
    config.algorithm = Model::Algorithm(m_algorithm->currentData().toInt());
    config.factors = m_factors->value();
    config.epochs = m_epochs->value();
    config.userFactorReg = float(m_userFactorReg->value());
    config.itemFactorReg = float(m_itemFactorReg->value());
    config.userBiasReg = float(m_userBiasReg->value());
    config.itemBiasReg = float(m_itemBiasReg->value());
    config.scaling = Model::RegularizationScaling(m_scaling->currentData().toInt());
    config.alsSolver = Model::AlsSolver(m_alsSolver->currentData().toInt());
    config.learningRate = float(m_learningRate->value());
    config.learningRateDecay = float(m_decay->value());
    config.parallelSgd = m_parallelSgd->isChecked();
    config.threads = m_threads->value();
    config.seed = uint64_t(m_seed->value());
    return config;
}

void TrainingSettingsForm::setTrainConfig(const Model::TrainConfig &config)
{
    selectData(m_algorithm, int(config.algorithm));
    m_factors->setValue(config.factors);
    m_epochs->setValue(config.epochs);
    m_userFactorReg->setValue(config.userFactorReg);
    m_itemFactorReg->setValue(config.itemFactorReg);
    m_userBiasReg->setValue(config.userBiasReg);
    m_itemBiasReg->setValue(config.itemBiasReg);
    selectData(m_scaling, int(config.scaling));
    selectData(m_alsSolver, int(config.alsSolver));
    m_learningRate->setValue(config.learningRate);
    m_decay->setValue(config.learningRateDecay);
    m_parallelSgd->setChecked(config.parallelSgd);
    m_threads->setValue(config.threads);
    m_seed->setValue(int(std::min<uint64_t>(config.seed, uint64_t(m_seed->maximum()))));
}

Model::SplitConfig TrainingSettingsForm::splitConfig() const
{
    Model::SplitConfig config;
    config.strategy = Model::SplitStrategy(m_splitStrategy->currentData().toInt());
    config.testPerUser = m_testPerUser->value();
    config.testFraction = m_testFraction->value();
    config.seed = uint64_t(m_seed->value());
    return config;
}

void TrainingSettingsForm::setSplitConfig(const Model::SplitConfig &config)
{
    selectData(m_splitStrategy, int(config.strategy));
    m_testPerUser->setValue(config.testPerUser);
    m_testFraction->setValue(config.testFraction);
}

void TrainingSettingsForm::saveSettings() const
{
    const Model::TrainConfig config = trainConfig();
    const Model::SplitConfig split = splitConfig();
    QSettings settings;
    algorithmSetting.set(int(config.algorithm), settings);
    factorsSetting.set(config.factors, settings);
    epochsSetting.set(config.epochs, settings);
    userFactorRegSetting.set(config.userFactorReg, settings);
    itemFactorRegSetting.set(config.itemFactorReg, settings);
    userBiasRegSetting.set(config.userBiasReg, settings);
    itemBiasRegSetting.set(config.itemBiasReg, settings);
    scalingSetting.set(int(config.scaling), settings);
    alsSolverSetting.set(int(config.alsSolver), settings);
    learningRateSetting.set(config.learningRate, settings);
    decaySetting.set(config.learningRateDecay, settings);
    parallelSgdSetting.set(config.parallelSgd, settings);
    splitStrategySetting.set(int(split.strategy), settings);
    testPerUserSetting.set(split.testPerUser, settings);
    testFractionSetting.set(split.testFraction, settings);
    seedSetting.set(int(config.seed), settings);
    threadsSetting.set(config.threads, settings);
}

void TrainingSettingsForm::restoreSettings()
{
    const QSettings settings;
    Model::TrainConfig config;
    config.algorithm = Model::Algorithm(algorithmSetting.get(settings));
    config.factors = factorsSetting.get(settings);
    config.epochs = epochsSetting.get(settings);
    config.userFactorReg = float(userFactorRegSetting.get(settings));
    config.itemFactorReg = float(itemFactorRegSetting.get(settings));
    config.userBiasReg = float(userBiasRegSetting.get(settings));
    config.itemBiasReg = float(itemBiasRegSetting.get(settings));
    config.scaling = Model::RegularizationScaling(scalingSetting.get(settings));
    config.alsSolver = Model::AlsSolver(alsSolverSetting.get(settings));
    config.learningRate = float(learningRateSetting.get(settings));
    config.learningRateDecay = float(decaySetting.get(settings));
    config.parallelSgd = parallelSgdSetting.get(settings);
    config.seed = uint64_t(std::max(0, seedSetting.get(settings)));
    config.threads = threadsSetting.get(settings);
    // Values outside the engine's ranges (an edited settings file) fall back to defaults.
    setTrainConfig(config.validate().ok() ? config : engineDefaults);

    Model::SplitConfig split;
    split.strategy = Model::SplitStrategy(splitStrategySetting.get(settings));
    split.testPerUser = testPerUserSetting.get(settings);
    split.testFraction = testFractionSetting.get(settings);
    split.seed = config.seed;
    setSplitConfig(split.validate().ok() ? split : splitDefaults);
}

void TrainingSettingsForm::updateEnabledControls()
{
    const auto algorithm = Model::Algorithm(m_algorithm->currentData().toInt());
    const bool factorModel = algorithm == Model::Algorithm::Als
                             || algorithm == Model::Algorithm::Sgd;
    const bool sgd = algorithm == Model::Algorithm::Sgd;
    m_factors->setEnabled(factorModel);
    m_userFactorReg->setEnabled(factorModel);
    m_itemFactorReg->setEnabled(factorModel);
    m_userBiasReg->setEnabled(algorithm != Model::Algorithm::GlobalMean);
    m_itemBiasReg->setEnabled(algorithm != Model::Algorithm::GlobalMean);
    m_scaling->setEnabled(algorithm != Model::Algorithm::GlobalMean);
    m_alsSolver->setEnabled(algorithm == Model::Algorithm::Als);
    m_learningRate->setEnabled(sgd);
    m_decay->setEnabled(sgd);
    m_parallelSgd->setEnabled(sgd);

    const auto strategy = Model::SplitStrategy(m_splitStrategy->currentData().toInt());
    m_testPerUser->setEnabled(strategy != Model::SplitStrategy::Random);
    m_testFraction->setEnabled(strategy == Model::SplitStrategy::Random);
}

} // namespace RecStudio::Ui
