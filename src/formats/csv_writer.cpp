// `--format csv`: RFC 4180 (CRLF line ends, fields quoted when they hold a
// comma, a quote, CR or LF, quotes doubled), one row per sentence.
//
// Spreadsheets run a cell that starts with =, +, -, @ (or a tab or CR before
// one) as a formula, so such a field gets a leading apostrophe: the cell shows
// the text instead of running it, at the price of that one extra character
// for programs reading the file (README.md, Outputs).
#include <string>
#include <string_view>

#include "formats/export_writers.h"

namespace annals::formats {

namespace {

std::string csv_field(std::string_view value) {
  std::string field;
  if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) field += '\'';
  field += value;
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

void write_row(std::ostream& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view value : fields) {
    if (!first) out << ',';
    first = false;
    out << csv_field(value);
  }
  out << "\r\n";
}

}  // namespace

void write_csv(std::ostream& out, const Timeline& timeline) {
  write_row(out, {"date", "headline", "sentence", "outlet", "url", "article"});
  for (const TimelineEntry& entry : timeline.entries) {
    const std::string date = entry.date_string();
    const std::string headline = entry_headline(entry);
    for (const TimelineSentence& s : entry.sentences) write_row(out, {date, headline, s.text, s.outlet, s.url, s.article});
  }
}

}  // namespace annals::formats
