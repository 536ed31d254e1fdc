#pragma once

#include "embeddingpush.h"
#include "nexusjob.h"

namespace RecStudio::Nexus {

struct VerifyReport
{
    int checked = 0;
    int matching = 0;
    QStringList differences; // one line per item whose server top-k differs

    QString describe() const;
};

// Checks a pushed run: for a sample of items, the view's top-k by cosine similarity must
// equal the top-k computed locally from the same vectors. Positions where the two lists
// differ only between items whose similarities are within tolerance count as ties.
class VerifyJob final : public NexusJob
{
    Q_OBJECT

public:
    VerifyJob(NexusClient *client, EmbeddingSet embeddings, int sampleSize, int k,
              quint64 seed = 7, QObject *parent = nullptr);

    const VerifyReport &report() const { return m_report; }
    static constexpr double tieTolerance = 1e-4;

protected:
    void run() override;

private:
    EmbeddingSet m_embeddings;
    int m_sampleSize;
    int m_k;
    quint64 m_seed;
    int m_outstanding = 0;
    int m_total = 0;
    VerifyReport m_report;
};

} // namespace RecStudio::Nexus
