#include "generatorcore.h"

#include "randomsource.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace RecStudio::Model {

namespace {

// Separate streams per purpose, so that changing how many ratings are drawn does not
// change the planted factors of the same seed.
enum Stream : uint64_t { ItemStream = 1, UserStream = 2, CountStream = 3, RatingStream = 4 };

uint64_t streamSeed(uint64_t seed, uint64_t stream)
{
    uint64_t value = seed ^ (stream * 0x9e3779b97f4a7c15ULL);
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

constexpr std::array<const char *, 48> adjectives{
    "Silent", "Crimson", "Hidden", "Broken", "Golden", "Last", "Midnight", "Distant",
    "Frozen", "Burning", "Quiet", "Savage", "Electric", "Hollow", "Velvet", "Restless",
    "Forgotten", "Northern", "Secret", "Wild", "Paper", "Iron", "Glass", "Lonely",
    "Bitter", "Endless", "Scarlet", "Shattered", "Wandering", "Stolen", "Fading", "Blue",
    "Dark", "Bright", "Lost", "Little", "Final", "Sleeping", "Falling", "Rising",
    "Twisted", "Gentle", "Brave", "Painted", "Sunken", "Shadow", "Silver", "Winter"};
constexpr std::array<const char *, 48> nouns{
    "Harbor", "Garden", "River", "Mirror", "Station", "Kingdom", "Highway", "Letter",
    "Orchard", "Frontier", "Horizon", "Island", "Echo", "Empire", "Lantern", "Voyage",
    "Promise", "Canyon", "Circus", "Detective", "Symphony", "Stranger", "Fortress", "Tide",
    "Signal", "Carnival", "Summer", "Valley", "Machine", "Witness", "Bridge", "Dream",
    "Mountain", "Ocean", "Forest", "City", "Night", "Road", "House", "Storm",
    "Heart", "Crown", "Desert", "Planet", "Engine", "Shore", "Tower", "Country"};

std::string makeTitle(RandomSource &random)
{
    const std::string adjective = adjectives[random.below(adjectives.size())];
    const std::string noun = nouns[random.below(nouns.size())];
    const int year = 1930 + int(random.below(89));
    std::string title;
    switch (random.below(16)) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
        title = "The " + adjective + " " + noun;
        break;
    case 6:
    case 7:
    case 8:
    case 9:
        title = adjective + " " + noun;
        break;
    case 10:
    case 11:
    case 12:
        title = "The " + noun + " of the " + adjective + " "
                + nouns[random.below(nouns.size())];
        break;
    default:
        // A comma and quotes appear in real titles too; writers must quote them.
        title = noun + ", The \"" + adjective + "\" Story";
        break;
    }
    return title + " (" + std::to_string(year) + ")";
}

} // namespace

const std::vector<std::string> &GeneratorModel::genreNames()
{
    static const std::vector<std::string> names{
        "Drama", "Comedy", "Thriller", "Action", "Romance", "Adventure", "Crime", "Sci-Fi",
        "Horror", "Fantasy", "Children", "Animation", "Mystery", "Documentary", "War",
        "Musical", "Western", "Film-Noir"};
    return names;
}

GeneratorModel::GeneratorModel(const GeneratorConfig &config)
    : m_config(config)
{
    buildItems();
    buildUsers();
    assignRatingCounts();
    m_chosenBy.assign(std::size_t(m_config.items), 0);
}

