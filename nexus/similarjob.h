#pragma once

#include "nexusclient.h"
#include "nexusjob.h"
#include "resourcepayloads.h"

#include <vector>

namespace RecStudio::Nexus {

struct SimilarItem
{
    RawId movie;
    QString title;
    double similarity = 0.0; // cosine, in [-1, 1]
};

struct SimilarQuery
{
    QString runId;
    RawId movie;
    int k = 10;
    std::vector<float> vector; // the movie's embedding; empty: fetched from Nexus
};

// Builds the `_search` request that queries the run's embedding view for the k nearest items of
// vector by cosine similarity (script_score), leaving out the query movie itself.
NexusRequest similarItemsRequest(const NexusClient &client, const SimilarQuery &query);
// Parses its response; returns an empty string or what is wrong with the body.
QString parseSimilarItems(const QByteArray &body, std::vector<SimilarItem> &items);

// Job that finds "items similar to X" in the ElasticSearch view of a pushed model run.
class SimilarItemsJob final : public NexusJob
{
    Q_OBJECT

public:
    SimilarItemsJob(NexusClient *client, const SimilarQuery &query, QObject *parent = nullptr);

    const std::vector<SimilarItem> &items() const { return m_items; }

protected:
    void run() override;

private:
    void search();

    SimilarQuery m_query;
    std::vector<SimilarItem> m_items;
};

} // namespace RecStudio::Nexus
