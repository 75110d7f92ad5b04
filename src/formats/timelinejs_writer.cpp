// `--format timelinejs`: the JSON TimelineJS3 loads
// (https://timeline.knightlab.com/docs/json-format.html). Slide text is HTML
// there, so every piece of article text is escaped and links are built here.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "formats/export_writers.h"
#include "formats/web_url.h"

namespace annals::formats {

namespace {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string sentence_html(const TimelineSentence& sentence) {
  std::string source = html_escape(sentence.outlet.empty() ? sentence.article : sentence.outlet);
  if (is_web_url(sentence.url))
    source = "<a href=\"" + html_escape(sentence.url) + "\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">" +
             source + "</a>";
  return "<p>" + html_escape(sentence.text) + " <cite>" + source + "</cite></p>";
}

// Only the fields the entry's granularity knows: TimelineJS shows a slide
// with year and month alone as that month, with the year alone as that year.
nlohmann::json start_date(const TimelineEntry& entry) {
  nlohmann::json date = {{"year", entry.date.year()}};
  if (entry.granularity != Granularity::kYear) date["month"] = entry.date.month();
  if (entry.granularity == Granularity::kDay) date["day"] = entry.date.day();
  return date;
}

nlohmann::json event(const TimelineEntry& entry, std::size_t index) {
  std::string text;
  for (const TimelineSentence& sentence : entry.sentences) text += sentence_html(sentence);
  nlohmann::json slide = {
      {"start_date", start_date(entry)},
      {"text", {{"headline", html_escape(entry_headline(entry))}, {"text", text}}},
      // Dates are unique within a timeline; the index keeps ids unique anyway.
      {"unique_id", "annals-" + entry.date_string() + "-" + std::to_string(index)},
      // TimelineJS would otherwise turn URL-like article text into links itself.
      {"autolink", false},
  };
  if (!entry.sentences.empty() && !entry.sentences.front().outlet.empty())
    slide["group"] = html_escape(entry.sentences.front().outlet);  // TimelineJS shows it as HTML too
  return slide;
}

nlohmann::json title_slide(const Timeline& timeline) {
  std::string text = std::to_string(timeline.entries.size()) + (timeline.entries.size() == 1 ? " date" : " dates");
  if (!timeline.entries.empty())
    text += ", " + timeline.entries.front().date_string() + " to " + timeline.entries.back().date_string();
  return {{"text", {{"headline", "Timeline"}, {"text", text}}}};
}

}  // namespace

void write_timelinejs(std::ostream& out, const Timeline& timeline) {
  nlohmann::json events = nlohmann::json::array();
  for (std::size_t i = 0; i < timeline.entries.size(); ++i) events.push_back(event(timeline.entries[i], i));
  nlohmann::json document = {{"title", title_slide(timeline)}, {"events", std::move(events)}};
  out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace annals::formats
