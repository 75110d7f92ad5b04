// The export formats (html, timelinejs, csv), each in its own file, called
// from write_timeline's switch in writer.cpp.
#pragma once

#include <ostream>
#include <string>

#include "annals/timeline.h"

namespace annals::formats {

// One self-contained page: web/export.html with style.css, app.js and the
// `--format json` document inlined; the page's own renderer draws it.
void write_html(std::ostream& out, const Timeline& timeline);

// TimelineJS3's JSON: a title slide and one event per entry.
void write_timelinejs(std::ostream& out, const Timeline& timeline);

// RFC 4180 CSV, one row per sentence, safe to open in a spreadsheet.
void write_csv(std::ostream& out, const Timeline& timeline);

// What an export shows as an entry's headline: the entry's own (see
// TimelineEntry::headline), else the first sentence's article title ("" if none).
inline std::string entry_headline(const TimelineEntry& entry) {
  if (!entry.headline.empty()) return entry.headline;
  return entry.sentences.empty() ? std::string() : entry.sentences.front().title;
}

}  // namespace annals::formats
