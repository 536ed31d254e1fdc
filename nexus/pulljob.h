#pragma once

#include "nexusjob.h"
#include "nexussteps.h"
#include "resourcepayloads.h"
#include "searchpage.h"

#include <dataset.h>

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace RecStudio::Nexus {

struct PullOptions
{
    TypeNames types;
    // Dedicated ElasticSearch view holding ratings and movies with their payload fields.
    QString viewId = QStringLiteral("recstudio-ratings");
    bool createView = true; // create or update the view when missing or different
    bool includeMovies = true;
    // Hits per `_search` call, 1 to 10,000. search_after keeps from + size within
    // ElasticSearch's default 10,000 result window however many pages follow.
    int pageSize = 2000;
    IndexingWait indexing;
};

// Outcome of a pull, shown to the user next to the dataset.
struct PullReport
{
    enum class Path { DedicatedView, DefaultView, ListingMultiFetch };
    Path path = Path::DedicatedView;
    QString viewId;
    bool viewCreated = false;
    qint64 ratingHits = 0;
    qint64 movieHits = 0;
    qint64 skipped = 0;
    qint64 pages = 0;
    QStringList problems;

    QString describePath() const;
};

// Reads every Rating (and Movie) of the project into a Dataset through an ElasticSearch
// view, paging with search_after on the keyword `@id`. It creates the dedicated view when
// allowed and waits for it to finish indexing. When the token may not create views, it
// reads the default view's `_original_source` instead. When it may not query views
// either, it pages through the resource listing and multi-fetches the payloads, which
// takes two requests per page. A token that expires pauses the job (paused()), and after
// NexusClient::setToken() the job requests the same page again.
class PullJob final : public NexusJob
{
    Q_OBJECT

public:
    PullJob(NexusClient *client, const PullOptions &options, QObject *parent = nullptr);

    const PullReport &report() const { return m_report; }
    // The pulled data; valid after finished(). Moves it out.
    Model::Dataset takeDataset();

    // The view payload the pull creates for the given project vocab.
    static QJsonObject viewPayload(const TypeNames &types, const QString &vocab);

protected:
    void run() override;

private:
    void prepareView();
    void useDefaultView();
    void waitForView();
    void fetchPage(DocumentKind kind);
    void onPage(DocumentKind kind, const SearchPage &page);
    void useListing(DocumentKind kind);
    void fetchListingPage(DocumentKind kind, const QUrl &url);
    void fetchPayloads(DocumentKind kind, const QStringList &ids, const QUrl &next, qint64 total);
    void finishKind(DocumentKind kind);
    void buildDataset();

    PullOptions m_options;
    ProjectInfo m_project;
    PullReport m_report;
    SourceLayout m_layout = SourceLayout::Fields;
    QJsonArray m_searchAfter;
    QString m_lastSortKey;
    qint64 m_kindTotal = 0;
    std::vector<PulledRating> m_ratings;
    std::vector<PulledMovie> m_movies;
    Model::Dataset m_dataset;
    QSet<QString> m_listedIds; // listing path: ids already read, so none counts twice
};

} // namespace RecStudio::Nexus
