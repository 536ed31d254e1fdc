#include "gridresultsmodel.h"

#include "roles.h"

#include <QLocale>

#include <limits>

namespace RecStudio::Ui {

GridResultsModel::GridResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void GridResultsModel::reset(std::vector<Model::TrainConfig> configurations)
{
    beginResetModel();
    m_configurations = std::move(configurations);
    m_rows.clear();
    m_rowOfConfig.assign(m_configurations.size(), -1);
    endResetModel();
}

double GridResultsModel::score(const Model::GridPoint &point)
{
    return point.test.count > 0 ? point.test.mse : point.train.mse;
}

void GridResultsModel::addPoint(const Model::GridPoint &point)
{
    if (point.configIndex < 0 || std::size_t(point.configIndex) >= m_configurations.size())
        return;
    int row = m_rowOfConfig[std::size_t(point.configIndex)];
    if (row < 0) {
        row = int(m_rows.size());
        beginInsertRows({}, row, row);
        Row added;
        added.configIndex = point.configIndex;
        added.config = m_configurations[std::size_t(point.configIndex)];
        m_rows.append(added);
        m_rowOfConfig[std::size_t(point.configIndex)] = row;
        endInsertRows();
    }
    Row &entry = m_rows[row];
    entry.last = point;
    if (!entry.hasPoint || score(point) < score(entry.best))
        entry.best = point;
    entry.hasPoint = true;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GridResultsModel::setState(int configIndex, RunState state, const QString &message)
{
    const int row = rowOfConfig(configIndex);
    if (row < 0)
        return;
    m_rows[row].state = state;
    m_rows[row].message = message;
    emit dataChanged(index(row, Status), index(row, Status));
}

int GridResultsModel::rowOfConfig(int configIndex) const
{
    if (configIndex < 0 || std::size_t(configIndex) >= m_rowOfConfig.size())
        return -1;
    return m_rowOfConfig[std::size_t(configIndex)];
}

const GridResultsModel::Row *GridResultsModel::rowData(int configIndex) const
{
    const int row = rowOfConfig(configIndex);
    return row < 0 ? nullptr : &m_rows[row];
}

int GridResultsModel::bestConfig() const
{
    int best = -1;
    double bestScore = std::numeric_limits<double>::infinity();
    for (const Row &row : m_rows) {
        if (row.hasPoint && score(row.best) < bestScore) {
            bestScore = score(row.best);
            best = row.configIndex;
        }
    }
    return best;
}

int GridResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GridResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GridResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == ConfigIndexRole)
        return row.configIndex;
    if (role == Qt::ToolTipRole)
        return row.message.isEmpty() ? QVariant() : QVariant(row.message);
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(index.column() == Status ? Qt::AlignLeft | Qt::AlignVCenter
                                                            : Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};

    const bool raw = role == RawValueRole;
    const QLocale locale;
    const auto number = [&](double value, int decimals) -> QVariant {
        if (raw)
            return value;
        return locale.toString(value, 'f', decimals);
    };
    switch (Column(index.column())) {
    case Configuration:
        return raw ? QVariant(row.configIndex) : QVariant(locale.toString(row.configIndex + 1));
    case Factors:
        return raw ? QVariant(row.config.factors) : QVariant(locale.toString(row.config.factors));
    case Regularization:
        return raw ? QVariant(double(row.config.userFactorReg))
                   : QVariant(locale.toString(double(row.config.userFactorReg), 'g', 4));
    case LearningRate:
        if (row.config.algorithm != Model::Algorithm::Sgd)
            return raw ? QVariant(0.0) : QVariant(QStringLiteral("–"));
        return raw ? QVariant(double(row.config.learningRate))
                   : QVariant(locale.toString(double(row.config.learningRate), 'g', 4));
    case BestIteration:
        return raw ? QVariant(row.best.iteration) : QVariant(locale.toString(row.best.iteration));
    case BestTestMse:
        return number(row.best.test.count > 0 ? row.best.test.mse : row.best.train.mse, 4);
    case BestTestRmse:
        return number(row.best.test.count > 0 ? row.best.test.rmse : row.best.train.rmse, 4);
    case TrainMse:
        return number(row.best.train.mse, 4);
    case Status:
        switch (row.state) {
        case RunState::Running:
            return raw ? QVariant(0)
                       : QVariant(tr("running (iteration %1)").arg(row.last.iteration));
        case RunState::Finished:
            return raw ? QVariant(1) : QVariant(tr("finished"));
        case RunState::Canceled:
            return raw ? QVariant(2) : QVariant(tr("canceled"));
        case RunState::Diverged:
            return raw ? QVariant(3) : QVariant(tr("diverged"));
        case RunState::Failed:
            return raw ? QVariant(4) : QVariant(tr("failed"));
        }
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant GridResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Configuration:
        return tr("#", "column title: configuration number");
    case Factors:
        return tr("Factors", "column title: number of latent factors");
    case Regularization:
        return tr("λ", "column title: regularization");
    case LearningRate:
        return tr("Rate", "column title: SGD learning rate");
    case BestIteration:
        return tr("Best iter.", "column title: iteration with the lowest test error");
    case BestTestMse:
        return tr("Test MSE", "column title: lowest test mean squared error");
    case BestTestRmse:
        return tr("Test RMSE", "column title: test root mean squared error at the best iteration");
    case TrainMse:
        return tr("Train MSE", "column title: train mean squared error at the best iteration");
    case Status:
        return tr("Status", "column title: state of the configuration's run");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace RecStudio::Ui
