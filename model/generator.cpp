#include "generator.h"

#include "csvwriter.h"
#include "generatorcore.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace RecStudio::Model {

Status GeneratorConfig::validate() const
{
    if (users < 1)
        return Error{"users is " + std::to_string(users) + ": generate at least 1 user."};
    if (items < 1)
        return Error{"items is " + std::to_string(items) + ": generate at least 1 item."};
    if (ratings < users)
        return Error{"ratings is " + std::to_string(ratings)
                     + ": it must be at least the number of users (" + std::to_string(users)
                     + ") so that every user has a rating."};
    if (double(ratings) > double(users) * double(items))
        return Error{"ratings is " + std::to_string(ratings)
                     + ": it cannot exceed users x items ("
                     + std::to_string(int64_t(users) * int64_t(items)) + ")."};
    if (factors < 1 || factors > 256)
        return Error{"factors is " + std::to_string(factors) + ": use 1 to 256."};
    if (genres < 1 || genres > int32_t(GeneratorModel::genreNames().size()))
        return Error{"genres is " + std::to_string(genres) + ": use 1 to "
                     + std::to_string(GeneratorModel::genreNames().size()) + "."};
    for (const auto &[value, field] :
         {std::pair{noise, "noise"}, std::pair{userBiasStdDev, "userBiasStdDev"},
          std::pair{itemBiasStdDev, "itemBiasStdDev"}, std::pair{factorStdDev, "factorStdDev"},
          std::pair{popularityExponent, "popularityExponent"}}) {
        if (!std::isfinite(value) || value < 0.0)
            return Error{std::string(field) + " is " + std::to_string(value)
                         + ": it must be a finite number of 0 or more."};
    }
    if (!std::isfinite(globalMean))
        return Error{"globalMean must be a finite number."};
    return success();
}

GeneratedDataset generateWithTruth(const GeneratorConfig &config)
{
    GeneratedDataset result;
    Dataset &dataset = result.dataset;
    GroundTruth &truth = result.truth;
    if (!config.validate())
        return result;

    GeneratorModel model(config);
    dataset.name = "synthetic-" + std::to_string(config.seed);
    dataset.ratings.reserve(std::size_t(config.ratings));
    double squaredResidual = 0.0;
    std::vector<uint8_t> itemRated(std::size_t(config.items), 0);
    model.generate([&](const GeneratedUser &user) {
        for (std::size_t j = 0; j < user.items.size(); ++j) {
            dataset.ratings.push_back(user.index, user.items[j], user.ratings[j],
                                      user.timestamps[j]);
            const double residual = double(user.ratings[j]) - user.clean[j];
            squaredResidual += residual * residual;
            itemRated[std::size_t(user.items[j])] = 1;
        }
        return true;
    });

    // Users all have ratings; items get indices in increasing id order among rated items,
    // so the dataset holds only ids with ratings.
    for (int32_t user = 0; user < config.users; ++user)
        dataset.users.insert(int64_t(user) + 1);
    std::vector<int32_t> itemIndex(std::size_t(config.items), -1);
    for (int32_t item = 0; item < config.items; ++item) {
        if (itemRated[std::size_t(item)])
            itemIndex[std::size_t(item)] = dataset.items.insert(int64_t(item) + 1);
    }
    for (int32_t &item : dataset.ratings.item)
        item = itemIndex[std::size_t(item)];
    dataset.movies = model.movies();
    dataset.linkCatalogue();
    dataset.report.source = dataset.name;
    dataset.report.linesRead = int64_t(dataset.ratings.size());
    dataset.report.rowsKept = int64_t(dataset.ratings.size());

    const auto factors = std::size_t(config.factors);
    truth.factors = config.factors;
    truth.globalMean = config.globalMean;
    truth.noise = config.noise;
    truth.userBias = model.userBias();
    truth.userFactors = model.userFactors();
    truth.itemBias.resize(std::size_t(dataset.itemCount()));
    truth.itemFactors.resize(std::size_t(dataset.itemCount()) * factors);
    for (int32_t item = 0; item < config.items; ++item) {
        const int32_t index = itemIndex[std::size_t(item)];
        if (index < 0)
            continue;
        truth.itemBias[std::size_t(index)] = model.itemBias()[std::size_t(item)];
        std::copy_n(model.itemFactors().begin() + std::ptrdiff_t(std::size_t(item) * factors),
                    factors, truth.itemFactors.begin() + std::ptrdiff_t(std::size_t(index) * factors));
    }
    truth.residualRmse = dataset.ratings.empty()
                             ? 0.0
                             : std::sqrt(squaredResidual / double(dataset.ratings.size()));
    return result;
}

Dataset generateDataset(const GeneratorConfig &config)
{
    return std::move(generateWithTruth(config).dataset);
}

Dataset demoDataset()
{
    GeneratorConfig config;
    Dataset dataset = generateDataset(config);
    dataset.name = "Demo (synthetic)";
    return dataset;
}

Status writeMovieLensCsv(const Dataset &dataset, const std::string &folder)
{
    const std::filesystem::path root(folder);
    if (Status status = writeRatingsCsv((root / "ratings.csv").string(), dataset,
                                        dataset.ratings);
        !status)
        return status;
    return writeMoviesCsv((root / "movies.csv").string(), dataset.movies);
}

Status writeGeneratedMovieLensCsv(const GeneratorConfig &config, const std::string &folder,
                                  const std::function<bool(double)> &progress)
{
    if (Status valid = config.validate(); !valid)
        return valid;
    GeneratorModel model(config);
    const std::filesystem::path root(folder);

    AtomicFileWriter writer;
    if (Status status = writer.open((root / "ratings.csv").string()); !status)
        return status;
    std::string &out = writer.buffer();
    out += "userId,movieId,rating,timestamp\n";
    int64_t written = 0;
    const bool finished = model.generate([&](const GeneratedUser &user) {
        for (std::size_t j = 0; j < user.items.size(); ++j) {
            appendInteger(out, int64_t(user.index) + 1);
            out.push_back(',');
            appendInteger(out, int64_t(user.items[j]) + 1);
            out.push_back(',');
            appendRating(out, user.ratings[j]);
            out.push_back(',');
            appendInteger(out, user.timestamps[j]);
            out.push_back('\n');
            writer.flushIfFull();
        }
        written += int64_t(user.items.size());
        if (progress && (user.index % 256 == 0))
            return progress(double(written) / double(config.ratings));
        return true;
    });
    if (!finished)
        return Error{"Generation was canceled."};
    if (Status status = writer.commit(); !status)
        return status;
    return writeMoviesCsv((root / "movies.csv").string(), model.movies());
}

} // namespace RecStudio::Model
