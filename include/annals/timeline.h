// A timeline as annals hands it out: dates and, for each, summary sentences
// with where each came from. Self-contained: it outlives the articles.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "annals/date.h"

namespace annals {

struct TimelineSentence {
  std::string text;       // as shown to people
  std::string article;    // id of the article it was taken from
  std::string outlet;     // "" when unknown, likewise url, title and language
  std::string url;
  std::string title;
  std::string published;  // the article's "YYYY-MM-DD", with "THH:MM..." when its time is known
  std::uint32_t position = 0;  // index of the sentence within its article
  std::string language;
};

struct TimelineEntry {
  Date date;
  std::vector<TimelineSentence> sentences;  // in summary order
};

struct Timeline {
  std::vector<TimelineEntry> entries;  // chronological
};

}  // namespace annals
