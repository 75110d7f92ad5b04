// Spans, granularities, and the guarantees the analysis relies on: any bytes
// in, ordered non-overlapping mentions out, inside the sentence.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "annals/date.h"
#include "annals/temporal_tagger.h"

namespace annals {
namespace {

const Date kPublished = *Date::from_ymd(2017, 6, 8);

std::string span(std::string_view sentence, const TimeMention& m) {
  return std::string(sentence.substr(m.begin, m.end - m.begin));
}

void expect_well_formed(std::string_view sentence, const std::vector<TimeMention>& mentions) {
  std::size_t previous_end = 0;
  for (const TimeMention& m : mentions) {
    EXPECT_LE(previous_end, m.begin);
    EXPECT_LT(m.begin, m.end);
    EXPECT_LE(m.end, sentence.size());
    EXPECT_FALSE(m.value.empty());
    previous_end = m.end;
  }
}

TEST(TaggerSpans, CoverTheExpression) {
  TemporalTagger en("en");
  std::string s = "On June 8, 2017, the dam broke.";
  auto m = en.tag(s, kPublished);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(span(s, m[0]), "June 8, 2017");

  s = "He left two days ago, police said.";
  m = en.tag(s, kPublished);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(span(s, m[0]), "two days ago");

  s = "It happened on Friday, June 2, 2017.";
  m = en.tag(s, kPublished);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(span(s, m[0]), "Friday, June 2, 2017");

  s = "The fair ran March 3-5, 2015.";
  m = en.tag(s, kPublished);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(span(s, m[0]), "March 3");
  EXPECT_EQ(span(s, m[1]), "5, 2015");
}

TEST(TaggerSpans, CountBytesOfMultibyteText) {
  std::string s = "À Paris, le 3 décembre, rien.";  // "À" and "é" take two bytes each
  auto m = TemporalTagger("fr").tag(s, kPublished);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(span(s, m[0]), "3 décembre");
  EXPECT_EQ(m[0].begin, 13u);
}

TEST(TaggerGranularity, MatchesTheValue) {
  TemporalTagger en("en");
  auto m = en.tag("In the 1990s, in 2011, in March 2011 and on June 8, 2017.", kPublished);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].granularity, Granularity::kDecade);
  EXPECT_EQ(m[1].granularity, Granularity::kYear);
  EXPECT_EQ(m[2].granularity, Granularity::kMonth);
  EXPECT_EQ(m[3].granularity, Granularity::kDay);
  EXPECT_FALSE(m[2].day());
  EXPECT_EQ(m[3].day(), Date::from_ymd(2017, 6, 8));
  EXPECT_STREQ(granularity_name(Granularity::kDecade), "decade");
  EXPECT_STREQ(granularity_name(Granularity::kDay), "day");
}

TEST(TaggerLanguages, UnknownLanguageFallsBackToEnglish) {
  auto m = TemporalTagger("de").tag("Yesterday it rained.", kPublished);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].value, "2017-06-07");
  EXPECT_EQ(TemporalTagger("es-ES").tag("ayer", kPublished).size(), 1u);
}

TEST(TaggerLanguages, MovedTaggerStillWorks) {
  TemporalTagger a("fr");
  TemporalTagger b(std::move(a));
  EXPECT_EQ(b.tag("hier", kPublished).at(0).value, "2017-06-07");
}

TEST(TaggerRobustness, EveryByteAloneAndInsideADate) {
  TemporalTagger en("en");
  for (int c = 0; c < 256; ++c) {
    std::string one(1, static_cast<char>(c));
    expect_well_formed(one, en.tag(one, kPublished));
    std::string inside = "June " + one + "8, 2017 " + one;
    expect_well_formed(inside, en.tag(inside, kPublished));
  }
}

TEST(TaggerRobustness, TruncatedAndInvalidUtf8) {
  for (const char* lang : {"en", "es", "fr", "it"}) {
    TemporalTagger t(lang);
    for (std::string s : std::initializer_list<std::string>{"giovedi\xC3", "mi\xC3\xA9rcoles \xE2\x80", "\xF0\x9F\x98", "\xC3\xA9\xFF\xFE 3 mars",
                          "\xE2\x80\x99" "90s", std::string("12\0/06/2011", 11)})
      expect_well_formed(s, t.tag(s, kPublished));
  }
}

TEST(TaggerRobustness, PseudoRandomBytes) {
  const TemporalTagger taggers[] = {TemporalTagger("en"), TemporalTagger("es"), TemporalTagger("fr"),
                                    TemporalTagger("it")};
  // Bytes drawn mostly from date-like material so that recognizers get exercised.
  const std::string alphabet = "0123456789 /-.,:'hsth de of June mars jueves ayer ago last \xC3\xA9\xC2\xBA\xE2\x80\x99\xFF";
  uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    std::size_t n = next() % 80;
    for (std::size_t k = 0; k < n; ++k)
      s += (next() % 4) ? alphabet[next() % alphabet.size()] : static_cast<char>(next() & 0xFF);
    Date published = Date::from_days(static_cast<int32_t>(next() % 40000) - 10000);
    expect_well_formed(s, taggers[round % 4].tag(s, published));
  }
}

TEST(TaggerRobustness, LongSentenceIsTaggedInOnePass) {
  std::string s;
  for (int k = 0; k < 50000; ++k) s += "on Friday, 3 March 2011 and yesterday ";
  auto m = TemporalTagger("en").tag(s, kPublished);
  EXPECT_EQ(m.size(), 100000u);  // "Friday, 3 March 2011" is one date
  expect_well_formed(s, m);
}

TEST(TaggerRobustness, ExtremePublicationDates) {
  TemporalTagger en("en");
  for (auto d : {*Date::from_ymd(9999, 12, 31), *Date::from_ymd(1, 1, 1), Date::from_days(0)}) {
    std::string s = "Yesterday, tomorrow, next year, on Friday, on December 31 and in the 90s.";
    expect_well_formed(s, en.tag(s, d));
  }
}

}  // namespace
}  // namespace annals
