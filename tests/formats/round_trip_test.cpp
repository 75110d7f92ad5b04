// Property: any text, written by each writer annals can read back (text,
// json, tilse), reads back as the same timeline (fuzz/round_trip_checks.h
// says what "same" is per format).
#include <gtest/gtest.h>

#include <random>

#include "../../fuzz/round_trip_checks.h"
#include "../support/temp_dir.h"

namespace annals {
namespace {

// Pieces that each broke, or could break, a format's line structure or its
// escapes: NULs and other controls, date lines of every format, markers,
// backslashes before them, the escape's own shape, blanks at the edges.
const std::vector<std::string> kRoundTripPieces = {
    std::string(1, '\0'), "date 2099-01-01", "2024-01-01", "\n", "\r\n", "\r", "\t", "\x01", "\x1b[31m", "\x7f",
    " — ", " (also: ", ")", ", ", "\\", "\\\\", "\\x{41}", "x{0a}", "\\x{zz}", " ", "  ", "—", "(also:",
    std::string(32, '-'), "<script>", "*", "[", "# ", "\xC3\xA9", "\xE2\x80\xA8", "\x0b", "\x1c", "date ",
    "word", "The dam failed.", "2011-2-3"};

std::string random_text(std::mt19937& rng) {
  std::string text;
  for (int n = 1 + rng() % 8; n > 0; --n) text += kRoundTripPieces[rng() % kRoundTripPieces.size()];
  return text;
}

Timeline random_timeline(std::mt19937& rng) {
  Timeline timeline;
  Date date = *Date::parse_iso("2024-01-01");
  for (int dates = 1 + rng() % 3; dates > 0; --dates) {
    date = date + int(1 + rng() % 40);
    TimelineEntry& entry = timeline.entries.emplace_back();
    entry.date = date;
    for (int sentences = 1 + rng() % 3; sentences > 0; --sentences) {
      TimelineSentence sentence;
      sentence.text = random_text(rng);
      if (rng() % 2) sentence.outlet = random_text(rng);
      if (rng() % 3 == 0) sentence.also_reported_by = {{random_text(rng), "b", ""}};
      entry.sentences.push_back(std::move(sentence));
    }
  }
  return timeline;
}

TEST(RoundTripTest, AnyTextReadsBackAsTheSameTimelineInEveryReadableFormat) {
  testing::TempDir dir;
  auto file_of = [&](const std::string& text) { return dir.write("digest.txt", text); };
  std::mt19937 rng(15);
  for (int round = 0; round < 400; ++round) {
    const Timeline timeline = random_timeline(rng);
    for (bool sources : {true, false})
      ASSERT_EQ(fuzz::text_round_trip_error(timeline, sources, file_of), "") << "text, sources " << sources << "\n" << fuzz::written(timeline, OutputFormat::kText, sources);
    ASSERT_EQ(fuzz::json_round_trip_error(timeline), "");
    ASSERT_EQ(fuzz::tilse_round_trip_error(timeline), "");
  }
}

// The cases the issue named, one by one.
TEST(RoundTripTest, DateLinesNulsAndLineBreaksStayInsideTheirSentence) {
  Timeline timeline;
  TimelineEntry& entry = timeline.entries.emplace_back();
  entry.date = *Date::parse_iso("2025-03-03");
  for (const std::string& text : {std::string("date 2099-01-01"), std::string("2024-01-01"), std::string("a\nb"),
                                   std::string("nul\0here", 8)})
    entry.sentences.push_back({text});
  const std::string text = fuzz::written(timeline, OutputFormat::kText);
  EXPECT_EQ(text, "date 2025-03-03\n\n\\x{64}ate 2099-01-01\n\n2024-01-01\n\na\\x{0a}b\n\nnul\\x{00}here\n");
  EXPECT_EQ(fuzz::written(timeline, OutputFormat::kTilse),
            "2025-03-03\ndate 2099-01-01\n2024-01-01 .\na b\nnul" + std::string(1, '\0') + "here\n" +
                std::string(32, '-') + "\n");
}

}  // namespace
}  // namespace annals
