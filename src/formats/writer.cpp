#include "annals/writer.h"

#include <nlohmann/json.hpp>

#include "annals/eval/timeline_file.h"
#include "formats/export_writers.h"

namespace annals {

namespace {

void write_text(std::ostream& out, const Timeline& timeline) {
  bool first = true;
  for (const TimelineEntry& entry : timeline.entries) {
    if (!first) out << '\n';
    first = false;
    out << "date " << entry.date.to_string() << '\n';
    for (const TimelineSentence& sentence : entry.sentences) out << '\n' << sentence.text << '\n';
  }
}

nlohmann::json or_null(const std::string& value) {
  return value.empty() ? nlohmann::json(nullptr) : nlohmann::json(value);
}

void write_json(std::ostream& out, const Timeline& timeline) {
  nlohmann::json entries = nlohmann::json::array();
  for (const TimelineEntry& entry : timeline.entries) {
    nlohmann::json sentences = nlohmann::json::array();
    for (const TimelineSentence& sentence : entry.sentences) {
      sentences.push_back({{"text", sentence.text},
                           {"article", sentence.article},
                           {"outlet", or_null(sentence.outlet)},
                           {"url", or_null(sentence.url)},
                           {"title", or_null(sentence.title)},
                           {"published", sentence.published},
                           {"position", sentence.position},
                           {"language", or_null(sentence.language)}});
    }
    entries.push_back({{"date", entry.date.to_string()}, {"sentences", std::move(sentences)}});
  }
  nlohmann::json document = {{"schema_version", 1}, {"timeline", std::move(entries)}};
  // Replace rather than throw on invalid UTF-8, so one bad byte never loses a timeline.
  out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

// Escapes the characters Markdown would read as markup in running text.
std::string markdown_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '\\' ||
        c == '#')
      out += '\\';
    out += c;
  }
  return out;
}

void write_markdown(std::ostream& out, const Timeline& timeline) {
  out << "# Timeline\n";
  for (const TimelineEntry& entry : timeline.entries) {
    out << "\n## " << entry.date.to_string() << "\n\n";
    for (const TimelineSentence& sentence : entry.sentences) {
      out << "- " << markdown_escape(sentence.text);
      std::string source = markdown_escape(sentence.outlet.empty() ? sentence.article : sentence.outlet);
      out << " — *" << source << "*";
      if (!sentence.url.empty()) out << " ([link](<" << sentence.url << ">))";
      out << '\n';
    }
  }
}

}  // namespace

bool parse_output_format(const std::string& name, OutputFormat& out) {
  if (name == "text") out = OutputFormat::kText;
  else if (name == "tilse") out = OutputFormat::kTilse;
  else if (name == "json") out = OutputFormat::kJson;
  else if (name == "markdown" || name == "md") out = OutputFormat::kMarkdown;
  else if (name == "html") out = OutputFormat::kHtml;
  else if (name == "timelinejs") out = OutputFormat::kTimelineJs;
  else if (name == "csv") out = OutputFormat::kCsv;
  else return false;
  return true;
}

void write_timeline(std::ostream& out, const Timeline& timeline, OutputFormat format) {
  switch (format) {
    case OutputFormat::kText: return write_text(out, timeline);
    case OutputFormat::kTilse: out << eval::to_tilse_text(eval::text_timeline_of(timeline)); return;
    case OutputFormat::kJson: return write_json(out, timeline);
    case OutputFormat::kMarkdown: return write_markdown(out, timeline);
    case OutputFormat::kHtml: return formats::write_html(out, timeline);
    case OutputFormat::kTimelineJs: return formats::write_timelinejs(out, timeline);
    case OutputFormat::kCsv: return formats::write_csv(out, timeline);
  }
}

}  // namespace annals
