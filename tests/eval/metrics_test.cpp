#include "annals/eval/metrics.h"

#include <gtest/gtest.h>

#include "algorithms/cost_matrix.h"

namespace annals::eval {
namespace {

Date day(int d) { return *Date::from_ymd(2011, 1, d); }

TextTimeline timeline(std::initializer_list<std::pair<int, std::vector<std::string>>> entries) {
  TextTimeline t;
  for (const auto& [d, sentences] : entries) t.dates[day(d)] = sentences;
  return t;
}

class MetricsTest : public ::testing::Test {
 protected:
  MetricsTest() { data_.stopwords = {"the", "a", "of", "in"}; }
  TaskScores evaluate(const TextTimeline& pred, std::vector<TextTimeline> refs) {
    Evaluator evaluator(data_);
    return evaluator.evaluate(pred, refs);
  }
  RougeData data_;
};

void expect_all_zero(const RougeScores& scores) {
  for (Variant v : kAllVariants) {
    EXPECT_EQ(scores[v].precision, 0) << variant_name(v);
    EXPECT_EQ(scores[v].recall, 0) << variant_name(v);
    EXPECT_EQ(scores[v].f1, 0) << variant_name(v);
  }
}

TEST_F(MetricsTest, IdenticalTimelinesScoreOne) {
  TextTimeline t = timeline({{1, {"Protesters gather in Cairo ."}}, {5, {"Police fire tear gas at crowds ."}}});
  TaskScores s = evaluate(t, {t});
  EXPECT_TRUE(s.warnings.empty());
  for (const RougeScores* r : {&s.rouge_1, &s.rouge_2})
    for (Variant v : kAllVariants) EXPECT_EQ((*r)[v].f1, 1.0) << variant_name(v);
  EXPECT_EQ(s.date.f1, 1.0);
}

TEST_F(MetricsTest, ShiftedDateHalvesAlignedHits) {
  TaskScores s = evaluate(timeline({{2, {"Cairo protest grows"}}}), {timeline({{1, {"Cairo protest grows"}}})});
  EXPECT_EQ(s.rouge_1[Variant::kAgreement].f1, 0);
  EXPECT_EQ(s.rouge_1[Variant::kConcat].precision, 1.0);
  for (Variant v : {Variant::kAlignDateCosts, Variant::kAlignDateContentCosts, Variant::kAlignDateContentCostsManyToOne}) {
    EXPECT_EQ(s.rouge_1[v].precision, 0.5) << variant_name(v);
    EXPECT_EQ(s.rouge_2[v].recall, 0.5) << variant_name(v);
  }
  EXPECT_EQ(s.date.f1, 0);
}

// n dates on days 1, 3, 5, ... (shifted by `offset`), one sentence each.
TextTimeline spaced_timeline(int n, int offset) {
  TextTimeline t;
  for (int k = 0; k < n; ++k) t.dates[day(1) + (2 * k + offset)] = {"storm " + std::to_string(k % 7) + " hits"};
  return t;
}

// The cost matrices of n-date timelines are what eval's memory grows with:
// they were once all held at once with their transposes and the solver's
// copy (five matrices, about a gigabyte at 5,000 dates). Now the date and
// the content matrix alone are alive, plus, while a tall matrix (more
// predicted than reference dates) is solved, the solver's transposed copy
// of each.
TEST_F(MetricsTest, HoldsAtMostTwoCostMatricesAtOnce) {
  for (auto [pred_dates, ref_dates] : {std::pair{40, 40}, {25, 40}, {40, 25}}) {
    const std::size_t before = algorithms::CostCells::live();
    algorithms::CostCells::reset_peak();
    TaskScores s = evaluate(spaced_timeline(pred_dates, 0), {spaced_timeline(ref_dates, 1)});
    EXPECT_GT(s.rouge_1[Variant::kAlignDateCosts].f1, 0);
    const std::size_t matrices = pred_dates > ref_dates ? 4 : 2;
    EXPECT_LE(algorithms::CostCells::peak() - before, matrices * pred_dates * ref_dates)
        << pred_dates << " x " << ref_dates;
    EXPECT_EQ(algorithms::CostCells::live(), before);
  }
}

TEST_F(MetricsTest, DateF1CountsExactDates) {
  TaskScores s = evaluate(timeline({{1, {}}, {2, {"x"}}, {3, {"y"}}}),
                          {timeline({{2, {"x"}}, {3, {}}, {4, {"z"}}, {5, {"w"}}})});
  EXPECT_EQ(s.date.precision, 2.0 / 3);
  EXPECT_EQ(s.date.recall, 0.5);
  EXPECT_EQ(s.date.f1, 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5));
}

TEST_F(MetricsTest, EmptyReferenceTimelineHalvesPrecision) {
  TextTimeline pred = timeline({{1, {"Cairo protest grows fast"}}});
  TextTimeline ref = timeline({{1, {"Cairo protest grows"}}});
  TaskScores one = evaluate(pred, {ref});
  TaskScores two = evaluate(pred, {ref, TextTimeline{}});
  for (Variant v : {Variant::kConcat, Variant::kAgreement}) {
    EXPECT_EQ(two.rouge_1[v].precision, one.rouge_1[v].precision / 2) << variant_name(v);
    EXPECT_EQ(two.rouge_1[v].recall, one.rouge_1[v].recall) << variant_name(v);
  }
}

TEST_F(MetricsTest, EmptyPredictionScoresZeroWithWarning) {
  TaskScores s = evaluate(TextTimeline{}, {timeline({{1, {"Cairo protest"}}})});
  expect_all_zero(s.rouge_1);
  expect_all_zero(s.rouge_2);
  EXPECT_EQ(s.date.f1, 0);
  ASSERT_FALSE(s.warnings.empty());
  EXPECT_NE(s.warnings[0].find("prediction has no dates"), std::string::npos);
}

TEST_F(MetricsTest, NoReferencesScoreZeroWithWarning) {
  TextTimeline pred = timeline({{1, {"Cairo protest"}}});
  for (std::vector<TextTimeline> refs : {std::vector<TextTimeline>{}, std::vector<TextTimeline>{TextTimeline{}}}) {
    TaskScores s = evaluate(pred, refs);
    expect_all_zero(s.rouge_1);
    expect_all_zero(s.rouge_2);
    EXPECT_EQ(s.date.f1, 0);
    ASSERT_FALSE(s.warnings.empty());
    EXPECT_NE(s.warnings[0].find("references have no dates"), std::string::npos);
  }
}

TEST_F(MetricsTest, PredictionWithoutNgramsScoresZeroWithWarning) {
  TaskScores stop = evaluate(timeline({{1, {"the of a ..."}}}), {timeline({{1, {"Cairo protest"}}})});
  expect_all_zero(stop.rouge_1);
  EXPECT_EQ(stop.date.f1, 1.0);
  ASSERT_EQ(stop.warnings.size(), 2u);  // concat ROUGE-1 and ROUGE-2
  EXPECT_NE(stop.warnings[0].find("concat ROUGE-1"), std::string::npos);

  TaskScores one_token = evaluate(timeline({{1, {"Cairo"}}}), {timeline({{1, {"Cairo protest"}}})});
  EXPECT_EQ(one_token.rouge_1[Variant::kConcat].precision, 1.0);
  EXPECT_EQ(one_token.rouge_1[Variant::kConcat].recall, 0.5);
  expect_all_zero(one_token.rouge_2);
  ASSERT_EQ(one_token.warnings.size(), 1u);
  EXPECT_NE(one_token.warnings[0].find("concat ROUGE-2"), std::string::npos);
}

TEST(AverageNewsTls, MeansPrecisionAndRecallThenF1OfTheMeans) {
  std::vector<TaskScores> tasks(2);
  tasks[0].rouge_1[Variant::kAlignDateContentCostsManyToOne] = {1.0, 0.0, 0.0};
  tasks[1].rouge_1[Variant::kAlignDateContentCostsManyToOne] = {0.0, 1.0, 0.0};
  tasks[0].date = {0.5, 0.25, 0.0};
  tasks[1].date = {0.25, 0.5, 0.0};
  tasks[1].warnings = {"w"};
  TaskScores mean = average_news_tls(tasks);
  EXPECT_EQ(mean.rouge_1[Variant::kAlignDateContentCostsManyToOne].precision, 0.5);
  EXPECT_EQ(mean.rouge_1[Variant::kAlignDateContentCostsManyToOne].recall, 0.5);
  EXPECT_EQ(mean.rouge_1[Variant::kAlignDateContentCostsManyToOne].f1, 0.5);  // mean of F1 would be 0
  EXPECT_EQ(mean.date.precision, 0.375);
  EXPECT_EQ(mean.date.f1, 0.375);
  EXPECT_EQ(mean.warnings, std::vector<std::string>{"w"});
  EXPECT_EQ(average_news_tls({}).date.f1, 0);
}

}  // namespace
}  // namespace annals::eval
