#include "annals/eval/timeline_file.h"

#include <fstream>
#include <optional>
#include <iterator>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "formats/python_text.h"

namespace annals::eval {

namespace {

constexpr std::string_view kSeparator = "--------------------------------";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int digits_value(std::string_view s) {
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return value;
}

// Python's strptime(line, '%Y-%m-%d'): %Y is four digits, %m matches
// 1[0-2]|0[1-9]|[1-9] and %d matches 3[01]|[12]\d|0[1-9]|[1-9]| [1-9], and
// the whole line must be consumed. Returns nullopt where Python raises.
std::optional<Date> parse_strptime_date(std::string_view line) {
  if (line.size() < 8 || line[4] != '-') return std::nullopt;
  std::string_view year = line.substr(0, 4);
  for (char c : year)
    if (!is_digit(c)) return std::nullopt;
  std::size_t dash = line.find('-', 5);
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view month = line.substr(5, dash - 5);
  std::string_view day = line.substr(dash + 1);
  bool month_ok = (month.size() == 1 && month[0] >= '1' && month[0] <= '9') ||
                  (month.size() == 2 && ((month[0] == '1' && month[1] >= '0' && month[1] <= '2') ||
                                         (month[0] == '0' && month[1] >= '1' && month[1] <= '9')));
  bool day_ok = (day.size() == 1 && day[0] >= '1' && day[0] <= '9') ||
                (day.size() == 2 && day[0] == ' ' && day[1] >= '1' && day[1] <= '9') ||
                (day.size() == 2 && is_digit(day[0]) && is_digit(day[1]) &&
                 ((day[0] == '3' && day[1] <= '1') || day[0] == '1' || day[0] == '2' ||
                  (day[0] == '0' && day[1] != '0')));
  if (!month_ok || !day_ok) return std::nullopt;
  int y = digits_value(year);
  if (y < 1) return std::nullopt;  // Python's date has no year 0
  return Date::from_ymd(y, digits_value(month), digits_value(day.substr(day[0] == ' ' ? 1 : 0)));
}

std::string at_line(std::size_t line, std::string_view what) {
  return "line " + std::to_string(line) + ": " + std::string(what);
}

// The sentences of a block: tilse's summary_text.strip().split("\n"), each
// stripped. Lines arrive already stripped, so only blank lines at either end
// of the block disappear; an empty block is one empty sentence.
std::vector<std::string> block_sentences(const std::vector<std::string_view>& lines) {
  std::size_t first = 0, last = lines.size();
  while (first < last && lines[first].empty()) ++first;
  while (last > first && lines[last - 1].empty()) --last;
  if (first == last) return {std::string()};
  return {lines.begin() + first, lines.begin() + last};
}

}  // namespace

TimelineParse parse_tilse_timeline(std::string_view text) {
  TimelineParse result;
  std::string decoded = decode_utf8_replace(text);
  std::optional<Date> date;
  std::size_t block_start = 1;
  std::vector<std::string_view> block;
  std::size_t number = 0;
  for (std::string_view raw : python_splitlines(decoded)) {
    ++number;
    std::string_view line = python_strip(raw);
    if (line == kSeparator) {
      if (!date) {
        result.warnings.push_back(at_line(number, "block without a date line skipped"));
      } else if (!result.timeline.dates.insert_or_assign(*date, block_sentences(block)).second) {
        result.warnings.push_back(
            at_line(number, "date " + date->to_string() + " repeated; this block replaces the earlier one"));
      }
      date.reset();
      block.clear();
      block_start = number + 1;
    } else if (auto parsed = parse_strptime_date(line)) {
      date = parsed;
    } else {
      block.push_back(line);
    }
  }
  bool trailing_text = false;
  for (std::string_view line : block) trailing_text = trailing_text || !line.empty();
  if (date || trailing_text)
    result.warnings.push_back(at_line(block_start, "final block has no closing separator line; dropped"));
  return result;
}

TimelineParse read_tilse_timeline(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) throw std::runtime_error(path.string() + ": cannot read file");
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw std::runtime_error(path.string() + ": read error");
  TimelineParse parse = parse_tilse_timeline(text);
  for (std::string& warning : parse.warnings) warning = path.string() + ": " + warning;
  return parse;
}

// tilse timelines are day-level: a month or year entry is written under its
// first day, the day tilse itself gives a sentence that names only a month
// or a year, so evaluation sees what the reproduced methods always produced.
TextTimeline text_timeline_of(const Timeline& timeline) {
  TextTimeline text;
  for (const TimelineEntry& entry : timeline.entries) {
    auto& summary = text.dates[entry.date];
    for (const TimelineSentence& sentence : entry.sentences) summary.push_back(sentence.text);
  }
  return text;
}

namespace {

// A sentence as one line tilse reads back to the same words: its line breaks
// become spaces (str.split() treats both as whitespace) and it is stripped,
// as tilse strips it. A sentence that would read as a date line or the
// separator gets a " ." word, and a blank one is ".": ROUGE and tilse's
// content words both ignore a word made of punctuation.
std::string tilse_line(const std::string& sentence) {
  std::string joined;
  for (std::string_view line : python_splitlines(sentence)) joined.append(line).append(" ");
  std::string line(python_strip(joined));
  if (line.empty()) return ".";
  if (line == kSeparator || parse_strptime_date(line)) line += " .";
  return line;
}

}  // namespace

std::string to_tilse_text(const TextTimeline& timeline) {
  std::string out;
  for (const auto& [date, sentences] : timeline.dates) {
    out += date.to_string() + "\n";
    for (const std::string& sentence : sentences) out += tilse_line(sentence) + "\n";
    out += std::string(kSeparator) + "\n";
  }
  return out;
}

namespace {

// The date of one timeline entry, or nullopt with a warning saying why not.
std::optional<Date> entry_date(const nlohmann::json& entry, std::size_t index, std::vector<std::string>& warnings) {
  const auto date = entry.find("date");
  std::optional<Date> parsed;
  if (date != entry.end() && date->is_string()) parsed = Date::parse_iso(date->get<std::string>());
  if (!parsed) warnings.push_back("timeline[" + std::to_string(index) + "]: no valid \"date\"; entry skipped");
  return parsed;
}

}  // namespace

TimelineParse parse_json_timeline(std::string_view text) {
  const nlohmann::json document = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!document.is_object() || !document.contains("timeline") || !document["timeline"].is_array())
    throw std::runtime_error("not an annals JSON timeline (expected {\"timeline\": [...]})");
  TimelineParse result;
  const nlohmann::json& entries = document["timeline"];
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].is_object()) {
      result.warnings.push_back("timeline[" + std::to_string(i) + "]: not an object; skipped");
      continue;
    }
    const std::optional<Date> date = entry_date(entries[i], i, result.warnings);
    if (!date) continue;
    std::vector<std::string>& summary = result.timeline.dates[*date];
    const auto sentences = entries[i].find("sentences");
    if (sentences == entries[i].end() || !sentences->is_array()) continue;
    for (const nlohmann::json& sentence : *sentences) {
      if (sentence.is_object() && sentence.contains("text") && sentence["text"].is_string())
        summary.push_back(sentence["text"].get<std::string>());
      else
        result.warnings.push_back("timeline[" + std::to_string(i) + "]: a sentence without a \"text\"; skipped");
    }
  }
  return result;
}

}  // namespace annals::eval
