#include "annals/writer.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/attribution.h"

#include "annals/eval/timeline_file.h"
#include "formats/export_writers.h"

namespace annals {

namespace {

// The distinct outlets, other than the sentence's own, that also carried it.
std::vector<std::string> other_outlets(const TimelineSentence& sentence) {
  std::vector<std::string> outlets;
  for (const SourceReference& other : sentence.also_reported_by)
    if (!other.outlet.empty() && other.outlet != sentence.outlet &&
        std::find(outlets.begin(), outlets.end(), other.outlet) == outlets.end())
      outlets.push_back(other.outlet);
  return outlets;
}

// " (also: A, B)", or "" when no other outlet carried it.
std::string also_suffix(const TimelineSentence& sentence) {
  std::string suffix;
  for (const std::string& outlet : other_outlets(sentence))
    suffix += std::string(suffix.empty() ? attribution::kAlsoOpen : attribution::kAlsoSeparator) + outlet;
  return suffix.empty() ? suffix : suffix + ")";
}

void write_text(std::ostream& out, const Timeline& timeline, const WriterOptions& options) {
  bool first = true;
  for (const TimelineEntry& entry : timeline.entries) {
    if (!first) out << '\n';
    first = false;
    out << "date " << entry.date_string() << '\n';
    for (const TimelineSentence& sentence : entry.sentences) {
      out << '\n' << attribution::escape(sentence.text);
      if (options.sources) {
        if (!sentence.outlet.empty()) out << attribution::kOutletSeparator << sentence.outlet;
        out << also_suffix(sentence);
      }
      out << '\n';
    }
  }
}

nlohmann::json or_null(const std::string& value) {
  return value.empty() ? nlohmann::json(nullptr) : nlohmann::json(value);
}

nlohmann::json json_of(const TimelineSentence& sentence) {
  nlohmann::json also = nlohmann::json::array();
  for (const SourceReference& other : sentence.also_reported_by)
    also.push_back({{"outlet", or_null(other.outlet)}, {"article", other.article}, {"url", or_null(other.url)}});
  return {{"text", sentence.text},
          {"article", sentence.article},
          {"outlet", or_null(sentence.outlet)},
          {"url", or_null(sentence.url)},
          {"title", or_null(sentence.title)},
          {"published", sentence.published},
          {"position", sentence.position},
          {"language", or_null(sentence.language)},
          {"also_reported_by", std::move(also)},
          {"dateline", sentence.dateline ? nlohmann::json{{"place", sentence.dateline->place},
                                                          {"agency", sentence.dateline->agency}}
                                         : nlohmann::json(nullptr)}};
}

nlohmann::json json_of(const TimelineEntry& entry) {
  nlohmann::json sentences = nlohmann::json::array();
  for (const TimelineSentence& sentence : entry.sentences) sentences.push_back(json_of(sentence));
  nlohmann::json sources = nlohmann::json::array();
  for (const OutletCount& source : entry.sources)
    sources.push_back({{"outlet", or_null(source.outlet)}, {"articles", source.articles}});
  return {{"date", entry.date_string()},
          {"granularity", granularity_name(entry.granularity)},
          {"headline", or_null(entry.headline)},
          {"sentences", std::move(sentences)},
          {"sources", std::move(sources)},
          {"articles", entry.articles}};
}

void write_json(std::ostream& out, const Timeline& timeline) {
  nlohmann::json entries = nlohmann::json::array();
  for (const TimelineEntry& entry : timeline.entries) entries.push_back(json_of(entry));
  nlohmann::json document = {{"schema_version", 2}, {"timeline", std::move(entries)}};
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
    out << "\n## " << entry.date_string() << "\n\n";
    if (!entry.headline.empty()) out << "### " << markdown_escape(entry.headline) << "\n\n";
    for (const TimelineSentence& sentence : entry.sentences) {
      out << "- " << markdown_escape(sentence.text);
      std::string source = markdown_escape(sentence.outlet.empty() ? sentence.article : sentence.outlet);
      out << " — *" << source << "*";
      if (!sentence.url.empty()) out << " ([link](<" << sentence.url << ">))";
      out << markdown_escape(also_suffix(sentence)) << '\n';
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

void write_timeline(std::ostream& out, const Timeline& timeline, OutputFormat format, const WriterOptions& options) {
  switch (format) {
    case OutputFormat::kText: return write_text(out, timeline, options);
    case OutputFormat::kTilse: out << eval::to_tilse_text(eval::text_timeline_of(timeline)); return;
    case OutputFormat::kJson: return write_json(out, timeline);
    case OutputFormat::kMarkdown: return write_markdown(out, timeline);
    case OutputFormat::kHtml: return formats::write_html(out, timeline);
    case OutputFormat::kTimelineJs: return formats::write_timelinejs(out, timeline);
    case OutputFormat::kCsv: return formats::write_csv(out, timeline);
  }
}

}  // namespace annals
