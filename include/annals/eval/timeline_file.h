// Text timelines as the evaluation metrics see them, and tilse's file format.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "annals/date.h"
#include "annals/timeline.h"

namespace annals::eval {

// Date -> summary sentences, as tilse's Timeline holds it. A date may map to
// an empty summary (it still counts as a date of the timeline).
struct TextTimeline {
  std::map<Date, std::vector<std::string>> dates;

  bool empty() const { return dates.empty(); }
};

// The texts of a timeline's sentences, date by date.
TextTimeline text_timeline_of(const Timeline& timeline);

// A parsed timeline file plus what tilse would have crashed on or silently
// dropped; each warning names the 1-based line it concerns.
struct TimelineParse {
  TextTimeline timeline;
  std::vector<std::string> warnings;
};

// Parses tilse's text format (`Timeline.from_file`) with its exact rules: a
// line that strptime('%Y-%m-%d') accepts sets the date (also mid-block), a
// line of exactly 32 '-' stores the block, any other line is a sentence.
// Where tilse loses data or crashes, the parse keeps going and warns: a block
// without a date is skipped, a repeated date replaces the earlier block, a
// final block without a separator is dropped. Invalid UTF-8 becomes U+FFFD.
TimelineParse parse_tilse_timeline(std::string_view text);

// Reads and parses a file; throws std::runtime_error when it cannot be read.
TimelineParse read_tilse_timeline(const std::filesystem::path& path);

// The tilse text format of `timeline`: a YYYY-MM-DD line, one sentence per
// line, a line of 32 '-' after each date. Parsing it gives every date back
// with its sentences' words (Python's str.split(), words of punctuation
// aside), which is all tilse's metrics read: the format has no way to hold
// a line break, and tilse strips each line. A sentence that would read as a
// date line or the separator, or is blank, gets a word of punctuation.
std::string to_tilse_text(const TextTimeline& timeline);

// Parses annals' `--format json` document ({"timeline": [{"date",
// "sentences": [{"text"}]}]}) into the dates and their sentences' texts.
// An entry without a valid date is skipped with a warning naming it; throws
// std::runtime_error when the text is no such JSON document.
TimelineParse parse_json_timeline(std::string_view text);

}  // namespace annals::eval