void GeneratorModel::buildItems()
{
    RandomSource random(streamSeed(m_config.seed, ItemStream));
    const auto factors = std::size_t(m_config.factors);
    const auto genreCount = std::size_t(m_config.genres);
    // Each component ~ N(0, scale^2), so a dot product of two vectors has standard
    // deviation scale^2 * sqrt(factors) = factorStdDev.
    const double scale = std::sqrt(m_config.factorStdDev / std::sqrt(double(factors)));

    std::vector<double> genreFactors(genreCount * factors);
    for (double &value : genreFactors)
        value = random.normal();

    const auto items = std::size_t(m_config.items);
    m_movies.resize(items);
    m_itemFactors.resize(items * factors);
    m_itemBias.resize(items);
    std::vector<std::size_t> genres;
    for (std::size_t item = 0; item < items; ++item) {
        Movie &movie = m_movies[item];
        movie.rawId = std::to_string(item + 1);
        movie.title = makeTitle(random);

        // One to three distinct genres; lower-numbered genres are more common.
        const std::size_t count = 1 + std::size_t(random.below(3));
        genres.clear();
        while (genres.size() < std::min(count, genreCount)) {
            const double u = random.uniform();
            const auto genre = std::min(genreCount - 1, std::size_t(u * u * double(genreCount)));
            if (std::find(genres.begin(), genres.end(), genre) == genres.end())
                genres.push_back(genre);
        }
        std::sort(genres.begin(), genres.end());
        for (const std::size_t genre : genres)
            movie.genres.push_back(genreNames()[genre]);

        // 70 % of the variance from the genres, 30 % the item's own taste.
        const double genreWeight = std::sqrt(0.7 / double(genres.size()));
        const double ownWeight = std::sqrt(0.3);
        for (std::size_t f = 0; f < factors; ++f) {
            double value = ownWeight * random.normal();
            for (const std::size_t genre : genres)
                value += genreWeight * genreFactors[genre * factors + f];
            m_itemFactors[item * factors + f] = float(scale * value);
        }
        m_itemBias[item] = float(m_config.itemBiasStdDev * random.normal());
    }

    // Zipf popularity over a random permutation of the items, so that popularity is not
    // tied to the id order.
    std::vector<std::size_t> rank(items);
    std::iota(rank.begin(), rank.end(), std::size_t(0));
    for (std::size_t k = items; k > 1; --k)
        std::swap(rank[k - 1], rank[std::size_t(random.below(k))]);
    m_popularity.resize(items);
    double total = 0.0;
    for (std::size_t item = 0; item < items; ++item) {
        m_popularity[item] = std::pow(double(rank[item]) + 1.0, -m_config.popularityExponent);
        total += m_popularity[item];
    }
    m_popularityCdf.resize(items);
    double running = 0.0;
    for (std::size_t item = 0; item < items; ++item) {
        m_popularity[item] /= total;
        running += m_popularity[item];
        m_popularityCdf[item] = running;
    }
    m_popularityCdf.back() = 1.0;

    // The guide has a power-of-two size, so b / size and floor(u * size) are exact.
    std::size_t guideSize = 1;
    while (guideSize < items && guideSize < (std::size_t(1) << 22))
        guideSize *= 2;
    m_popularityGuide.resize(guideSize);
    std::size_t item = 0;
    for (std::size_t bucket = 0; bucket < guideSize; ++bucket) {
        const double start = double(bucket) / double(guideSize);
        while (item < items && m_popularityCdf[item] <= start)
            ++item;
        m_popularityGuide[bucket] = int32_t(item);
    }
}

// The first item whose cumulative weight exceeds u (what std::upper_bound on the
// cumulative weights returns), found from the guide in a few steps instead of a binary
// search over all items.
int32_t GeneratorModel::popularItem(double u) const
{
    const auto itemCount = int32_t(m_popularityCdf.size());
    int32_t item = m_popularityGuide[std::size_t(u * double(m_popularityGuide.size()))];
    while (item < itemCount && m_popularityCdf[std::size_t(item)] <= u)
        ++item;
    return std::min(item, itemCount - 1);
}

void GeneratorModel::buildUsers()
{
    RandomSource random(streamSeed(m_config.seed, UserStream));
    const auto factors = std::size_t(m_config.factors);
    const double scale = std::sqrt(m_config.factorStdDev / std::sqrt(double(factors)));
    const auto users = std::size_t(m_config.users);
    m_userFactors.resize(users * factors);
    m_userBias.resize(users);
    for (std::size_t user = 0; user < users; ++user) {
        for (std::size_t f = 0; f < factors; ++f)
            m_userFactors[user * factors + f] = float(scale * random.normal());
        m_userBias[user] = float(m_config.userBiasStdDev * random.normal());
    }
}

