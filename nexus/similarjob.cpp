#include "similarjob.h"

#include "pushjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RecStudio::Nexus {

NexusRequest similarItemsRequest(const NexusClient &client, const SimilarQuery &query)
{
    QJsonArray vector;
    for (const float value : query.vector)
        vector.append(double(value));
    const QJsonObject filter{
        {QStringLiteral("filter"),
         QJsonArray{QJsonObject{
             {QStringLiteral("term"), QJsonObject{{QStringLiteral("modelRun"), query.runId}}}}}},
        {QStringLiteral("must_not"),
         QJsonArray{QJsonObject{
             {QStringLiteral("term"),
              QJsonObject{{QStringLiteral("movieId"), query.movie.toJson()}}}}}},
    };
    // ElasticSearch scores must not be negative, hence the + 1.0 on the cosine.
    const QJsonObject body{
        {QStringLiteral("size"), query.k},
        {QStringLiteral("_source"), QJsonArray{QStringLiteral("movieId"), QStringLiteral("title")}},
        {QStringLiteral("query"),
         QJsonObject{{QStringLiteral("script_score"),
                      QJsonObject{{QStringLiteral("query"),
                                   QJsonObject{{QStringLiteral("bool"), filter}}},
                                  {QStringLiteral("script"),
                                   QJsonObject{{QStringLiteral("source"),
                                                QStringLiteral("cosineSimilarity(params.query_"
                                                               "vector, 'embedding') + 1.0")},
                                               {QStringLiteral("params"),
                                                QJsonObject{{QStringLiteral("query_vector"),
                                                             vector}}}}}}}}},
    };
    NexusRequest request;
    request.method = "POST";
    request.url = client.projectEndpoint(QStringLiteral("views"),
                                         {PushJob::viewIdFor(query.runId), QStringLiteral("_search")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.call = SimilarItemsJob::tr("find movies similar to movie %1").arg(query.movie.toString());
    return request;
}

QString parseSimilarItems(const QByteArray &body, std::vector<SimilarItem> &items)
{
    const QJsonObject hits = QJsonDocument::fromJson(body).object().value(QLatin1String("hits")).toObject();
    if (!hits.value(QLatin1String("hits")).isArray())
        return QStringLiteral("the body has no hits.hits array");
    items.clear();
    for (const QJsonValue &value : hits.value(QLatin1String("hits")).toArray()) {
        const QJsonObject hit = value.toObject();
        const QJsonObject source = hit.value(QLatin1String("_source")).toObject();
        SimilarItem item;
        if (!readRawId(source.value(QLatin1String("movieId")), item.movie))
            return QStringLiteral("a hit has no movieId");
        item.title = source.value(QLatin1String("title")).toString();
        item.similarity = hit.value(QLatin1String("_score")).toDouble() - 1.0;
        items.push_back(std::move(item));
    }
    return {};
}

SimilarItemsJob::SimilarItemsJob(NexusClient *client, const SimilarQuery &query, QObject *parent)
    : NexusJob(client, parent)
    , m_query(query)
{}

void SimilarItemsJob::run()
{
    if (!m_query.vector.empty()) {
        search();
        return;
    }
    // GET by id is immediately consistent, unlike the view.
    NexusRequest request;
    request.url = client()->projectEndpoint(QStringLiteral("resources"),
                                            {QStringLiteral("_"),
                                             embeddingResourceId(m_query.movie, m_query.runId),
                                             QStringLiteral("source")});
    request.call = tr("fetch the embedding of movie %1").arg(m_query.movie.toString());
    client()->send(request, this, [this, call = request.call](const NexusReply &reply) {
        if (!reply.ok()) {
            fail(*reply.error);
            return;
        }
        const QJsonArray vector = QJsonDocument::fromJson(reply.body)
                                      .object()
                                      .value(QLatin1String("embedding"))
                                      .toArray();
        if (vector.isEmpty()) {
            fail(NexusError::invalidReply(call, tr("the resource has no 'embedding' array")));
            return;
        }
        for (const QJsonValue &value : vector)
            m_query.vector.push_back(float(value.toDouble()));
        search();
    });
}

void SimilarItemsJob::search()
{
    const NexusRequest request = similarItemsRequest(*client(), m_query);
    client()->send(request, this, [this, call = request.call](const NexusReply &reply) {
        if (!reply.ok()) {
            fail(*reply.error);
            return;
        }
        const QString problem = parseSimilarItems(reply.body, m_items);
        if (!problem.isEmpty()) {
            fail(NexusError::invalidReply(call, problem));
            return;
        }
        succeed();
    });
}

} // namespace RecStudio::Nexus
