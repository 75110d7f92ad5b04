// Date statistics and the three date rankers on hand-made corpora whose
// sentences name full dates, so that the tagger's reading is unambiguous.
#include <gtest/gtest.h>

#include <cmath>

#include "support/articles.h"
#include "dates/date_features.h"
#include "dates/mention_count_ranker.h"
#include "dates/publication_count_ranker.h"
#include "corpus/sentence_day.h"
#include "dates/supervised_date_ranker.h"

namespace annals::tls {
namespace {

using testing::make_article;

using annals::testing::day;

using annals::testing::window;

// a1 (Mar 3) names Mar 2 twice and Mar 5 once; a2 (Mar 5) names Mar 5 and
// Mar 2. As the engine does, the corpus holds the articles of the window.
Corpus two_articles(const TimelineRequest& request = {}) {
  return Corpus::analyze({
      make_article("a1", "2025-03-03",
                   "The dam failed on March 2, 2025.\nTalks are set for March 5, 2025.\n"
                   "Since March 2, 2025 the valley is flooded.\nCrews keep working."),
      make_article("a2", "2025-03-05", "Talks opened on March 5, 2025.\nThe dam had failed on March 2, 2025."),
  }, {}, request.window);
}

TEST(SentenceDayTest, OnlyTheFirstMentionCountsAndOnlyWhenItIsADay) {
  Sentence s;
  EXPECT_FALSE(sentence_day(s));
  TimeMention month{0, 5, "2025-03", Granularity::kMonth};
  TimeMention day4{10, 15, "2025-03-04", Granularity::kDay};
  std::vector<TimeMention> day_first = {day4, month}, month_first = {month, day4};
  s.mentions = day_first;
  EXPECT_EQ(sentence_day(s), day("2025-03-04"));
  s.mentions = month_first;
  EXPECT_FALSE(sentence_day(s));
  // A decade value is no date to news-tls: the next expression decides.
  TimeMention decade{0, 9, "199", Granularity::kDecade};
  std::vector<TimeMention> decade_first = {decade, day4};
  s.mentions = decade_first;
  EXPECT_EQ(sentence_day(s), day("2025-03-04"));
}

TEST(SentenceDayTest, ASentenceNamingOnlyOtherDaysSaysAnotherDay) {
  const TimeMention day7{0, 7, "2011-03-07", Granularity::kDay}, day9{10, 17, "2011-03-09", Granularity::kDay};
  const TimeMention march{20, 25, "2011-03", Granularity::kMonth}, year{30, 34, "2011", Granularity::kYear};
  const DatePeriod on9{day("2011-03-09"), Granularity::kDay}, in_march{day("2011-03-01"), Granularity::kMonth};
  const DatePeriod in_april{day("2011-04-01"), Granularity::kMonth}, in_2012{day("2012-01-01"), Granularity::kYear};
  Sentence s;
  EXPECT_FALSE(says_other_day(s, on9)) << "no mention: nothing said against any day";
  const std::vector<TimeMention> only7 = {day7}, both = {day7, day9}, month_only = {march};
  const std::vector<TimeMention> year2012_and7 = {{0, 4, "2012", Granularity::kYear}, day7}, year_and7 = {year, day7};
  s.mentions = only7;
  EXPECT_TRUE(says_other_day(s, on9));
  EXPECT_FALSE(says_other_day(s, {day("2011-03-07"), Granularity::kDay}));
  EXPECT_FALSE(says_other_day(s, in_march)) << "March 7 is in March";
  EXPECT_TRUE(says_other_day(s, in_april));
  s.mentions = both;
  EXPECT_FALSE(says_other_day(s, on9)) << "one of its days is the 9th";
  s.mentions = month_only;
  EXPECT_FALSE(says_other_day(s, on9)) << "a month alone names no day";
  s.mentions = year_and7;
  EXPECT_TRUE(says_other_day(s, in_2012));
  s.mentions = year2012_and7;
  EXPECT_FALSE(says_other_day(s, in_2012)) << "it names the year itself";
}

TEST(DateFeaturesTest, CountsSentencesAndDocumentsAndScalesColumns) {
  Corpus corpus = two_articles();
  DateFeatureTable t = extract_date_features(corpus, window("2025-03-01", "2025-03-31"), date_feature_names());
  ASSERT_EQ(t.dates, (std::vector<Date>{day("2025-03-02"), day("2025-03-05")}));
  // Raw counts, Mar 2 | Mar 5:  sents_total 3 | 2, sents_before 3 | 0,
  // sents_after 0 | 1, docs_total 2 | 2, docs_before 2 | 0, docs_after 0 | 1,
  // docs_published 0 | 1; each column then has unit norm.
  const double r13 = std::sqrt(13.0), r2 = std::sqrt(0.5);
  std::vector<double> mar2 = {3 / r13, 1, 0, r2, 1, 0, 0};
  std::vector<double> mar5 = {2 / r13, 0, 1, r2, 0, 1, 1};
  for (std::size_t j = 0; j < mar2.size(); ++j) {
    EXPECT_NEAR(t.rows[0][j], mar2[j], 1e-12) << date_feature_names()[j];
    EXPECT_NEAR(t.rows[1][j], mar5[j], 1e-12) << date_feature_names()[j];
  }
}

TEST(DateFeaturesTest, NewsTlsFeaturesLeaveOutPublicationCount) {
  EXPECT_EQ(news_tls_date_features(), (std::vector<std::string>{"sents_total", "sents_before", "sents_after",
                                                                "docs_total", "docs_before", "docs_after"}));
}

TEST(DateFeaturesTest, ReadsOnlyArticlesInTheWindowButKeepsDatesOutsideIt) {
  TimelineRequest request = window("2025-03-03", "2025-03-04");
  Corpus corpus = two_articles(request);
  std::vector<std::string> names = {"sents_total"};
  DateFeatureTable t = extract_date_features(corpus, request, names);
  // Only a1 is read; Mar 2 lies outside the window yet has a row.
  ASSERT_EQ(t.dates, (std::vector<Date>{day("2025-03-02"), day("2025-03-05")}));
  EXPECT_NEAR(t.rows[0][0], 2 / std::sqrt(5.0), 1e-12);
  EXPECT_THROW(extract_date_features(corpus, {}, std::vector<std::string>{"no_such_feature"}), std::invalid_argument);
}

TEST(MentionCountRankerTest, RanksDaysBySentencesNamingThemInsideTheWindow) {
  TimelineRequest march = window("2025-03-01", "2025-03-31"), third = window("2025-03-03", "2025-03-04");
  EXPECT_EQ(MentionCountRanker().rank(two_articles(march), march),
            (std::vector<Date>{day("2025-03-02"), day("2025-03-05")}));
  // Publication days do not count: Mar 3 and Mar 5 are no candidates by publishing.
  EXPECT_EQ(MentionCountRanker().rank(two_articles(third), third), std::vector<Date>{});
}

TEST(MentionCountRankerTest, TiesGoToTheDayMentionedFirstInPublicationOrder) {
  // The later article comes first in the corpus; reading by publication day
  // meets Mar 7 first.
  Corpus corpus = Corpus::analyze({make_article("late", "2025-03-10", "Repairs ended on March 8, 2025."),
                                   make_article("early", "2025-03-04", "Repairs start on March 7, 2025.")});
  EXPECT_EQ(MentionCountRanker().rank(corpus, window("2025-03-01", "2025-03-31")),
            (std::vector<Date>{day("2025-03-07"), day("2025-03-08")}));
}

TEST(PublicationCountRankerTest, BusiestDaysFirstTiesToTheEarlierDay) {
  Corpus corpus = Corpus::analyze({make_article("a", "2025-03-09", "One."), make_article("b", "2025-03-04", "Two."),
                                   make_article("c", "2025-03-09", "Three."), make_article("d", "2025-03-02", "Four."),
                                   make_article("e", "2025-03-20", "Five.")},
                                  {}, window("2025-03-01", "2025-03-10").window);
  EXPECT_EQ(PublicationCountRanker().rank(corpus, window("2025-03-01", "2025-03-10")),
            (std::vector<Date>{day("2025-03-09"), day("2025-03-02"), day("2025-03-04")}));
}

TEST(SupervisedDateRankerTest, OrdersMentionedDaysByModelScore) {
  Corpus corpus = two_articles();
  auto forward = std::make_shared<DateModel>(DateModel{{"sents_after"}, {1.0}, 0.0, ""});
  auto backward = std::make_shared<DateModel>(DateModel{{"sents_before"}, {1.0}, 0.0, ""});
  TimelineRequest all = window("2025-03-01", "2025-03-31");
  EXPECT_EQ(SupervisedDateRanker(forward).rank(corpus, all), (std::vector<Date>{day("2025-03-05"), day("2025-03-02")}));
  EXPECT_EQ(SupervisedDateRanker(backward).rank(corpus, all),
            (std::vector<Date>{day("2025-03-02"), day("2025-03-05")}));
  // Days outside the window are scored but not proposed.
  EXPECT_EQ(SupervisedDateRanker(forward).rank(corpus, window("2025-03-03", "2025-03-31")),
            (std::vector<Date>{day("2025-03-05")}));
}

}  // namespace
}  // namespace annals::tls
