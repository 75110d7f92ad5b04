#include "dates/date_model_trainer.h"

#include <gtest/gtest.h>

#include "support/articles.h"
#include "dates/supervised_date_ranker.h"

namespace annals::tls {
namespace {

using testing::make_article;

using annals::testing::day;

// Forward-looking mentions (announcements) name the days that matter here.
Corpus training_story() {
  return Corpus::analyze({
      make_article("a", "2025-03-03", "A vote is set for March 6, 2025.\nThe storm of March 1, 2025 was mild."),
      make_article("b", "2025-03-04", "Lawmakers will vote on March 6, 2025.\nHearings begin on March 9, 2025."),
      make_article("c", "2025-03-10", "The March 1, 2025 storm cost little."),
  });
}

DateTrainingExample example(const Corpus& corpus, std::set<Date> reference) {
  DateTrainingExample e;
  e.corpus = &corpus;
  e.request.window.from = day("2025-03-01");
  e.request.window.to = day("2025-03-31");
  e.reference = std::move(reference);
  return e;
}

TEST(DateModelTrainerTest, LearnsThatForwardMentionsMarkReferenceDays) {
  Corpus corpus = training_story();
  std::vector<DateTrainingExample> examples = {example(corpus, {day("2025-03-06"), day("2025-03-09")})};
  DateTrainingOptions options;
  options.features = {"sents_after", "sents_before"};
  options.trained_on = "story";
  DateModel model = train_date_model(examples, options);
  EXPECT_EQ(model.features, options.features);
  EXPECT_EQ(model.trained_on, "story");
  ASSERT_EQ(model.weights.size(), 2u);
  EXPECT_GT(model.weights[0], 0.0);
  EXPECT_LT(model.weights[1], 0.0);
  auto ranked = SupervisedDateRanker(std::make_shared<DateModel>(model)).rank(corpus, examples[0].request);
  EXPECT_EQ(ranked, (std::vector<Date>{day("2025-03-06"), day("2025-03-09"), day("2025-03-01")}));
}

TEST(DateModelTrainerTest, NeedsBothClasses) {
  Corpus corpus = training_story();
  std::vector<DateTrainingExample> none = {example(corpus, {})};
  EXPECT_THROW(train_date_model(none), std::invalid_argument);
  std::vector<DateTrainingExample> all = {
      example(corpus, {day("2025-03-01"), day("2025-03-06"), day("2025-03-09")})};
  EXPECT_THROW(train_date_model(all), std::invalid_argument);
}

}  // namespace
}  // namespace annals::tls
