#include "explorepanel.h"

#include "logmodel.h"
#include "roles.h"
#include "session.h"
#include "titlecompleter.h"
#include "titlelistmodel.h"

#include <dataset.h>
#include <similarity.h>

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace RecStudio::Ui {

ExplorePanel::ExplorePanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_titles(new TitleListModel(this))
    , m_similar(new ItemListModel(tr("Similarity", "column title: cosine similarity"), 3, this))
    , m_recommended(new ItemListModel(tr("Predicted", "column title: predicted rating"), 2, this))
    , m_rated(new ItemListModel(tr("Rating", "column title: the user's own rating"), 1, this))
{
    // Similar titles.
    m_titleEdit = new QLineEdit;
    m_titleEdit->setPlaceholderText(tr("Type part of a title, e.g. heat 1995"));
    m_titleEdit->setClearButtonEnabled(true);
    auto completer = new TitleCompleter(m_titles, this);
    m_titleEdit->setCompleter(completer);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { selectMovie(index.data(ItemIndexRole).toInt()); });
    connect(m_titleEdit, &QLineEdit::returnPressed, this, [this] {
        const QList<int32_t> items = findTitles(m_titleEdit->text());
        if (!items.isEmpty())
            selectMovie(items.first());
    });
    m_k = new QSpinBox;
    m_k->setRange(1, 500);
    m_k->setValue(10);
    m_k->setToolTip(tr("Number of similar titles to show (k)"));
    m_minRatings = new QSpinBox;
    m_minRatings->setRange(0, 100000);
    m_minRatings->setValue(DefaultMinimumRatings);
    m_minRatings->setToolTip(tr("Hide movies with fewer training ratings than this: their "
                                "factors rest on little data"));
    connect(m_k, &QSpinBox::valueChanged, this, &ExplorePanel::querySimilar);
    connect(m_minRatings, &QSpinBox::valueChanged, this, &ExplorePanel::querySimilar);
    m_similarStatus = new QLabel;
    m_similarStatus->setWordWrap(true);

    auto similarBox = new QGroupBox(tr("Similar titles"));
    auto similarForm = new QFormLayout;
    similarForm->addRow(tr("Movie:"), m_titleEdit);
    auto similarOptions = new QHBoxLayout;
    similarOptions->addWidget(new QLabel(tr("Show:")));
    similarOptions->addWidget(m_k);
    similarOptions->addWidget(new QLabel(tr("Minimum ratings:")));
    similarOptions->addWidget(m_minRatings);
    similarOptions->addStretch();
    similarForm->addRow(similarOptions);
    auto similarLayout = new QVBoxLayout(similarBox);
    similarLayout->addLayout(similarForm);
    similarLayout->addWidget(m_similarStatus);
    similarLayout->addWidget(createTable(m_similar), 1);

    // Recommendations for a user.
    m_userEdit = new QLineEdit;
    m_userEdit->setPlaceholderText(tr("User id, e.g. 1"));
    m_userEdit->setToolTip(tr("Raw user id as in the ratings file"));
    m_n = new QSpinBox;
    m_n->setRange(1, 500);
    m_n->setValue(10);
    m_n->setToolTip(tr("Number of recommendations (N)"));
    m_userMinRatings = new QSpinBox;
    m_userMinRatings->setRange(0, 100000);
    m_userMinRatings->setValue(DefaultMinimumRatings);
    m_userMinRatings->setToolTip(tr("Recommend only movies with at least this many training "
                                    "ratings"));
    connect(m_userMinRatings, &QSpinBox::valueChanged, this, [this] {
        if (!m_userEdit->text().isEmpty())
            queryUser();
    });
    auto recommendButton = new QPushButton(tr("Recommend"));
    connect(recommendButton, &QPushButton::clicked, this, &ExplorePanel::queryUser);
    connect(m_userEdit, &QLineEdit::returnPressed, this, &ExplorePanel::queryUser);
    connect(m_n, &QSpinBox::valueChanged, this, [this] {
        if (!m_userEdit->text().isEmpty())
            queryUser();
    });
    m_userStatus = new QLabel;
    m_userStatus->setWordWrap(true);

    auto userBox = new QGroupBox(tr("Recommendations for a user"));
    auto userRow = new QHBoxLayout;
    userRow->addWidget(new QLabel(tr("User:")));
    userRow->addWidget(m_userEdit, 1);
    userRow->addWidget(new QLabel(tr("Top:")));
    userRow->addWidget(m_n);
    userRow->addWidget(new QLabel(tr("Minimum ratings:")));
    userRow->addWidget(m_userMinRatings);
    userRow->addWidget(recommendButton);
    auto userTables = new QSplitter(Qt::Horizontal);
    auto recommendedBox = new QGroupBox(tr("Recommended (not yet rated)"));
    (new QVBoxLayout(recommendedBox))->addWidget(createTable(m_recommended));
    auto ratedBox = new QGroupBox(tr("Rated highest by the user"));
    (new QVBoxLayout(ratedBox))->addWidget(createTable(m_rated));
    userTables->addWidget(recommendedBox);
    userTables->addWidget(ratedBox);
    auto userLayout = new QVBoxLayout(userBox);
    userLayout->addLayout(userRow);
    userLayout->addWidget(m_userStatus);
    userLayout->addWidget(userTables, 1);

    auto splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(similarBox);
    splitter->addWidget(userBox);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&m_similarWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_similarWatcher.future().resultCount() == 0 || !m_run)
            return;
        const SimilarOutcome outcome = m_similarWatcher.result();
        // A model replaced while the query ran indexes another catalogue.
        if (outcome.run != m_run)
            return;
        if (!outcome.error.isEmpty()) {
            m_similar->clear();
            m_similarStatus->setText(outcome.error);
        } else {
            m_similar->setEntries(m_run->dataset, outcome.entries, m_run->itemTrainCounts);
            m_similarStatus->setText(
                tr("%n title(s) most similar to %1", "", int(outcome.entries.size()))
                    .arg(QString::fromStdString(m_run->dataset->itemTitle(m_selectedItem))));
        }
        emit similarReady();
    });
    connect(&m_userWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_userWatcher.future().resultCount() == 0 || !m_run)
            return;
        const UserOutcome outcome = m_userWatcher.result();
        if (outcome.run != m_run)
            return;
        if (!outcome.error.isEmpty()) {
            m_recommended->clear();
            m_rated->clear();
            m_userStatus->setText(outcome.error);
        } else {
            m_recommended->setEntries(m_run->dataset, outcome.recommended, m_run->itemTrainCounts);
            m_rated->setEntries(m_run->dataset, outcome.rated, m_run->itemTrainCounts);
            m_userStatus->setText(tr("Top %n recommendation(s) for user %1", "",
                                     int(outcome.recommended.size()))
                                      .arg(m_userEdit->text().trimmed()));
        }
        emit recommendationsReady();
    });
    connect(&m_titlesWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_titlesWatcher.future().resultCount() > 0)
            m_titles->setTitles(m_titlesWatcher.result());
    });
    connect(session, &Session::trainedRunChanged, this, &ExplorePanel::onRunChanged);
    connect(session, &Session::datasetChanged, this, &ExplorePanel::onRunChanged);
    onRunChanged();
}

