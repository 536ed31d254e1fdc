#pragma once

#include "itemlistmodel.h"
#include "titlelistmodel.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
QT_END_NAMESPACE

namespace RecStudio::Ui {

class Session;
struct TrainedRun;

// The Explore tab. Picking a movie by title shows its k most similar titles by cosine
// similarity of the item factors. Picking a user shows top-N recommendations that leave
// out what the user rated, next to the movies that user rated highest.
class ExplorePanel final : public QWidget
{
    Q_OBJECT

public:
    // Movies with fewer training ratings are hidden until the user lowers the filter.
    // Their factors rest on one or two ratings, so without a floor they fill the top of
    // every list with cosine similarities near 1 and predictions at the top of the scale.
    static constexpr int DefaultMinimumRatings = 10;

    explicit ExplorePanel(Session *session, QWidget *parent = nullptr);
    ~ExplorePanel() override;

    // Items whose title contains text, ignoring case and accents.
    QList<int32_t> findTitles(const QString &text) const;
    void selectMovie(int32_t item);
    void setNeighborCount(int k);
    void setMinimumRatings(int count);
    void selectUser(const QString &rawUserId);
    void setRecommendationCount(int n);
    void setRecommendationMinimumRatings(int count);

    ItemListModel *similarModel() const { return m_similar; }
    ItemListModel *recommendationsModel() const { return m_recommended; }
    ItemListModel *ratedModel() const { return m_rated; }
    TitleListModel *titleModel() const { return m_titles; }
    QLineEdit *titleEdit() const { return m_titleEdit; }
    QString similarStatus() const;
    QString userStatus() const;
    bool isBusy() const
    {
        return m_similarWatcher.isRunning() || m_userWatcher.isRunning()
               || m_titlesWatcher.isRunning();
    }

signals:
    void similarReady();
    void recommendationsReady();

private:
    struct SimilarOutcome
    {
        std::shared_ptr<const TrainedRun> run; // the model the entries index into
        QList<ItemListModel::Entry> entries;
        QString error;
    };
    struct UserOutcome
    {
        std::shared_ptr<const TrainedRun> run;
        QList<ItemListModel::Entry> recommended;
        QList<ItemListModel::Entry> rated;
        QString error;
    };

    void onRunChanged();
    void querySimilar();
    void queryUser();
    QTableView *createTable(ItemListModel *model);

    Session *m_session;
    std::shared_ptr<const TrainedRun> m_run;
    TitleListModel *m_titles;
    ItemListModel *m_similar;
    ItemListModel *m_recommended;
    ItemListModel *m_rated;
    QLineEdit *m_titleEdit = nullptr;
    QSpinBox *m_k = nullptr;
    QSpinBox *m_minRatings = nullptr;
    QLabel *m_similarStatus = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QSpinBox *m_n = nullptr;
    QSpinBox *m_userMinRatings = nullptr;
    QLabel *m_userStatus = nullptr;
    int32_t m_selectedItem = -1;
    QFutureWatcher<SimilarOutcome> m_similarWatcher;
    QFutureWatcher<UserOutcome> m_userWatcher;
    QFutureWatcher<QList<TitleListModel::Title>> m_titlesWatcher;
};

} // namespace RecStudio::Ui
