#include <cstddef>

#include "annals/eval/metrics.h"
#include "eval/f_score.h"

namespace annals::eval {

namespace {

// Mean P and mean R in task order, then F1 of the means (news-tls).
template <class Get>
Prf average(std::span<const TaskScores> tasks, Get get) {
  double precision = 0, recall = 0;
  for (const TaskScores& task : tasks) {
    precision += get(task).precision;
    recall += get(task).recall;
  }
  precision /= double(tasks.size());
  recall /= double(tasks.size());
  return {precision, recall, f1_score(precision, recall)};
}

}  // namespace

TaskScores average_news_tls(std::span<const TaskScores> tasks) {
  TaskScores mean;
  if (tasks.empty()) return mean;
  for (std::size_t v = 0; v < kVariantCount; ++v) {
    mean.rouge_1.by_variant[v] = average(tasks, [v](const TaskScores& t) { return t.rouge_1.by_variant[v]; });
    mean.rouge_2.by_variant[v] = average(tasks, [v](const TaskScores& t) { return t.rouge_2.by_variant[v]; });
  }
  mean.date = average(tasks, [](const TaskScores& t) { return t.date; });
  for (const TaskScores& task : tasks)
    mean.warnings.insert(mean.warnings.end(), task.warnings.begin(), task.warnings.end());
  return mean;
}

}  // namespace annals::eval
