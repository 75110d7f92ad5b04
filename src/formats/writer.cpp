#include "annals/writer.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/attribution.h"
#include "common/written_text.h"

#include "annals/eval/timeline_file.h"
#include "formats/export_writers.h"
#include "formats/web_url.h"

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

// " (also: A, B)", or "" when no other outlet carried it; `escape` is the
// format's escape for each outlet name.
std::string also_suffix(const TimelineSentence& sentence, std::string (*escape)(std::string_view)) {
  std::string suffix;
  for (const std::string& outlet : other_outlets(sentence))
    suffix += std::string(suffix.empty() ? attribution::kAlsoOpen : attribution::kAlsoSeparator) + escape(outlet);
  return suffix.empty() ? suffix : suffix + ")";
}

void write_text(std::ostream& out, const Timeline& timeline, const WriterOptions& options) {
  bool first = true;
  for (const TimelineEntry& entry : timeline.entries) {
    if (!first) out << '\n';
    first = false;
    out << "date " << entry.date_string() << '\n';
    for (const TimelineSentence& sentence : entry.sentences) {
      if (sentence.text.empty()) continue;  // no paragraph to write; its suffix alone would read as a sentence
      out << '\n' << written_text::escape(sentence.text);
      if (options.sources) {
        if (!sentence.outlet.empty()) out << attribution::kOutletSeparator << written_text::escape(sentence.outlet);
        out << also_suffix(sentence, written_text::escape);
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
  // What the corpus behind the timeline left out or merged, as `timeline` says on stderr.
  nlohmann::json document = {
      {"schema_version", 2},
      {"timeline", std::move(entries)},
      {"boilerplate_left_out",
       {{"sentences", timeline.boilerplate.sentences}, {"articles", timeline.boilerplate.articles}}},
      {"story_copies",
       {{"copies", timeline.story_copies}, {"stories", timeline.stories_with_copies}, {"merged", timeline.copies_merged}}}};
  // Replace rather than throw on invalid UTF-8, so one bad byte never loses a timeline.
  out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

// Running text as Markdown shows it literally: the characters inline markup
// uses are backslash-escaped anywhere, and so is what would open a block
// where the text starts (after "- " or "### "): "#", ">", "-", "1." and the
// like. Line breaks and other control characters become spaces, so no text
// starts a heading, a list or raw HTML on a line of its own.
std::string markdown_escape(std::string_view text) {
  constexpr std::string_view kInlineMarkup = "\\`*_[]<>#!|~&";
  std::string out;
  out.reserve(text.size());
  bool leading_digits = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      out += ' ';
      leading_digits = false;
      continue;
    }
    const bool opens_block = (i == 0 && std::ispunct(static_cast<unsigned char>(c))) ||
                             (leading_digits && i > 0 && (c == '.' || c == ')'));
    if (opens_block || kInlineMarkup.find(c) != std::string_view::npos) out += '\\';
    out += c;
    leading_digits = leading_digits && c >= '0' && c <= '9';
  }
  return out;
}

// An http(s) URL as a link destination inside <...>: each byte outside the
// URL characters of RFC 3986 (blanks, <, >, quotes, backslash, controls,
// non-ASCII) is percent-encoded, so the URL can never close the link.
std::string markdown_url(std::string_view url) {
  constexpr std::string_view kUrlPunctuation = "-._~:/?#[]@!$&'()*+,;=%";
  constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || kUrlPunctuation.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

// Whether the headline is only the entry's first sentence shortened (no
// title reported the day, engine/headline.h): a heading would repeat the
// line under it.
bool headline_repeats_first_sentence(const TimelineEntry& entry) {
  if (entry.sentences.empty()) return false;
  std::string_view headline = entry.headline;
  if (headline.ends_with("\xE2\x80\xA6")) headline.remove_suffix(3);
  return !headline.empty() && std::string_view(entry.sentences.front().text).starts_with(headline);
}

void write_markdown(std::ostream& out, const Timeline& timeline) {
  out << "# Timeline\n";
  for (const TimelineEntry& entry : timeline.entries) {
    out << "\n## " << entry.date_string() << "\n\n";
    if (!entry.headline.empty() && !headline_repeats_first_sentence(entry))
      out << "### " << markdown_escape(entry.headline) << "\n\n";
    for (const TimelineSentence& sentence : entry.sentences) {
      out << "- " << markdown_escape(sentence.text);
      std::string source = markdown_escape(sentence.outlet.empty() ? sentence.article : sentence.outlet);
      out << " — *" << source << "*";
      // Other schemes (javascript:, data:) are dropped, not linked.
      if (formats::is_web_url(sentence.url)) out << " ([link](<" << markdown_url(sentence.url) << ">))";
      out << also_suffix(sentence, markdown_escape) << '\n';
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
