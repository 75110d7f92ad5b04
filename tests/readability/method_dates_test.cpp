// Every registered method, on hand-written coverage built to tempt it into
// dates its text does not support (issue 10): month and year mentions that
// tilse's dating puts on the 1st, a day and month inside a group's name,
// leads that say their event happened "on Friday", and near-copies.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "annals/engine.h"
#include "annals/method.h"
#include "annals/temporal_tagger.h"
#include "readability/timeline_defects.h"
#include "support/articles.h"

namespace annals::readability {
namespace {

// Twelve days of coverage, 2025-03-03 to 2025-03-14, three articles a day;
// nothing is published on or mentions the 1st of any month as a day.
Engine tempting_dates_engine() {
  std::vector<Article> articles;
  for (int d = 3; d <= 14; ++d) {
    const std::string date = std::string(d < 10 ? "2025-03-0" : "2025-03-") + std::to_string(d);
    for (int a = 0; a < 3; ++a) {
      const std::string n = std::to_string(10 * d + a);
      const std::string text =
          "On Friday the Carrowmouth dam inquiry heard witness " + n + " describe the cracked dam wall.\n"
          "In March 2025 the Carrowmouth dam inquiry heard witness " + n + " describe the cracked wall.\n"
          "The dam repairs planned for 2025 will cost the council " + n + " million.\n"
          "Members of the 1 March Dam Action Group protested at the dam with banner " + n + ".\n"
          "On March " + std::to_string(d) + " the dam inquiry heard witness " + n + " describe the spillway gates.";
      articles.push_back(testing::make_article(date + "-" + std::to_string(a), date, text));
    }
  }
  Engine engine;
  engine.add(std::move(articles));
  return engine;
}

TimelineRequest tempting_dates_request() {
  TimelineRequest request = testing::window("2025-01-01", "2025-03-31");
  request.dates = 8;
  request.sentences = 2;
  request.keywords = fold_keywords({"dam"});
  return request;
}

Timeline timeline_of(const std::string& method, std::map<std::string, std::string> parameters = {}) {
  static const Engine engine = tempting_dates_engine();
  return engine.timeline(tempting_dates_request(), MethodSpec{method, std::move(parameters), nullptr});
}

// Whether the sentence names some day and not `day`, as the tagger reads it
// against its article's publication day.
bool names_only_other_days(const TimelineSentence& s, Date day) {
  bool names_a_day = false;
  for (const TimeMention& m : TemporalTagger("en").tag(s.text, *Date::parse_iso(s.published.substr(0, 10)))) {
    if (m.granularity != Granularity::kDay) continue;
    if (m.day() == day) return false;
    names_a_day = true;
  }
  return names_a_day;
}

std::vector<std::string> registered_method_names() {
  std::vector<std::string> names;
  for (const MethodInfo& info : methods()) names.push_back(info.name);
  return names;
}

std::string default_of(const std::string& method, const std::string& parameter) {
  const MethodInfo* info = find_method(method);
  for (const ParameterInfo& p : info ? info->parameters : std::vector<ParameterInfo>{})
    if (p.name == parameter) return p.default_value;
  return "";
}

class MethodDates : public ::testing::TestWithParam<std::string> {};

TEST_P(MethodDates, NoDayEntryComesFromAMonthAYearOrAName) {
  const Timeline timeline = timeline_of(GetParam());
  ASSERT_FALSE(timeline.entries.empty());
  EXPECT_EQ(count_defects(timeline)[Defect::kCoarseDayEntry], 0u);
  for (const TimelineEntry& entry : timeline.entries) {
    if (entry.granularity == Granularity::kDay) {
      EXPECT_NE(entry.date.day(), 1u) << GetParam() << ": day entry " << entry.date.to_string();
    } else {
      EXPECT_EQ(entry.date.day(), 1u);
      EXPECT_TRUE(entry.date_string() == "2025-03" || entry.date_string() == "2025") << entry.date_string();
    }
  }
}

TEST_P(MethodDates, TrueDaysPlaceNoSentenceUnderADayItSaysIsNotItsOwn) {
  std::vector<std::map<std::string, std::string>> settings = {{{"true_days", "true"}}};
  if (default_of(GetParam(), "true_days") == "true") settings.push_back({});
  for (const auto& parameters : settings)
    for (const TimelineEntry& entry : timeline_of(GetParam(), parameters).entries)
      for (const TimelineSentence& s : entry.sentences)
        if (entry.granularity == Granularity::kDay)
          EXPECT_FALSE(names_only_other_days(s, entry.date)) << entry.date.to_string() << ": " << s.text;
}

TEST_P(MethodDates, DistinctSentencesRepeatNothing) {
  const DefectCounts counts = count_defects(timeline_of(GetParam(), {{"distinct_sentences", "true"}}));
  EXPECT_EQ(counts[Defect::kCrossDateRepeat], 0u);
  EXPECT_EQ(counts[Defect::kInDateRepeat], 0u);
}

INSTANTIATE_TEST_SUITE_P(Registered, MethodDates, ::testing::ValuesIn(registered_method_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

// The checks above could pass on coverage that tempts nobody.
TEST(TemptingDatesTest, MethodsDoReachForTheFirstAndForOtherDays) {
  std::size_t coarse = 0, other_day = 0, repeating = 0;
  for (const std::string& method : registered_method_names()) {
    const Timeline timeline = timeline_of(method, {{"true_days", "false"}, {"distinct_sentences", "false"}});
    for (const TimelineEntry& entry : timeline.entries) {
      coarse += entry.granularity != Granularity::kDay;
      for (const TimelineSentence& s : entry.sentences)
        other_day += entry.granularity == Granularity::kDay && names_only_other_days(s, entry.date);
    }
    const DefectCounts counts = count_defects(timeline);
    repeating += counts[Defect::kCrossDateRepeat] + counts[Defect::kInDateRepeat] > 0;
  }
  EXPECT_GT(coarse, 0u) << "no method dated a sentence by its month or year";
  EXPECT_GT(other_day, 0u) << "no method placed a sentence under a day it does not name";
  EXPECT_GT(repeating, 0u) << "no method repeated a sentence";
}

}  // namespace
}  // namespace annals::readability