// Splits config.ratings over the users: a small minimum each, the rest in proportion to
// a Pareto-distributed activity, capped at the number of items.
void GeneratorModel::assignRatingCounts()
{
    RandomSource random(streamSeed(m_config.seed, CountStream));
    const auto users = std::size_t(m_config.users);
    // No user rates more than half of the catalogue unless the requested density needs it.
    const int64_t items = double(m_config.ratings) > 0.5 * double(m_config.users)
                                                        * double(m_config.items)
                              ? m_config.items
                              : std::max<int64_t>(1, m_config.items / 2);
    const int64_t minimum = std::min<int64_t>({m_config.ratings / m_config.users, 10, items});
    m_ratingsPerUser.assign(users, minimum);
    int64_t remaining = m_config.ratings - minimum * int64_t(users);

    std::vector<double> activity(users);
    double total = 0.0;
    for (double &value : activity) {
        value = std::min(std::pow(1.0 - random.uniform(), -1.0 / 1.5), 1000.0);
        total += value;
    }
    const int64_t toShare = remaining;
    for (std::size_t user = 0; user < users && toShare > 0; ++user) {
        const auto share = std::min<int64_t>(int64_t(double(toShare) * activity[user] / total),
                                             items - m_ratingsPerUser[user]);
        m_ratingsPerUser[user] += share;
        remaining -= share;
    }
    // Hand out what rounding and the caps left over, one rating at a time.
    while (remaining > 0) {
        for (std::size_t user = 0; user < users && remaining > 0; ++user) {
            if (m_ratingsPerUser[user] < items) {
                ++m_ratingsPerUser[user];
                --remaining;
            }
        }
    }
}

void GeneratorModel::chooseItems(int32_t user, int64_t count, std::vector<int32_t> &items)
{
    items.clear();
    RandomSource random(streamSeed(m_config.seed ^ (uint64_t(user) << 20), RatingStream));
    const auto itemCount = std::size_t(m_config.items);
    const uint32_t mark = uint32_t(user) + 1;

    if (count * 3 > int64_t(itemCount)) {
        // Dense user: weighted sampling without replacement over all items
        // (Efraimidis-Spirakis keys u^(1 / weight), largest keys win).
        std::vector<std::pair<double, int32_t>> keys(itemCount);
        for (std::size_t item = 0; item < itemCount; ++item) {
            double u = random.uniform();
            while (u <= 0.0)
                u = random.uniform();
            keys[item] = {std::log(u) / m_popularity[item], int32_t(item)};
        }
        std::nth_element(keys.begin(), keys.begin() + count - 1, keys.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int64_t k = 0; k < count; ++k)
            items.push_back(keys[std::size_t(k)].second);
    } else {
        int misses = 0;
        while (int64_t(items.size()) < count) {
            int32_t item = 0;
            if (misses < 32) {
                item = popularItem(random.uniform());
            } else {
                // The popular items are taken: fall back to a uniform pick.
                item = int32_t(random.below(itemCount));
            }
            if (m_chosenBy[std::size_t(item)] == mark) {
                ++misses;
                continue;
            }
            m_chosenBy[std::size_t(item)] = mark;
            items.push_back(item);
            misses = 0;
        }
    }
    std::sort(items.begin(), items.end());
}

bool GeneratorModel::generate(const std::function<bool(const GeneratedUser &)> &sink)
{
    // 1996-01-01 to 2018-09-01, the span of the MovieLens ratings.
    constexpr int64_t firstTime = 820454400;
    constexpr int64_t lastTime = 1535760000;
    const auto factors = std::size_t(m_config.factors);
    GeneratedUser generated;
    for (int32_t user = 0; user < m_config.users; ++user) {
        const int64_t count = m_ratingsPerUser[std::size_t(user)];
        chooseItems(user, count, generated.items);
        RandomSource random(streamSeed(m_config.seed ^ (uint64_t(user) << 20), UserStream + 8));
        const int64_t start = firstTime + int64_t(random.below(uint64_t(lastTime - firstTime)));
        const int64_t span = std::min<int64_t>(lastTime - start,
                                               86400 + int64_t(random.below(3 * 365 * 86400ULL)));

        generated.index = user;
        generated.ratings.resize(generated.items.size());
        generated.timestamps.resize(generated.items.size());
        generated.clean.resize(generated.items.size());
        const float *p = m_userFactors.data() + std::size_t(user) * factors;
        for (std::size_t j = 0; j < generated.items.size(); ++j) {
            const auto item = std::size_t(generated.items[j]);
            const float *q = m_itemFactors.data() + item * factors;
            double dot = 0.0;
            for (std::size_t f = 0; f < factors; ++f)
                dot += double(p[f]) * double(q[f]);
            const double clean = m_config.globalMean + m_userBias[std::size_t(user)]
                                 + m_itemBias[item] + dot;
            double value = clean + m_config.noise * random.normal();
            if (m_config.rounded)
                value = std::clamp(std::round(value * 2.0) / 2.0, 0.5, 5.0);
            generated.clean[j] = clean;
            generated.ratings[j] = float(value);
            generated.timestamps[j] = start + int64_t(random.below(uint64_t(span) + 1));
        }
        if (!sink(generated))
            return false;
    }
    return true;
}

} // namespace RecStudio::Model
