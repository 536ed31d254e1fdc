#include "grideditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace RecStudio::Ui {

namespace {

template<typename T>
QString joinNumbers(const std::vector<T> &values)
{
    QStringList parts;
    for (const T value : values)
        parts.append(QLocale::c().toString(double(value), 'g', 6));
    return parts.join(QStringLiteral(", "));
}

// Parses "5, 10; 20" into numbers; returns false and names the bad entry on error.
bool parseList(const QString &text, std::vector<double> *values, QString *badEntry)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    values->clear();
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const double value = QLocale::c().toDouble(part, &ok);
        if (!ok || !std::isfinite(value)) {
            *badEntry = part;
            return false;
        }
        values->push_back(value);
    }
    return true;
}

} // namespace

GridEditor::GridEditor(QWidget *parent)
    : QWidget(parent)
{
    const Model::GridConfig defaults;
    m_algorithm = new QComboBox;
    m_algorithm->addItem(tr("ALS"), int(Model::Algorithm::Als));
    m_algorithm->addItem(tr("SGD"), int(Model::Algorithm::Sgd));
    m_algorithm->setToolTip(tr("Algorithm trained for every configuration; the other "
                               "hyperparameters come from the Training tab"));
    m_factorsEdit = new QLineEdit(joinNumbers(defaults.factors));
    m_factorsEdit->setToolTip(tr("Numbers of latent factors to try, separated by commas"));
    m_regularizationEdit = new QLineEdit(joinNumbers(defaults.regularization));
    m_regularizationEdit->setToolTip(tr("Regularization values λ to try, applied to all four "
                                        "penalty terms, separated by commas"));
    m_learningRatesEdit = new QLineEdit;
    m_learningRatesEdit->setPlaceholderText(tr("SGD only; empty uses the Training tab's rate"));
    m_learningRatesEdit->setToolTip(tr("SGD learning rates to try, separated by commas"));
    m_checkpointsEdit = new QLineEdit(joinNumbers(defaults.checkpoints));
    m_checkpointsEdit->setToolTip(tr("Iterations at which each run is scored; every "
                                     "configuration trains once up to the last one"));
    m_parallel = new QSpinBox;
    m_parallel->setRange(1, 64);
    m_parallel->setValue(defaults.maxParallel);
    m_parallel->setToolTip(tr("Configurations trained at the same time, one thread each"));

    auto form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Algorithm:"), m_algorithm);
    form->addRow(tr("Factors:"), m_factorsEdit);
    form->addRow(tr("Regularization λ:"), m_regularizationEdit);
    form->addRow(tr("Learning rates:"), m_learningRatesEdit);
    form->addRow(tr("Checkpoints:"), m_checkpointsEdit);
    form->addRow(tr("In parallel:"), m_parallel);
}

void GridEditor::setGridText(const QString &factors, const QString &regularization,
                             const QString &checkpoints, const QString &learningRates)
{
    m_factorsEdit->setText(factors);
    m_regularizationEdit->setText(regularization);
    m_checkpointsEdit->setText(checkpoints);
    m_learningRatesEdit->setText(learningRates);
}

void GridEditor::setAlgorithm(Model::Algorithm algorithm)
{
    m_algorithm->setCurrentIndex(std::max(0, m_algorithm->findData(int(algorithm))));
}

void GridEditor::setMaxParallel(int configurations)
{
    m_parallel->setValue(configurations);
}

Model::Result<Model::GridConfig> GridEditor::gridConfig(const Model::TrainConfig &base) const
{
    Model::GridConfig grid;
    grid.base = base;
    grid.base.algorithm = Model::Algorithm(m_algorithm->currentData().toInt());
    // Each configuration gets one thread; the pool runs several side by side.
    grid.base.threads = 1;
    grid.maxParallel = m_parallel->value();

    std::vector<double> values;
    QString bad;
    const auto parse = [&](QLineEdit *edit, const QString &field) -> bool {
        if (parseList(edit->text(), &values, &bad))
            return true;
        bad = tr("Invalid %1 entry '%2': write numbers separated by commas.").arg(field, bad);
        return false;
    };
    if (!parse(m_factorsEdit, tr("factors")))
        return Model::Error{bad.toStdString()};
    grid.factors.assign(values.begin(), values.end());
    if (!parse(m_regularizationEdit, tr("regularization")))
        return Model::Error{bad.toStdString()};
    grid.regularization.assign(values.begin(), values.end());
    if (!parse(m_learningRatesEdit, tr("learning rate")))
        return Model::Error{bad.toStdString()};
    grid.learningRates.assign(values.begin(), values.end());
    if (!parse(m_checkpointsEdit, tr("checkpoint")))
        return Model::Error{bad.toStdString()};
    grid.checkpoints.assign(values.begin(), values.end());
    std::sort(grid.checkpoints.begin(), grid.checkpoints.end());
    grid.checkpoints.erase(std::unique(grid.checkpoints.begin(), grid.checkpoints.end()),
                           grid.checkpoints.end());
    if (Model::Status valid = grid.validate(); !valid.ok())
        return Model::Error{valid.error()};
    return grid;
}

} // namespace RecStudio::Ui
