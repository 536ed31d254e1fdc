#pragma once

#include "dataset.h"
#include "generator.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace RecStudio::Model {

// The ratings of one generated user; items are 0-based ids (raw id - 1), ascending.
struct GeneratedUser
{
    int32_t index = 0;
    std::vector<int32_t> items;
    std::vector<float> ratings;
    std::vector<int64_t> timestamps;
    std::vector<double> clean; // noiseless value of each rating
};

// The planted model behind the synthetic ratings: genre, item and user factors, biases,
// item popularity and user activity. generate() streams one user at a time, so 25 million
// ratings never have to be held in memory.
class GeneratorModel
{
public:
    explicit GeneratorModel(const GeneratorConfig &config);

    static const std::vector<std::string> &genreNames();

    // Calls sink for users 0..users-1 in order; stops and returns false when sink does.
    bool generate(const std::function<bool(const GeneratedUser &)> &sink);

    const std::vector<Movie> &movies() const { return m_movies; }
    const std::vector<float> &userBias() const { return m_userBias; }
    const std::vector<float> &itemBias() const { return m_itemBias; }
    const std::vector<float> &userFactors() const { return m_userFactors; }
    const std::vector<float> &itemFactors() const { return m_itemFactors; }
    const std::vector<int64_t> &ratingsPerUser() const { return m_ratingsPerUser; }

private:
    void buildItems();
    void buildUsers();
    void assignRatingCounts();
    void chooseItems(int32_t user, int64_t count, std::vector<int32_t> &items);
    int32_t popularItem(double u) const;

    GeneratorConfig m_config;
    std::vector<Movie> m_movies;
    std::vector<float> m_userBias;
    std::vector<float> m_itemBias;
    std::vector<float> m_userFactors;
    std::vector<float> m_itemFactors;
    std::vector<double> m_popularityCdf; // cumulative item weights, last entry 1
    std::vector<double> m_popularity;    // item weights, summing to 1
    // m_popularityGuide[b] is the first item whose cumulative weight exceeds b / size, so
    // a draw u starts its search at m_popularityGuide[floor(u * size)].
    std::vector<int32_t> m_popularityGuide;
    std::vector<int64_t> m_ratingsPerUser;
    std::vector<uint32_t> m_chosenBy; // user + 1 that last chose the item
};

} // namespace RecStudio::Model
