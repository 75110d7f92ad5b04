#include "readability/timeline_defects.h"

#include <gtest/gtest.h>

#include "support/articles.h"

namespace annals::readability {
namespace {

using testing::day;

TimelineSentence said(std::string text, std::string published, std::string language = "en") {
  TimelineSentence s;
  s.text = std::move(text);
  s.published = std::move(published);
  s.language = std::move(language);
  return s;
}

TimelineEntry entry(const char* date, std::vector<TimelineSentence> sentences) {
  return {day(date), std::move(sentences)};
}

const std::string kReport = "Engineers said the Carrowmouth reservoir wall cracked near the spillway during the storm.";

TEST(RepeatCountTest, ACopyUnderALaterDateIsACrossDateRepeat) {
  Timeline t{{entry("2025-03-03", {said(kReport, "2025-03-03")}),
              entry("2025-03-05", {said("Engineers said the Carrowmouth reservoir wall cracked near the spillway.",
                                        "2025-03-05")})}};
  DefectCounts c = count_defects(t);
  EXPECT_EQ(c.sentences, 2u);
  EXPECT_EQ(c.entries, 2u);
  EXPECT_EQ(c[Defect::kCrossDateRepeat], 1u);
  EXPECT_EQ(c[Defect::kInDateRepeat], 0u);
  EXPECT_DOUBLE_EQ(c.per_100(Defect::kCrossDateRepeat), 50.0);
}

TEST(RepeatCountTest, ACopyUnderTheSameDateIsAnInDateRepeat) {
  Timeline t{{entry("2025-03-03", {said(kReport, "2025-03-03"), said(kReport, "2025-03-03")})}};
  DefectCounts c = count_defects(t);
  EXPECT_EQ(c[Defect::kInDateRepeat], 1u);
  EXPECT_EQ(c[Defect::kCrossDateRepeat], 0u);
  EXPECT_EQ(c.defective_sentences, 1u);
}

TEST(RepeatCountTest, ALongerSentenceReadAfterAShortOneIsNoRepeat) {
  Timeline t{{entry("2025-03-03", {said("The Carrowmouth reservoir wall cracked on Monday.", "2025-03-03")}),
              entry("2025-03-04", {said(kReport + " Farmers moved their cattle to higher fields overnight.",
                                        "2025-03-04")})}};
  EXPECT_EQ(count_defects(t)[Defect::kCrossDateRepeat], 0u);
}

TEST(RepeatCountTest, RepeatsAreFoundInSpanishFrenchAndItalianStems) {
  Timeline es{{entry("2025-03-03", {said("Los ingenieros dijeron que el muro de la presa se agrietó.", "2025-03-03", "es")}),
               entry("2025-03-04", {said("Los ingenieros dicen que los muros de la presa se agrietaron.", "2025-03-04", "es")})}};
  Timeline fr{{entry("2025-03-03", {said("Les ingénieurs ont dit que le mur du barrage était fissuré.", "2025-03-03", "fr")}),
               entry("2025-03-04", {said("Selon les ingénieurs, les murs du barrage sont fissurés.", "2025-03-04", "fr")})}};
  Timeline it{{entry("2025-03-03", {said("Gli ingegneri hanno detto che il muro della diga si è crepato.", "2025-03-03", "it")}),
               entry("2025-03-04", {said("Secondo gli ingegneri i muri della diga si sono crepati.", "2025-03-04", "it")})}};
  EXPECT_EQ(count_defects(es)[Defect::kCrossDateRepeat], 1u);
  EXPECT_EQ(count_defects(fr)[Defect::kCrossDateRepeat], 1u);
  EXPECT_EQ(count_defects(it)[Defect::kCrossDateRepeat], 1u);
}

TEST(CoarseDayEntryTest, AMonthMentionAloneMakesTheFirstOfTheMonthCoarse) {
  EXPECT_TRUE(is_coarse_day_entry(
      entry("2025-03-01", {said("The inquiry into the dam will report in March 2025, officials said.", "2025-02-10")})));
  EXPECT_TRUE(is_coarse_day_entry(
      entry("2025-01-01", {said("The dam was finished in 2025 after a decade of work on the valley.", "2025-06-10")})));
  EXPECT_TRUE(is_coarse_day_entry(
      entry("2025-03-01", {said("La comisión presentará su informe en marzo de 2025.", "2025-02-10", "es")})));
  EXPECT_TRUE(is_coarse_day_entry(
      entry("2025-03-01", {said("La commission rendra son rapport en mars 2025.", "2025-02-10", "fr")})));
  EXPECT_TRUE(is_coarse_day_entry(
      entry("2025-03-01", {said("La commissione presenterà il rapporto a marzo 2025.", "2025-02-10", "it")})));
}

TEST(CoarseDayEntryTest, TheDayItselfOrItsCoverageMakesTheEntryTrue) {
  EXPECT_FALSE(is_coarse_day_entry(
      entry("2025-03-01", {said("The dam wall cracked on March 1, 2025, engineers said in March.", "2025-03-10")})));
  EXPECT_FALSE(is_coarse_day_entry(
      entry("2025-03-01", {said("The inquiry will report in March, officials said.", "2025-03-01")})));
  EXPECT_FALSE(is_coarse_day_entry(
      entry("2025-03-01", {said("The inquiry will report in March, officials said.", "2025-03-02")})));
  EXPECT_FALSE(is_coarse_day_entry(
      entry("2025-03-04", {said("The inquiry will report in March 2025, officials said.", "2025-02-10")})))
      << "only entries on the 1st come from a coarser mention";
  EXPECT_FALSE(is_coarse_day_entry(
      entry("2025-03-01", {said("The dam wall held through the storm, engineers said.", "2025-02-10")})))
      << "no mention at all: not a coarse entry";
}

TEST(DefectCountTest, CountsEverySentenceClassAndTheDefectiveOnes) {
  Timeline t{{entry("2025-03-03", {said("Photograph: Ian Pell/Meridian", "2025-03-03"),
                                   said("CARROWMOUTH, March 3 (Meridian) - The dam wall held through the storm.",
                                        "2025-03-03"),
                                   said(kReport, "2025-03-03")})}};
  DefectCounts c = count_defects(t);
  EXPECT_EQ(c.sentences, 3u);
  EXPECT_EQ(c[Defect::kBoilerplate], 1u);
  EXPECT_EQ(c[Defect::kFragment], 1u);
  EXPECT_EQ(c[Defect::kDateline], 1u);
  EXPECT_EQ(c.defective_sentences, 2u);
  DefectCounts sum = c;
  sum += c;
  EXPECT_EQ(sum.sentences, 6u);
  EXPECT_EQ(sum[Defect::kDateline], 2u);
  EXPECT_EQ(defect_name(Defect::kCoarseDayEntry), "coarse_day_entry");
}

}  // namespace
}  // namespace annals::readability
