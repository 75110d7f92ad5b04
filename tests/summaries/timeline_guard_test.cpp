#include "summaries/timeline_guard.h"

#include <gtest/gtest.h>

#include "summaries/centroid_opt_summarizer.h"
#include "support/articles.h"

namespace annals::tls {
namespace {

using testing::day;
using testing::make_article;

// 0: long report; 1: its shortened copy; 2: unrelated; 3: a fragment;
// 4: overlong (64 words); 5: the same as 0.
Corpus guard_corpus() {
  std::string overlong = "The board met";
  for (int i = 0; i < 61; ++i) overlong += " again";
  AnalysisOptions options;
  options.tag_dates = false;
  return Corpus::analyze({make_article("a", "2025-03-03",
                                       "Engineers said the reservoir wall cracked near the spillway during the storm.\n"
                                       "Engineers said the reservoir wall cracked.\n"
                                       "Farmers downstream moved their cattle to higher fields overnight.\n"
                                       "Dam cracks.\n" +
                                           overlong + ".\n"
                                                      "Engineers said the reservoir wall cracked near the spillway "
                                                      "during the storm.")},
                         options);
}

TEST(TimelineGuardTest, WithoutRulesEverySentenceIsAdmitted) {
  Corpus c = guard_corpus();
  TimelineGuard guard(c, {});
  guard.take(0, day("2025-03-03"));
  for (std::uint32_t s = 0; s < c.sentences().size(); ++s) EXPECT_TRUE(guard.admits(s, day("2025-03-04"))) << s;
}

// Three reports of one outlet, each ending with the outlet's newsletter pitch.
Corpus promo_corpus(bool keep_boilerplate) {
  const char* reports[] = {"Ferry crews walked out at Carrowmouth over the new rota.",
                           "The Lindhaven council voted to rebuild the collapsed sea wall.",
                           "Storm surge flooded the lower streets of Brennock overnight."};
  std::vector<Article> articles;
  for (int i = 0; i < 3; ++i)
    articles.push_back(make_article("p" + std::to_string(i), "2025-03-0" + std::to_string(i + 1),
                                    std::string(reports[i]) + " Sign up for the Quay Post newsletter to read more.",
                                    "Quay Post"));
  CorpusOptions options;
  options.keep_boilerplate = keep_boilerplate;
  return Corpus::analyze(std::move(articles), {}, {}, options);
}

TEST(TimelineGuardTest, BoilerplateIsRefusedUnderAnyRulesUnlessKept) {
  Corpus c = promo_corpus(false);
  TimelineGuard guard(c, {});
  for (std::uint32_t s = 0; s < c.sentences().size(); ++s)
    EXPECT_EQ(guard.admits(s, day("2025-03-01")), s % 2 == 0) << c.sentences()[s].text;
  Corpus kept = promo_corpus(true);
  TimelineGuard keeping(kept, {});
  for (std::uint32_t s = 0; s < kept.sentences().size(); ++s) EXPECT_TRUE(keeping.admits(s, day("2025-03-01")));
}

TEST(TimelineGuardTest, LengthRulesRefuseFragmentsAndOverlongSentences) {
  Corpus c = guard_corpus();
  TimelineGuard guard(c, {.max_words = 60, .min_words = 6});
  EXPECT_TRUE(guard.admits(0, day("2025-03-03")));
  EXPECT_FALSE(guard.admits(3, day("2025-03-03")));
  EXPECT_FALSE(guard.admits(4, day("2025-03-03")));
}

// Thursday 2011-02-17: a sentence per language saying its event happened on
// Friday (2011-02-11), one naming Friday and today, one naming no day.
Corpus other_day_corpus() {
  const char* texts[][3] = {
      {"en", "On Friday the police arrested ten students.", "On Friday and again today the police arrested students."},
      {"es", "El viernes la policía detuvo a diez estudiantes.", "El viernes y hoy la policía detuvo a estudiantes."},
      {"fr", "Vendredi, la police a arrêté dix étudiants.", "Vendredi et aujourd'hui, la police a arrêté des étudiants."},
      {"it", "Venerdì la polizia ha arrestato dieci studenti.", "Venerdì e oggi la polizia ha arrestato studenti."},
  };
  std::vector<Article> articles;
  for (const auto& [language, friday, both] : texts) {
    Article a = make_article(language, "2011-02-17", std::string(friday) + "\n" + both + "\nThe students marched.");
    a.language = language;
    articles.push_back(std::move(a));
  }
  return Corpus::analyze(std::move(articles));
}

TEST(TimelineGuardTest, TrueDaysRefuseASentenceUnderADayItSaysIsNotItsOwn) {
  Corpus c = other_day_corpus();
  ASSERT_EQ(c.sentences().size(), 12u);
  TimelineGuard guard(c, {.true_days = true});
  for (std::uint32_t s = 0; s < 12; s += 3) {
    const std::string_view text = c.sentences()[s].text;
    EXPECT_FALSE(guard.admits(s, day("2011-02-17"))) << text;
    EXPECT_TRUE(guard.admits(s, day("2011-02-11"))) << text;
    EXPECT_TRUE(guard.admits(s + 1, day("2011-02-17"))) << c.sentences()[s + 1].text;
    EXPECT_TRUE(guard.admits(s + 2, day("2011-02-17"))) << c.sentences()[s + 2].text;
    // A month entry of February holds what any of its days may.
    EXPECT_TRUE(guard.admits(s, day("2011-02-01"), Granularity::kMonth)) << text;
    EXPECT_FALSE(guard.admits(s, day("2011-03-01"), Granularity::kMonth)) << text;
  }
  TimelineGuard published(c, {});
  EXPECT_TRUE(published.admits(0, day("2011-02-17")));
}

TEST(TimelineGuardTest, ASentenceReadAgainLaterIsRefused) {
  Corpus c = guard_corpus();
  TimelineGuard guard(c, {.distinct = true});
  guard.take(0, day("2025-03-03"));
  EXPECT_FALSE(guard.admits(5, day("2025-03-05"))) << "the same sentence under a later date";
  EXPECT_FALSE(guard.admits(1, day("2025-03-05"))) << "its shortened copy under a later date";
  EXPECT_FALSE(guard.admits(5, day("2025-03-03"))) << "twice under one date";
  EXPECT_TRUE(guard.admits(2, day("2025-03-05")));
}

TEST(TimelineGuardTest, WhoRepeatsWhomDependsOnReadingOrder) {
  Corpus c = guard_corpus();
  TimelineGuard guard(c, {.distinct = true});
  guard.take(1, day("2025-03-05"));  // the short sentence, under a later date
  // Read after the short one, the long one tells more: not a repeat.
  EXPECT_TRUE(guard.admits(0, day("2025-03-06")));
  // Read before it, the long one would make the short one a repeat.
  EXPECT_FALSE(guard.admits(0, day("2025-03-04")));
}

TEST(TimelineGuardTest, ChooseReplacesAnInDateCopyByTheNextBestCandidate) {
  Corpus c = guard_corpus();
  TfidfModel model(c, std::vector<std::uint32_t>{0, 1, 2, 5});
  std::vector<std::uint32_t> candidates{0, 5, 1, 2};
  SummaryRequest request;
  request.sentences = 2;
  CentroidOptSummarizer summarizer;
  // Without the guard CENTROID-OPT keeps 0 and its near-copy 1 (5 is 0's exact twin, which it drops itself).
  auto unguarded = summarizer.summarize(c, model, candidates, request);
  ASSERT_EQ(unguarded.size(), 2u);
  ASSERT_EQ(unguarded[0], 0u);
  ASSERT_EQ(unguarded[1], 1u);

  TimelineGuard guard(c, {.distinct = true});
  request.guard = &guard;
  auto summary = guard.choose(day("2025-03-03"), [&] { return summarizer.summarize(c, model, candidates, request); });
  EXPECT_EQ(summary, (std::vector<std::uint32_t>{0, 2}));
  EXPECT_FALSE(guard.admits(1, day("2025-03-04"))) << "what choose() took is remembered";
  EXPECT_FALSE(guard.admits(2, day("2025-03-04"))) << "2 was taken too";
}

}  // namespace
}  // namespace annals::tls
