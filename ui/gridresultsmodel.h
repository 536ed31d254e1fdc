#pragma once

#include <gridsearch.h>

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace RecStudio::Ui {

// One row per grid configuration that has started, with its best checkpoint so far.
// Rows are appended as configurations report their first point and updated in place
// afterwards; ConfigIndexRole gives the configuration index of a row.
class GridResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Configuration,
        Factors,
        Regularization,
        LearningRate,
        BestIteration,
        BestTestMse,
        BestTestRmse,
        TrainMse,
        Status,
        ColumnCount
    };

    enum class RunState { Running, Finished, Canceled, Diverged, Failed };

    struct Row
    {
        int configIndex = 0;
        Model::TrainConfig config;
        RunState state = RunState::Running;
        bool hasPoint = false;
        Model::GridPoint best; // lowest test MSE (train MSE without a test set)
        Model::GridPoint last;
        QString message;
    };

    explicit GridResultsModel(QObject *parent = nullptr);

    // Forgets every row; configurations gives the grid that rows will refer to.
    void reset(std::vector<Model::TrainConfig> configurations);
    void addPoint(const Model::GridPoint &point);
    void setState(int configIndex, RunState state, const QString &message = {});

    const std::vector<Model::TrainConfig> &configurations() const { return m_configurations; }
    // Row of a configuration, or -1 when it has not reported yet.
    int rowOfConfig(int configIndex) const;
    const Row *rowData(int configIndex) const;
    // Configuration with the lowest best test MSE, or -1.
    int bestConfig() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static double score(const Model::GridPoint &point);

    std::vector<Model::TrainConfig> m_configurations;
    QList<Row> m_rows;
    std::vector<int> m_rowOfConfig;
};

} // namespace RecStudio::Ui
