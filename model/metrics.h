#pragma once

#include "factormodel.h"
#include "ratings.h"
#include "trainer.h"

#include <cstdint>

namespace RecStudio::Model {

// MSE, RMSE and MAE of model over the given pairs only (never a dense prediction
// matrix). Users or items without training ratings (per the model's rating counts)
// are predicted from the other side's bias and the global mean, and counted in
// unseenUsers and unseenItems. Indices outside the model count as unseen too.
// Partial sums are combined in a fixed order, so the result does not depend on threads.
ErrorMetrics errorMetrics(const FactorModel &model, const RatingColumns &ratings,
                          int32_t threads = 1);

// Top-k quality averaged over the users that have at least one relevant test rating
// (rating >= threshold). Each user's list ranks every item by predicted score, leaves
// out the items that user rated in train, and breaks score ties by the lower index.
struct RankingMetrics
{
    double precision = 0.0; // relevant items in the list / k
    double recall = 0.0;    // relevant items in the list / relevant test items
    double ndcg = 0.0;      // DCG / ideal DCG with binary gains and log2(rank + 1) discount
    double map = 0.0;       // mean of AP@k = Σ precision@rank at hits / min(k, relevant)
    double coverage = 0.0;  // distinct items in any evaluated list / items in the model
    int32_t k = 10;
    double threshold = 4.0;
    int32_t usersEvaluated = 0;
};

// Scores one user at a time with one thread per group of users; train and test index
// the model's users and items.
RankingMetrics rankingMetrics(const FactorModel &model, const RatingColumns &train,
                              const RatingColumns &test, int32_t userCount, int32_t itemCount,
                              int32_t k = 10, double threshold = 4.0, int32_t threads = 1);

} // namespace RecStudio::Model
