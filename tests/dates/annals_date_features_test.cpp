// The annals date features on a hand-made corpus whose sentences name full
// dates, so that the tagger's reading is unambiguous.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "dates/annals_date_features.h"
#include "dates/mention_features.h"
#include "dates/supervised_date_ranker.h"
#include "support/articles.h"

namespace annals::tls {
namespace {

using testing::make_article;

using annals::testing::day;

using annals::testing::window;

// m (sentences naming the day): Mar 2 three times, Mar 5 twice. a1's second
// sentence names both days; only its first mention (Mar 2) is its
// sentence_day. Mar 3, Mar 5 and Mar 8 are publication days; a3 names nothing.
Corpus feature_story() {
  return Corpus::analyze({
      make_article("a1", "2025-03-03",
                   "The dam failed on March 2, 2025.\nTalks about March 2, 2025 resume on March 5, 2025.\n"
                   "Crews keep working."),
      make_article("a2", "2025-03-05", "Talks opened on March 5, 2025.\nThe dam had failed on March 2, 2025."),
      make_article("a3", "2025-03-08", "Repairs went on all week."),
  });
}

std::size_t column(const char* name) {
  const auto& names = annals_date_feature_names();
  return std::size_t(std::find(names.begin(), names.end(), name) - names.begin());
}

TEST(DayMentionsTest, EveryDayMentionCountsNotOnlyTheFirst) {
  std::map<Date, DayMentions> m = count_day_mentions(feature_story());
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[day("2025-03-02")].sentences, 3);
  EXPECT_EQ(m[day("2025-03-05")].sentences, 2);
  EXPECT_EQ(m[day("2025-03-02")].articles, 2);
  EXPECT_EQ(m[day("2025-03-05")].articles, 2);
  // Both articles look back at Mar 2; a2, published on Mar 5, is not later than it.
  EXPECT_EQ(m[day("2025-03-02")].later_articles, 2);
  EXPECT_EQ(m[day("2025-03-05")].later_articles, 0);
}

TEST(AnnalsDateFeaturesTest, RowsAreTheWindowsPublishedOrMentionedDays) {
  Corpus corpus = feature_story();
  DateFeatureTable t = extract_annals_date_features(corpus, window("2025-03-01", "2025-03-31"),
                                                    annals_date_feature_names());
  EXPECT_EQ(t.dates, (std::vector<Date>{day("2025-03-02"), day("2025-03-03"), day("2025-03-05"), day("2025-03-08")}));
  t = extract_annals_date_features(corpus, window("2025-03-03", "2025-03-07"), annals_date_feature_names());
  EXPECT_EQ(t.dates, (std::vector<Date>{day("2025-03-03"), day("2025-03-05")}));
}

TEST(AnnalsDateFeaturesTest, NewsTlsColumnsAreDatewisesAndZeroOnUndatedDays) {
  Corpus corpus = feature_story();
  TimelineRequest march = window("2025-03-01", "2025-03-31");
  DateFeatureTable news = extract_date_features(corpus, march, news_tls_date_features());
  DateFeatureTable t = extract_annals_date_features(corpus, march, news_tls_date_features());
  ASSERT_EQ(news.dates, (std::vector<Date>{day("2025-03-02"), day("2025-03-05")}));
  EXPECT_EQ(t.rows[0], news.rows[0]);                                            // Mar 2
  EXPECT_EQ(t.rows[1], std::vector<double>(news_tls_date_features().size(), 0));  // Mar 3
  EXPECT_EQ(t.rows[2], news.rows[1]);                                            // Mar 5
}

TEST(AnnalsDateFeaturesTest, MentionColumnsAreLogScaledByTheirMaximum) {
  DateFeatureTable t = extract_annals_date_features(feature_story(), window("2025-03-01", "2025-03-31"),
                                                    mention_feature_names());
  // Rows Mar 2, 3, 5, 8. Articles naming the day: 2, 0, 2, 0; later ones: 2, 0, 0, 0.
  std::vector<double> docs = {1, 0, 1, 0}, later = {1, 0, 0, 0};
  // burst: log1p(m(d)) - log1p(m of d-7..d+7 without d, / 14).
  std::vector<double> burst = {std::log1p(3.0) - std::log1p(2 / 14.0), -std::log1p(5 / 14.0),
                               std::log1p(2.0) - std::log1p(3 / 14.0), -std::log1p(5 / 14.0)};
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    SCOPED_TRACE(t.dates[i].to_string());
    EXPECT_DOUBLE_EQ(t.rows[i][0], docs[i]);
    EXPECT_DOUBLE_EQ(t.rows[i][1], later[i]);
    EXPECT_NEAR(t.rows[i][2], burst[i] / burst[0], 1e-12);  // Mar 2 has the largest |burst|
  }
}

TEST(AnnalsDateFeaturesTest, EdgesMarkTheWindowsEndsOrTheFirstAndLastPublication) {
  Corpus corpus = feature_story();
  std::vector<std::string> edges = {"first_day", "last_day"};
  DateFeatureTable closed = extract_annals_date_features(corpus, window("2025-03-02", "2025-03-08"), edges);
  ASSERT_EQ(closed.dates.size(), 4u);
  EXPECT_EQ(closed.rows.front(), (std::vector<double>{1, 0}));  // Mar 2
  EXPECT_EQ(closed.rows[1], (std::vector<double>{0, 0}));
  EXPECT_EQ(closed.rows.back(), (std::vector<double>{0, 1}));  // Mar 8
  // An open window ends at the publications: Mar 3 and Mar 8, not the mentioned Mar 2.
  DateFeatureTable open = extract_annals_date_features(corpus, {}, edges);
  ASSERT_EQ(open.dates.front(), day("2025-03-02"));
  EXPECT_EQ(open.rows[0], (std::vector<double>{0, 0}));
  EXPECT_EQ(open.rows[1], (std::vector<double>{1, 0}));
  EXPECT_EQ(open.rows.back(), (std::vector<double>{0, 1}));
}

TEST(AnnalsDateFeaturesTest, ColumnsFollowTheNamesAskedFor) {
  Corpus corpus = feature_story();
  TimelineRequest march = window("2025-03-01", "2025-03-31");
  DateFeatureTable all = extract_annals_date_features(corpus, march, annals_date_feature_names());
  DateFeatureTable two = extract_annals_date_features(corpus, march, std::vector<std::string>{"burst_m", "docs"});
  for (std::size_t i = 0; i < all.rows.size(); ++i)
    EXPECT_EQ(two.rows[i], (std::vector<double>{all.rows[i][column("burst_m")], all.rows[i][column("docs")]}));
  EXPECT_EQ(annals_date_feature_names().size(), 11u);
  EXPECT_THROW(extract_annals_date_features(corpus, march, std::vector<std::string>{"docs_published"}),
               std::invalid_argument);
}

TEST(AnnalsDateFeaturesTest, TheSupervisedRankerProposesPublicationOnlyDaysToo) {
  auto model = std::make_shared<DateModel>(DateModel{{"last_day", "docs_later"}, {2.0, 1.0}, 0.0, ""});
  SupervisedDateRanker ranker(model, extract_annals_date_features);
  // Mar 8 (last day, never named) first, then Mar 2 (looked back at), then ties by day.
  EXPECT_EQ(ranker.rank(feature_story(), window("2025-03-01", "2025-03-08")),
            (std::vector<Date>{day("2025-03-08"), day("2025-03-02"), day("2025-03-03"), day("2025-03-05")}));
}

}  // namespace
}  // namespace annals::tls
