#include "dataset.h"

#include <mutex>

namespace RecStudio::Model {

struct Dataset::Caches
{
    std::mutex mutex;
    std::unique_ptr<CsrMatrix> byUser;
    std::unique_ptr<CsrMatrix> byItem;
};

Dataset::Dataset() : m_caches(std::make_shared<Caches>()) {}

Dataset::Dataset(const Dataset &other)
    : name(other.name)
    , users(other.users)
    , items(other.items)
    , ratings(other.ratings)
    , movies(other.movies)
    , report(other.report)
    , m_itemMovie(other.m_itemMovie)
    , m_caches(std::make_shared<Caches>())
{}

Dataset &Dataset::operator=(const Dataset &other)
{
    if (this != &other) {
        Dataset copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Dataset::Dataset(Dataset &&other) noexcept
    : name(std::move(other.name))
    , users(std::move(other.users))
    , items(std::move(other.items))
    , ratings(std::move(other.ratings))
    , movies(std::move(other.movies))
    , report(std::move(other.report))
    , m_itemMovie(std::move(other.m_itemMovie))
    , m_caches(std::move(other.m_caches))
{
    // A moved-from dataset stays usable.
    other.m_caches = std::make_shared<Caches>();
}

Dataset &Dataset::operator=(Dataset &&other) noexcept
{
    if (this != &other) {
        name = std::move(other.name);
        users = std::move(other.users);
        items = std::move(other.items);
        ratings = std::move(other.ratings);
        movies = std::move(other.movies);
        report = std::move(other.report);
        m_itemMovie = std::move(other.m_itemMovie);
        m_caches = std::move(other.m_caches);
        other.m_caches = std::make_shared<Caches>();
    }
    return *this;
}

Dataset::~Dataset() = default;

int32_t Dataset::movieOfItem(int32_t itemIndex) const
{
    if (itemIndex < 0 || std::size_t(itemIndex) >= m_itemMovie.size())
        return -1;
    return m_itemMovie[std::size_t(itemIndex)];
}

std::string Dataset::itemTitle(int32_t itemIndex) const
{
    const int32_t movie = movieOfItem(itemIndex);
    if (movie >= 0)
        return movies[std::size_t(movie)].title;
    return "Movie " + items.rawId(itemIndex);
}

void Dataset::linkCatalogue()
{
    m_itemMovie.assign(std::size_t(itemCount()), -1);
    for (std::size_t movie = 0; movie < movies.size(); ++movie) {
        const int32_t item = items.find(std::string_view(movies[movie].rawId));
        // The first catalogue entry of an id wins when the catalogue repeats it.
        if (item >= 0 && m_itemMovie[std::size_t(item)] < 0)
            m_itemMovie[std::size_t(item)] = int32_t(movie);
    }
}

const CsrMatrix &Dataset::byUser() const
{
    std::lock_guard lock(m_caches->mutex);
    if (!m_caches->byUser)
        m_caches->byUser = std::make_unique<CsrMatrix>(
            buildCsrByUser(ratings, userCount(), itemCount()));
    return *m_caches->byUser;
}

const CsrMatrix &Dataset::byItem() const
{
    std::lock_guard lock(m_caches->mutex);
    if (!m_caches->byItem)
        m_caches->byItem = std::make_unique<CsrMatrix>(
            buildCsrByItem(ratings, userCount(), itemCount()));
    return *m_caches->byItem;
}

void Dataset::clearCaches()
{
    std::lock_guard lock(m_caches->mutex);
    m_caches->byUser.reset();
    m_caches->byItem.reset();
}

} // namespace RecStudio::Model
