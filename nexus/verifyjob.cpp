#include "verifyjob.h"

#include "similarjob.h"

#include <similarity.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace RecStudio::Nexus {

QString VerifyReport::describe() const
{
    return VerifyJob::tr("%1 of %2 sampled items have the same top-k on the server as "
                         "locally.")
        .arg(matching)
        .arg(checked);
}

VerifyJob::VerifyJob(NexusClient *client, EmbeddingSet embeddings, int sampleSize, int k,
                     quint64 seed, QObject *parent)
    : NexusJob(client, parent)
    , m_embeddings(std::move(embeddings))
    , m_sampleSize(sampleSize)
    , m_k(k)
    , m_seed(seed)
{}

void VerifyJob::run()
{
    if (m_embeddings.runId.isEmpty())
        m_embeddings.runId = runIdFor(m_embeddings.provenance);
    // The pushed set: all-zero vectors were skipped by the push.
    std::vector<std::size_t> pushed;
    for (std::size_t i = 0; i < m_embeddings.items.size(); ++i) {
        const auto &vector = m_embeddings.items[i].vector;
        if (std::any_of(vector.begin(), vector.end(), [](float v) { return v != 0.0f; }))
            pushed.push_back(i);
    }
    const int dimension = m_embeddings.dimension();
    Model::FactorMatrix factors(Eigen::Index(pushed.size()), dimension);
    for (std::size_t row = 0; row < pushed.size(); ++row)
        for (int f = 0; f < dimension; ++f)
            factors(Eigen::Index(row), f) = m_embeddings.items[pushed[row]].vector[std::size_t(f)];
    const auto index = std::make_shared<Model::ExactCosineIndex>(factors);

    std::vector<std::size_t> sample(pushed.size());
    for (std::size_t row = 0; row < sample.size(); ++row)
        sample[row] = row;
    std::mt19937_64 random(m_seed);
    std::shuffle(sample.begin(), sample.end(), random);
    sample.resize(std::min<std::size_t>(sample.size(), std::size_t(std::max(m_sampleSize, 0))));
    if (sample.empty()) {
        succeed();
        return;
    }

    m_outstanding = int(sample.size());
    m_total = m_outstanding;
    for (const std::size_t row : sample) {
        const auto local = index->search(Model::SimilarityQuery{int32_t(row), m_k, 0}, {});
        if (!local.ok()) {
            fail(QString::fromStdString(local.error()));
            return;
        }
        const EmbeddingItem &item = m_embeddings.items[pushed[row]];
        SimilarQuery query{m_embeddings.runId, item.movie, m_k, item.vector};
        std::vector<std::pair<QString, double>> expected;
        for (const Model::Neighbor &neighbor : local.value())
            expected.emplace_back(m_embeddings.items[pushed[std::size_t(neighbor.item)]].movie.toString(),
                                  double(neighbor.similarity));

        const NexusRequest request = similarItemsRequest(*client(), query);
        client()->send(request, this, [this, expected, movie = item.movie.toString(),
                                       call = request.call](const NexusReply &reply) {
            if (!reply.ok()) {
                fail(*reply.error);
                return;
            }
            std::vector<SimilarItem> served;
            const QString problem = parseSimilarItems(reply.body, served);
            if (!problem.isEmpty()) {
                fail(NexusError::invalidReply(call, problem));
                return;
            }
            ++m_report.checked;
            bool same = served.size() == expected.size();
            for (std::size_t i = 0; same && i < served.size(); ++i)
                same = served[i].movie.toString() == expected[i].first
                    || std::fabs(served[i].similarity - expected[i].second) < tieTolerance;
            if (same) {
                ++m_report.matching;
            } else {
                QStringList local;
                QStringList server;
                for (const auto &entry : expected)
                    local.append(entry.first);
                for (const SimilarItem &entry : served)
                    server.append(entry.movie.toString());
                m_report.differences.append(tr("movie %1: local [%2], server [%3]")
                                                .arg(movie, local.join(QLatin1Char(' ')),
                                                     server.join(QLatin1Char(' '))));
            }
            emit progress(m_report.checked, m_total, tr("Comparing server and local top-k"));
            if (--m_outstanding == 0)
                succeed();
        });
    }
}

} // namespace RecStudio::Nexus
