// Hand-written fictional timelines for the export writers' tests.
#pragma once

#include <sstream>
#include <string>

#include "annals/writer.h"

namespace annals::testing {

// Two plain days; the second entry's only sentence has no outlet, URL or title.
inline Timeline plain_timeline() {
  TimelineSentence dam{"The dam held overnight.", "courier/1", "Valley Courier", "https://courier.example/1",
                       "Dam holds", "2025-03-03", 2, "en"};
  TimelineSentence roads{"Two roads reopened.", "wire/7", "Orme Wire", "http://wire.example/7", "", "2025-03-03",
                         0, "en"};
  TimelineSentence inquiry{"An inquiry opened.", "post/2", "", "", "", "2025-03-09", 1, "en"};
  Timeline timeline;
  timeline.entries = {{*Date::parse_iso("2025-03-03"), {dam, roads}}, {*Date::parse_iso("2025-03-09"), {inquiry}}};
  return timeline;
}

// Every field a reader or browser could misread: markup, a script end, a
// comment opener, U+2028, a javascript: URL, formula starters, quotes, CR LF.
inline Timeline hostile_timeline() {
  TimelineSentence tag{"Officials said <script>alert(1)</script> twice.", "a&b/1", "Courier & Sons",
                       "https://courier.example/a?x=1&y=\"2\"", "\"><img src=x onerror=alert(1)>", "2025-03-03", 0,
                       "en"};
  TimelineSentence end{"It ended </script><!-- there\xE2\x80\xA8" "and \xE2\x80\xA9" "here.", "wire/7", "", "javascript:alert(1)",
                       "", "2025-03-03", 1, "en"};
  TimelineSentence formula{"=HYPERLINK(\"x\"),\r\nsaid the clerk", "post/2", "-Post", " javascript:alert(1)", "@once",
                           "2025-03-09", 0, "en"};
  Timeline timeline;
  timeline.entries = {{*Date::parse_iso("2025-03-03"), {tag, end}}, {*Date::parse_iso("2025-03-09"), {formula}}};
  return timeline;
}

inline std::string render(const Timeline& timeline, OutputFormat format, WriterOptions options = {}) {
  std::ostringstream out;
  write_timeline(out, timeline, format, options);
  return out.str();
}

}  // namespace annals::testing
