#pragma once

#include "dataset.h"
#include "ratings.h"
#include "result.h"
#include "trainconfig.h"
#include "trainer.h"

#include <QCommandLineParser>
#include <QString>

#include <string>

namespace RecStudio::Cli {

// Ratings prepared for training: the dataset's id maps and catalogue, and the train and
// test ratings indexed by them. The dataset's own ratings are released once split.
struct PreparedData
{
    Model::Dataset dataset;
    Model::RatingColumns train;
    Model::RatingColumns test;
    std::string splitDescription;
    int32_t userCount = 0;
    int32_t itemCount = 0;
    bool hasTest = false;

    Model::TrainInput input() const
    {
        return {&train, hasTest ? &test : nullptr, userCount, itemCount};
    }
};

// Adds --test, --split, --test-per-user, --test-fraction and --min-train.
void addSplitOptions(QCommandLineParser &parser, const QString &defaultSplit);
// Adds the algorithm, the hyperparameters, --threads and --seed.
void addTrainOptions(QCommandLineParser &parser);

// Reads the options of addTrainOptions into a validated TrainConfig.
Model::Result<Model::TrainConfig> trainConfigFrom(const QCommandLineParser &parser);

// Loads path (a MovieLens or ml-100k folder or a ratings file, with titles from a
// movies.csv or u.item next to a file), then splits it per the options of
// addSplitOptions or reads the --test file with the same id maps.
Model::Result<PreparedData> prepareData(const QCommandLineParser &parser, const QString &path,
                                        uint64_t seed);

// Parses a comma-separated list such as "5,10,20".
Model::Result<std::vector<int32_t>> parseIntList(const QString &text, const QString &option);
Model::Result<std::vector<float>> parseFloatList(const QString &text, const QString &option);

} // namespace RecStudio::Cli
