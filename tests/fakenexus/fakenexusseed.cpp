#include "fakenexusseed.h"

#include <resourcepayloads.h>

namespace RecStudio::FakeNexus {

namespace {

Nexus::RawId rawIdOf(const Model::IdMap &map, int32_t index)
{
    Nexus::RawId id;
    id.numeric = map.isNumeric();
    if (id.numeric)
        id.number = map.numericId(index);
    else
        id.text = map.rawId(index);
    return id;
}

} // namespace

void seedDataset(FakeNexusStore &store, const Model::Dataset &dataset)
{
    const Nexus::TypeNames types;
    for (const Model::Movie &movie : dataset.movies) {
        Nexus::RawId id;
        Nexus::readRawId(QJsonValue(QString::fromStdString(movie.rawId)), id);
        store.seedResource(Nexus::moviePayload(types.movie, id, QString::fromStdString(movie.title),
                                               movie.genres));
    }
    const Model::RatingColumns &ratings = dataset.ratings;
    for (std::size_t k = 0; k < ratings.size(); ++k)
        store.seedResource(Nexus::ratingPayload(types.rating,
                                                rawIdOf(dataset.users, ratings.user[k]),
                                                rawIdOf(dataset.items, ratings.item[k]),
                                                double(ratings.rating[k]), ratings.timestamp[k]));
}

} // namespace RecStudio::FakeNexus
