#include "modelfile.h"

#include <nlohmann/json.hpp>

#include <bit>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

namespace RecStudio::Model {

namespace {

static_assert(std::endian::native == std::endian::little,
              "model files store little-endian arrays; add byte swapping for this platform");

constexpr const char *Magic = "RECSTUDIO-MODEL";
constexpr int FormatVersion = 1;
// A header larger than this is not one saveModel wrote (id maps of millions of users
// stay far below it).
constexpr uint64_t MaxHeaderBytes = uint64_t(1) << 31;

using Json = nlohmann::json;

class Fnv1a
{
public:
    void add(const void *data, std::size_t size)
    {
        const auto *bytes = static_cast<const unsigned char *>(data);
        for (std::size_t k = 0; k < size; ++k) {
            m_hash ^= bytes[k];
            m_hash *= 0x100000001b3ULL;
        }
    }
    void add(const std::string &text)
    {
        add(text.data(), text.size());
        add("\0", 1);
    }
    uint64_t value() const { return m_hash; }

private:
    uint64_t m_hash = 0xcbf29ce484222325ULL;
};

std::string hex(uint64_t value)
{
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
    return buffer;
}

Json metricsToJson(const ErrorMetrics &metrics)
{
    return {{"mse", metrics.mse},
            {"rmse", metrics.rmse},
            {"mae", metrics.mae},
            {"count", metrics.count},
            {"unseenUsers", metrics.unseenUsers},
            {"unseenItems", metrics.unseenItems}};
}

ErrorMetrics metricsFromJson(const Json &json)
{
    ErrorMetrics metrics;
    metrics.mse = json.at("mse").get<double>();
    metrics.rmse = json.at("rmse").get<double>();
    metrics.mae = json.at("mae").get<double>();
    metrics.count = json.at("count").get<int64_t>();
    metrics.unseenUsers = json.at("unseenUsers").get<int64_t>();
    metrics.unseenItems = json.at("unseenItems").get<int64_t>();
    return metrics;
}

const char *scalingName(RegularizationScaling scaling)
{
    switch (scaling) {
    case RegularizationScaling::ByRowCount:
        return "by-row-count";
    case RegularizationScaling::BySqrtRowCount:
        return "by-sqrt-row-count";
    case RegularizationScaling::Plain:
        break;
    }
    return "plain";
}

Json configToJson(const TrainConfig &config)
{
    return {{"algorithm", toString(config.algorithm)},
            {"factors", config.factors},
            {"epochs", config.epochs},
            {"userFactorReg", config.userFactorReg},
            {"itemFactorReg", config.itemFactorReg},
            {"userBiasReg", config.userBiasReg},
            {"itemBiasReg", config.itemBiasReg},
            {"scaling", scalingName(config.scaling)},
            {"alsSolver", toString(config.alsSolver)},
            {"cgSteps", config.cgSteps},
            {"learningRate", config.learningRate},
            {"learningRateDecay", config.learningRateDecay},
            {"parallelSgd", config.parallelSgd},
            {"sgdBlocks", config.sgdBlocks},
            {"initScale", config.initScale},
            {"threads", config.threads},
            {"seed", config.seed},
            {"description", config.describe()}};
}

Result<TrainConfig> configFromJson(const Json &json)
{
    TrainConfig config;
    Result<Algorithm> algorithm = algorithmFromString(json.at("algorithm").get<std::string>());
    if (!algorithm)
        return Error{algorithm.error()};
    config.algorithm = algorithm.value();
    config.factors = json.at("factors").get<int32_t>();
    config.epochs = json.at("epochs").get<int32_t>();
    config.userFactorReg = json.at("userFactorReg").get<float>();
    config.itemFactorReg = json.at("itemFactorReg").get<float>();
    config.userBiasReg = json.at("userBiasReg").get<float>();
    config.itemBiasReg = json.at("itemBiasReg").get<float>();
    const std::string scaling = json.at("scaling").get<std::string>();
    if (scaling == scalingName(RegularizationScaling::ByRowCount))
        config.scaling = RegularizationScaling::ByRowCount;
    else if (scaling == scalingName(RegularizationScaling::BySqrtRowCount))
        config.scaling = RegularizationScaling::BySqrtRowCount;
    else if (scaling == scalingName(RegularizationScaling::Plain))
        config.scaling = RegularizationScaling::Plain;
    else
        return Error{"unknown regularization scaling '" + scaling + "'"};
    Result<AlsSolver> solver = alsSolverFromString(json.at("alsSolver").get<std::string>());
    if (!solver)
        return Error{solver.error()};
    config.alsSolver = solver.value();
    config.cgSteps = json.at("cgSteps").get<int32_t>();
    config.learningRate = json.at("learningRate").get<float>();
    config.learningRateDecay = json.at("learningRateDecay").get<float>();
    config.parallelSgd = json.at("parallelSgd").get<bool>();
    config.sgdBlocks = json.at("sgdBlocks").get<int32_t>();
    config.initScale = json.at("initScale").get<float>();
    config.threads = json.at("threads").get<int32_t>();
    config.seed = json.at("seed").get<uint64_t>();
    return config;
}

Json idsToJson(const IdMap &map)
{
    Json ids = Json::array();
    for (int32_t index = 0; index < map.size(); ++index)
        ids.push_back(map.rawId(index));
    return ids;
}

Status idsFromJson(const Json &json, IdMap &map, const char *what)
{
    map = IdMap();
    map.reserve(json.size());
    for (std::size_t index = 0; index < json.size(); ++index) {
        const std::string id = json[index].get<std::string>();
        if (map.insert(id) != int32_t(index))
            return Error{std::string("duplicate ") + what + " id '" + id + "' in the id map"};
    }
    return success();
}

// Parameter arrays of the body, in file order. The pointers are writable only when
// bodyOf gets a non-const model; saveModel only reads through them.
struct BodyView
{
    std::vector<std::pair<void *, std::size_t>> parts;
};

template<typename Model>
BodyView bodyOf(Model &model)
{
    BodyView view;
    view.parts = {
        {(void *)model.userBias.data(), std::size_t(model.userBias.size()) * sizeof(float)},
        {(void *)model.itemBias.data(), std::size_t(model.itemBias.size()) * sizeof(float)},
        {(void *)model.userFactors.data(), std::size_t(model.userFactors.size()) * sizeof(float)},
        {(void *)model.itemFactors.data(), std::size_t(model.itemFactors.size()) * sizeof(float)},
        {(void *)model.userRatingCounts.data(), model.userRatingCounts.size() * sizeof(int32_t)},
        {(void *)model.itemRatingCounts.data(), model.itemRatingCounts.size() * sizeof(int32_t)},
    };
    return view;
}

std::string temporaryPathFor(const std::string &path)
{
    std::random_device device;
    return path + ".tmp-" + hex((uint64_t(device()) << 32) ^ device()).substr(8);
}

// Writes content through write(stream) into a temporary file, then renames it to path.
template<typename Writer>
Status writeAtomically(const std::string &path, const Writer &write)
{
    const std::string temporary = temporaryPathFor(path);
    {
        std::ofstream stream(temporary, std::ios::binary | std::ios::trunc);
        if (!stream)
            return Error{"Cannot write " + path + ": " + std::strerror(errno)
                         + ". Check that the folder exists and is writable."};
        write(stream);
        stream.flush();
        if (!stream) {
            std::remove(temporary.c_str());
            return Error{"Writing " + path + " failed (disk full?)."};
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temporary.c_str());
        return Error{"Cannot replace " + path + ": " + reason + "."};
    }
    return success();
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace

std::string DataFingerprint::describe() const
{
    return std::to_string(ratings) + " ratings, " + std::to_string(users) + " users, "
           + std::to_string(items) + " items, hash " + hex(hash);
}

DataFingerprint fingerprintOf(const RatingColumns &ratings, const IdMap &users,
                              const IdMap &items)
{
    Fnv1a hash;
    for (int32_t index = 0; index < users.size(); ++index)
        hash.add(users.rawId(index));
    for (int32_t index = 0; index < items.size(); ++index)
        hash.add(items.rawId(index));
    for (std::size_t k = 0; k < ratings.size(); ++k) {
        hash.add(&ratings.user[k], sizeof(int32_t));
        hash.add(&ratings.item[k], sizeof(int32_t));
        hash.add(&ratings.rating[k], sizeof(float));
    }
    return {int64_t(ratings.size()), users.size(), items.size(), hash.value()};
}

Status saveModel(const TrainedModel &trained, const std::string &path)
{
    const FactorModel &model = trained.model;
    if (!model.isFinite())
        return Error{"Not saving " + path + ": the model contains a non-finite parameter."};
    if (trained.users.size() != model.userCount() || trained.items.size() != model.itemCount())
        return Error{"Not saving " + path + ": the id maps (" + std::to_string(trained.users.size())
                     + " users, " + std::to_string(trained.items.size())
                     + " items) do not match the model's shape."};
    if (model.userRatingCounts.size() != std::size_t(model.userCount())
        || model.itemRatingCounts.size() != std::size_t(model.itemCount()))
        return Error{"Not saving " + path + ": the model has no training rating counts."};

    BodyView body = bodyOf(model);
    Fnv1a checksum;
    uint64_t bodyBytes = 0;
    for (const auto &[data, size] : body.parts) {
        checksum.add(data, size);
        bodyBytes += size;
    }

    Json header;
    header["format"] = FormatVersion;
    header["users"] = model.userCount();
    header["items"] = model.itemCount();
    header["factors"] = model.factorCount();
    header["globalMean"] = model.globalMean;
    // JSON has no infinity: an unbounded range end is stored as null.
    auto rangeEnd = [](float value) { return std::isfinite(value) ? Json(value) : Json(nullptr); };
    header["ratingRange"] = {rangeEnd(model.minRating), rangeEnd(model.maxRating)};
    header["userIds"] = idsToJson(trained.users);
    header["itemIds"] = idsToJson(trained.items);
    header["config"] = configToJson(trained.config);
    header["epochsCompleted"] = trained.epochsCompleted;
    header["trainMetrics"] = metricsToJson(trained.trainMetrics);
    header["testMetrics"] = metricsToJson(trained.testMetrics);
    header["dataset"] = trained.datasetName;
    header["split"] = trained.splitDescription;
    header["fingerprint"] = {{"ratings", trained.fingerprint.ratings},
                             {"users", trained.fingerprint.users},
                             {"items", trained.fingerprint.items},
                             {"hash", hex(trained.fingerprint.hash)}};
    header["body"] = {{"bytes", bodyBytes},
                      {"checksum", hex(checksum.value())},
                      {"layout", "float32 userBias[users], itemBias[items], "
                                 "userFactors[users][factors], itemFactors[items][factors]; "
                                 "int32 userRatingCounts[users], itemRatingCounts[items]"}};
    const std::string headerText = header.dump();

    return writeAtomically(path, [&](std::ofstream &stream) {
        stream << Magic << ' ' << FormatVersion << '\n' << headerText.size() << '\n' << headerText;
        for (const auto &[data, size] : body.parts)
            stream.write(static_cast<const char *>(data), std::streamsize(size));
    });
}

Result<TrainedModel> loadModel(const std::string &path)
{
    std::ifstream stream(path, std::ios::binary);
    if (!stream)
        return Error{"Cannot open model file " + path + ": " + std::strerror(errno) + "."};
    auto fail = [&](const std::string &problem) {
        return Error{"Cannot load model file " + path + ": " + problem};
    };

    std::string magicLine;
    std::getline(stream, magicLine);
    const std::string expectedMagic = std::string(Magic) + ' ';
    if (magicLine.rfind(expectedMagic, 0) != 0)
        return fail("it is not a Recommender Studio model (missing the RECSTUDIO-MODEL line).");
    if (magicLine != expectedMagic + std::to_string(FormatVersion))
        return fail("unsupported format '" + magicLine.substr(expectedMagic.size())
                    + "'; this version reads format " + std::to_string(FormatVersion) + ".");

    std::string sizeLine;
    std::getline(stream, sizeLine);
    uint64_t headerBytes = 0;
    try {
        std::size_t used = 0;
        headerBytes = std::stoull(sizeLine, &used);
        if (used != sizeLine.size() || headerBytes == 0 || headerBytes > MaxHeaderBytes)
            throw std::invalid_argument(sizeLine);
    } catch (const std::exception &) {
        return fail("invalid header length '" + sizeLine + "' on line 2.");
    }
    std::string headerText(headerBytes, '\0');
    stream.read(headerText.data(), std::streamsize(headerBytes));
    if (uint64_t(stream.gcount()) != headerBytes)
        return fail("the file is truncated inside the header (expected " + std::to_string(headerBytes)
                    + " bytes, found " + std::to_string(stream.gcount()) + ").");

    TrainedModel trained;
    try {
        const Json header = Json::parse(headerText);
        const int32_t users = header.at("users").get<int32_t>();
        const int32_t items = header.at("items").get<int32_t>();
        const int32_t factors = header.at("factors").get<int32_t>();
        if (users < 0 || items < 0 || factors < 0)
            return fail("negative shape in the header.");
        if (Status status = idsFromJson(header.at("userIds"), trained.users, "user"); !status)
            return fail(status.error() + ".");
        if (Status status = idsFromJson(header.at("itemIds"), trained.items, "item"); !status)
            return fail(status.error() + ".");
        if (trained.users.size() != users || trained.items.size() != items)
            return fail("the header lists " + std::to_string(trained.users.size()) + " user ids and "
                        + std::to_string(trained.items.size()) + " item ids for a model of "
                        + std::to_string(users) + " users and " + std::to_string(items)
                        + " items.");
        Result<TrainConfig> config = configFromJson(header.at("config"));
        if (!config)
            return fail(config.error());
        trained.config = config.value();
        trained.epochsCompleted = header.at("epochsCompleted").get<int32_t>();
        trained.trainMetrics = metricsFromJson(header.at("trainMetrics"));
        trained.testMetrics = metricsFromJson(header.at("testMetrics"));
        trained.datasetName = header.at("dataset").get<std::string>();
        trained.splitDescription = header.at("split").get<std::string>();
        const Json &fingerprint = header.at("fingerprint");
        trained.fingerprint.ratings = fingerprint.at("ratings").get<int64_t>();
        trained.fingerprint.users = fingerprint.at("users").get<int32_t>();
        trained.fingerprint.items = fingerprint.at("items").get<int32_t>();
        trained.fingerprint.hash =
            std::stoull(fingerprint.at("hash").get<std::string>(), nullptr, 16);

        trained.model.reset(users, items, factors);
        trained.model.globalMean = header.at("globalMean").get<float>();
        const Json &range = header.at("ratingRange");
        if (!range.is_array() || range.size() != 2)
            return fail("invalid ratingRange in the header: expected [min, max].");
        if (!range[0].is_null())
            trained.model.minRating = range[0].get<float>();
        if (!range[1].is_null())
            trained.model.maxRating = range[1].get<float>();
        BodyView body = bodyOf(trained.model);
        uint64_t expectedBytes = 0;
        for (const auto &part : body.parts)
            expectedBytes += part.second;
        const Json &bodyInfo = header.at("body");
        if (bodyInfo.at("bytes").get<uint64_t>() != expectedBytes)
            return fail("the header announces " + std::to_string(bodyInfo.at("bytes").get<uint64_t>())
                        + " parameter bytes but its shape needs " + std::to_string(expectedBytes)
                        + ".");
        Fnv1a checksum;
        uint64_t read = 0;
        for (const auto &[data, size] : body.parts) {
            stream.read(static_cast<char *>(data), std::streamsize(size));
            read += uint64_t(stream.gcount());
            if (uint64_t(stream.gcount()) != size)
                return fail("the file is truncated: " + std::to_string(read) + " of "
                            + std::to_string(expectedBytes) + " parameter bytes present.");
            checksum.add(data, size);
        }
        if (stream.peek() != std::char_traits<char>::eof())
            return fail("unexpected data after the parameters; the file was changed or "
                        "concatenated.");
        if (hex(checksum.value()) != bodyInfo.at("checksum").get<std::string>())
            return fail("the parameters do not match their checksum; the file is damaged.");
        if (!trained.model.isFinite())
            return fail("the file contains a non-finite parameter.");
    } catch (const Json::exception &error) {
        return fail(std::string("invalid header: ") + error.what() + ".");
    } catch (const std::exception &error) {
        return fail(std::string("invalid header value: ") + error.what() + ".");
    }
    return trained;
}

Status checkFingerprint(const TrainedModel &trained, const DataFingerprint &fingerprint)
{
    if (trained.fingerprint == fingerprint)
        return success();
    return Error{"The model was trained on other data (" + trained.fingerprint.describe()
                 + ") than the data given (" + fingerprint.describe()
                 + "). Load the dataset and split the model was trained on, or retrain."};
}

Status exportItemFactorsCsv(const TrainedModel &trained, const std::vector<std::string> &titles,
                            const std::string &path)
{
    const FactorModel &model = trained.model;
    if (!model.isFinite())
        return Error{"Not exporting " + path + ": the model contains a non-finite parameter."};
    return writeAtomically(path, [&](std::ofstream &stream) {
        stream << "itemId,title,bias";
        for (int32_t f = 1; f <= model.factorCount(); ++f)
            stream << ",f" << f;
        stream << '\n';
        char number[32];
        for (int32_t item = 0; item < model.itemCount(); ++item) {
            const std::string id = item < trained.items.size() ? trained.items.rawId(item)
                                                               : std::to_string(item);
            const std::string title = std::size_t(item) < titles.size()
                                           ? titles[std::size_t(item)]
                                           : std::string();
            std::snprintf(number, sizeof number, "%.9g", double(model.itemBias[item]));
            stream << csvField(id) << ',' << csvField(title) << ',' << number;
            for (int32_t f = 0; f < model.factorCount(); ++f) {
                std::snprintf(number, sizeof number, "%.9g", double(model.itemFactors(item, f)));
                stream << ',' << number;
            }
            stream << '\n';
        }
    });
}

} // namespace RecStudio::Model
