#include "ingest/format_detection.h"

#include <algorithm>
#include <string>

#include "annals/date.h"

namespace annals::ingest {

namespace {

std::string_view first_nonblank_line(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);  // UTF-8 byte order mark
  const auto start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return {};
  head.remove_prefix(start);
  head = head.substr(0, head.find_first_of("\r\n"));  // CR-only files end lines in '\r' alone
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  return head;
}

bool names_column(const std::string& header, std::string_view name) {
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = std::min(header.find(',', start), header.size());
    std::string_view cell(header.data() + start, comma - start);
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = cell.substr(1, cell.size() - 2);
    if (cell == name) return true;
    if (comma == header.size()) return false;
    start = comma + 1;
  }
}

}  // namespace

std::optional<InputFormat> format_from_name(std::string_view name) {
  if (name.ends_with(".jsonl") || name.ends_with(".json") || name.ends_with(".gz")) {
    return InputFormat::kJsonl;
  }
  if (name.ends_with(".csv")) return InputFormat::kCsv;
  return std::nullopt;
}

std::optional<InputFormat> format_from_content(std::string_view head) {
  const std::string_view line = first_nonblank_line(head);
  if (line.starts_with("{")) return InputFormat::kJsonl;
  if (line.starts_with("date ") && parse_iso_period(line.substr(5))) return InputFormat::kText;
  std::string lower(line);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (names_column(lower, "date") && names_column(lower, "text")) return InputFormat::kCsv;
  return std::nullopt;
}

}  // namespace annals::ingest
