#include "vectors/inverse_date_frequency.h"

#include <gtest/gtest.h>

#include <cmath>

#include "support/articles.h"
#include "corpus/referenced_date.h"

namespace annals::tls {
namespace {

using annals::testing::day;

TEST(InverseDateFrequencyTest, TermsOnFewerDatesWeighMore) {
  // "dam" is used on four dates, "fail" on one (counted as three).
  AnalysisOptions options;
  options.tag_dates = false;
  Article a = testing::make_article("a", "2025-03-01", "Dam failed.\nDam.\nDam.\nDam.");
  a.sentence_per_line = true;
  Corpus corpus = Corpus::analyze({a}, options);
  std::vector<std::uint32_t> sentences = {0, 1, 2, 3};
  std::vector<Date> dates = {day("2025-03-01"), day("2025-03-02"), day("2025-03-03"), day("2025-03-04")};
  InverseDateFrequency idf(corpus, sentences, dates, 12);

  SparseVector v = idf.vectorize(corpus.sentences()[0]);
  ASSERT_EQ(v.size(), 2u);
  float dam = corpus.term(v[0].first) == "dam" ? v[0].second : v[1].second;
  float fail = corpus.term(v[0].first) == "dam" ? v[1].second : v[0].second;
  EXPECT_NEAR(dam / fail, std::log(12.0 / 4) / std::log(12.0 / 3), 1e-5);
  EXPECT_NEAR(dam * dam + fail * fail, 1.0, 1e-5);
}

Sentence with_mentions(std::vector<TimeMention> mentions) {
  Sentence s;
  s.mentions = std::move(mentions);
  return s;
}

TimeMention mention(std::string value, Granularity g) {
  TimeMention m;
  m.value = std::move(value);
  m.granularity = g;
  return m;
}

TEST(ReferencedDateTest, FirstExpressionAsItsFirstDay) {
  auto r = referenced_date(with_mentions({mention("2010-05", Granularity::kMonth), mention("2010-05-04", Granularity::kDay)}),
                           day("2010-06-01"));
  EXPECT_EQ(r.date, day("2010-05-01"));
  EXPECT_EQ(r.granularity, Granularity::kMonth);

  r = referenced_date(with_mentions({mention("2009", Granularity::kYear)}), day("2010-06-01"));
  EXPECT_EQ(r.date, day("2009-01-01"));
  EXPECT_EQ(r.granularity, Granularity::kYear);
}

TEST(ReferencedDateTest, DecadesArePassedOverAndPublicationIsTheFallback) {
  auto r = referenced_date(with_mentions({mention("199", Granularity::kDecade), mention("2010-05-04", Granularity::kDay)}),
                           day("2010-06-01"));
  EXPECT_EQ(r.date, day("2010-05-04"));
  EXPECT_EQ(r.granularity, Granularity::kDay);

  r = referenced_date(with_mentions({mention("199", Granularity::kDecade)}), day("2010-06-01"));
  EXPECT_EQ(r.date, day("2010-06-01"));
  EXPECT_EQ(r.granularity, Granularity::kDay);
}

}  // namespace
}  // namespace annals::tls
