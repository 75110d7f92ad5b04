// What "reads back as the same timeline" means for each format annals can
// read back, checked by the round-trip fuzz target and the property test
// (tests/formats/round_trip_test.cpp). Each check writes `timeline`, reads it
// back and returns "" when it is the same, else what differs.
#pragma once

#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "annals/eval/timeline_file.h"
#include "annals/loader.h"
#include "annals/writer.h"
#include "formats/python_text.h"

namespace annals::fuzz {

inline std::string written(const Timeline& timeline, OutputFormat format, bool sources = true) {
  std::ostringstream out;
  WriterOptions options;
  options.sources = sources;
  write_timeline(out, timeline, format, options);
  return out.str();
}

// Text output read by the text reader: one article per sentence, with the
// entry's date, the sentence's text and (with sources) its outlet, exactly.
// A blank sentence cannot be an article: it must be reported, not lost
// (an empty one is written as nothing).
inline std::string text_difference(const Timeline& timeline, bool sources, const LoadResult& read) {
  std::size_t next = 0, blank = 0;
  for (const TimelineEntry& entry : timeline.entries) {
    for (const TimelineSentence& sentence : entry.sentences) {
      if (sentence.text.find_first_not_of(" \t\n\r\f\v") == std::string::npos) {
        blank += !sentence.text.empty();  // an empty one holds nothing to lose
        continue;
      }
      if (next == read.articles.size()) return "sentence missing: " + sentence.text;
      const Article& article = read.articles[next++];
      if (article.text != sentence.text) return "text '" + sentence.text + "' read back as '" + article.text + "'";
      if (article.published != entry.date) return "'" + sentence.text + "' moved to " + article.published.to_string();
      if (article.outlet != (sources ? sentence.outlet : "")) return "outlet '" + sentence.outlet + "' read back as '" + article.outlet + "'";
    }
  }
  if (next != read.articles.size()) return "extra article: " + read.articles[next].text;
  if (read.diagnostics.error_count() != blank) return "errors reading back: " + std::to_string(read.diagnostics.error_count());
  return "";
}

// `file_of` stores the written text and returns a path to read it from.
inline std::string text_round_trip_error(const Timeline& timeline, bool sources,
                                         const std::function<std::string(const std::string&)>& file_of) {
  LoadOptions options;
  options.format = InputFormat::kText;
  const std::string text = written(timeline, OutputFormat::kText, sources);
  const LoadResult read = load_articles({file_of(text)}, options);
  const std::string error = text_difference(timeline, sources, read);
  return error.empty() ? error : error + "\nwritten:\n" + text;
}

// JSON output read by parse_json_timeline: every date with its sentences' texts.
inline std::string json_round_trip_error(const Timeline& timeline) {
  const eval::TimelineParse read = eval::parse_json_timeline(written(timeline, OutputFormat::kJson));
  if (!read.warnings.empty()) return "warning: " + read.warnings.front();
  return read.timeline.dates == eval::text_timeline_of(timeline).dates ? "" : "JSON read back differs";
}

// The words tilse's metrics read from a sentence: str.split(), less words of
// punctuation (tilse's content words drop them, ROUGE sees no token in them).
inline std::vector<std::string_view> metric_words(std::string_view sentence) {
  constexpr std::string_view kPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  std::vector<std::string_view> words;
  for (std::string_view word : eval::python_split(sentence))
    if (kPunctuation.find(word) == std::string_view::npos) words.push_back(word);
  return words;
}

// tilse output read by parse_tilse_timeline: every date, as many sentences,
// each with the same words (the format has no line breaks and strips lines).
inline std::string tilse_round_trip_error(const Timeline& timeline) {
  const eval::TimelineParse read = eval::parse_tilse_timeline(written(timeline, OutputFormat::kTilse));
  if (!read.warnings.empty()) return "warning: " + read.warnings.front();
  const eval::TextTimeline expected = eval::text_timeline_of(timeline);
  if (read.timeline.dates.size() != expected.dates.size()) return "tilse dates differ";
  for (auto a = expected.dates.begin(), b = read.timeline.dates.begin(); a != expected.dates.end(); ++a, ++b) {
    if (a->first != b->first || a->second.size() != b->second.size()) return "tilse date " + a->first.to_string() + " differs";
    for (std::size_t i = 0; i < a->second.size(); ++i)
      if (metric_words(a->second[i]) != metric_words(b->second[i]))
        return "tilse '" + a->second[i] + "' read back as '" + b->second[i] + "'";
  }
  return "";
}

}  // namespace annals::fuzz