ExplorePanel::~ExplorePanel()
{
    m_similarWatcher.waitForFinished();
    m_userWatcher.waitForFinished();
    m_titlesWatcher.waitForFinished();
}

QTableView *ExplorePanel::createTable(ItemListModel *model)
{
    auto view = new QTableView;
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->resizeSection(ItemListModel::Genres, 160);
    view->horizontalHeader()->resizeSection(ItemListModel::Score, 70);
    view->horizontalHeader()->resizeSection(ItemListModel::RatingCount, 60);
    view->horizontalHeader()->setSectionResizeMode(ItemListModel::Title, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(ItemListModel::Rank,
                                                   QHeaderView::ResizeToContents);
    return view;
}

QList<int32_t> ExplorePanel::findTitles(const QString &text) const
{
    return m_titles->findItems(text);
}

QString ExplorePanel::similarStatus() const
{
    return m_similarStatus->text();
}

QString ExplorePanel::userStatus() const
{
    return m_userStatus->text();
}

void ExplorePanel::setNeighborCount(int k)
{
    m_k->setValue(k);
}

void ExplorePanel::setMinimumRatings(int count)
{
    m_minRatings->setValue(count);
}

void ExplorePanel::setRecommendationCount(int n)
{
    m_n->setValue(n);
}

void ExplorePanel::setRecommendationMinimumRatings(int count)
{
    m_userMinRatings->setValue(count);
}

void ExplorePanel::onRunChanged()
{
    m_run = m_session->trainedRun();
    const std::shared_ptr<const Model::Dataset> dataset = m_run ? m_run->dataset
                                                                : m_session->dataset();
    m_titles->setTitles({});
    m_titlesWatcher.setFuture(
        QtConcurrent::run([dataset] { return TitleListModel::buildTitles(dataset); }));
    m_session->jobs().addFuture(m_titlesWatcher.future());
    m_similar->clear();
    m_recommended->clear();
    m_rated->clear();
    m_selectedItem = -1;
    const QString hint = m_run ? QString()
                               : tr("Train a model (Training tab) or open one to explore it.");
    m_similarStatus->setText(hint);
    m_userStatus->setText(hint);
}

void ExplorePanel::selectMovie(int32_t item)
{
    if (!m_run || item < 0 || item >= m_run->dataset->itemCount())
        return;
    m_selectedItem = item;
    const QString title = QString::fromStdString(m_run->dataset->itemTitle(item));
    if (m_titleEdit->text() != title) {
        const QSignalBlocker blocker(m_titleEdit);
        m_titleEdit->setText(title);
    }
    querySimilar();
}

void ExplorePanel::querySimilar()
{
    if (!m_run || m_selectedItem < 0)
        return;
    Model::SimilarityQuery query;
    query.item = m_selectedItem;
    query.k = m_k->value();
    query.minRatings = m_minRatings->value();
    const std::shared_ptr<const TrainedRun> run = m_run;
    m_similarStatus->setText(tr("Searching…"));
    m_similarWatcher.setFuture(QtConcurrent::run([run, query] {
        SimilarOutcome outcome;
        outcome.run = run;
        Model::Result<std::vector<Model::Neighbor>> found
            = Model::similarItems(run->model, query, run->itemTrainCounts);
        if (!found.ok()) {
            outcome.error = QString::fromStdString(found.error());
            return outcome;
        }
        for (const Model::Neighbor &neighbor : found.value())
            outcome.entries.append({neighbor.item, double(neighbor.similarity)});
        return outcome;
    }));
    m_session->jobs().addFuture(m_similarWatcher.future());
}

void ExplorePanel::selectUser(const QString &rawUserId)
{
    m_userEdit->setText(rawUserId);
    queryUser();
}

void ExplorePanel::queryUser()
{
    if (!m_run) {
        m_userStatus->setText(tr("Train a model (Training tab) or open one to explore it."));
        return;
    }
    const QString rawId = m_userEdit->text().trimmed();
    const int32_t user = m_run->dataset->users.find(rawId.toStdString());
    if (user < 0) {
        m_userStatus->setText(tr("User '%1' is not in the dataset: enter a user id as written "
                                 "in the ratings file.")
                                  .arg(rawId));
        m_recommended->clear();
        m_rated->clear();
        return;
    }
    const std::shared_ptr<const TrainedRun> run = m_run;
    const int n = m_n->value();
    const int64_t minRatings = m_userMinRatings->value();
    m_userStatus->setText(tr("Scoring…"));
    m_userWatcher.setFuture(QtConcurrent::run([run, user, n, minRatings] {
        UserOutcome outcome;
        outcome.run = run;
        // Everything the user rated is left out, test ratings included: recommending a
        // movie the user has already seen is useless whatever the split.
        const Model::CsrMatrix &byUser = run->dataset->byUser();
        std::vector<int32_t> ratedItems;
        QList<ItemListModel::Entry> rated;
        for (int64_t k = byUser.offsets[std::size_t(user)];
             k < byUser.offsets[std::size_t(user) + 1]; ++k) {
            ratedItems.push_back(byUser.columns[std::size_t(k)]);
            rated.append({byUser.columns[std::size_t(k)], double(byUser.values[std::size_t(k)])});
        }
        std::stable_sort(rated.begin(), rated.end(),
                         [](const ItemListModel::Entry &a, const ItemListModel::Entry &b) {
                             return a.score > b.score;
                         });
        outcome.rated = rated.mid(0, n);
        // Movies below the minimum count are left out the same way as rated ones.
        std::vector<int32_t> excluded = ratedItems;
        for (std::size_t item = 0; item < run->itemTrainCounts.size(); ++item) {
            if (run->itemTrainCounts[item] < minRatings)
                excluded.push_back(int32_t(item));
        }
        Model::Result<std::vector<Model::Recommendation>> found
            = Model::recommendForUser(run->model, user, n, excluded);
        if (!found.ok()) {
            outcome.error = QString::fromStdString(found.error());
            return outcome;
        }
        // Predictions are unbounded sums; like the ratings they stand for, they are shown
        // clipped to the scale of the dataset.
        const auto [lowest, highest] = std::minmax_element(run->dataset->ratings.rating.begin(),
                                                           run->dataset->ratings.rating.end());
        for (const Model::Recommendation &recommendation : found.value()) {
            const double score = std::clamp(double(recommendation.score), double(*lowest),
                                            double(*highest));
            outcome.recommended.append({recommendation.item, score});
        }
        return outcome;
    }));
    m_session->jobs().addFuture(m_userWatcher.future());
}

} // namespace RecStudio::Ui
