#include <algorithm>
#include <array>
#include <optional>

#include "ingest/csv_record.h"
#include "ingest/readers.h"
#include "ingest/text_checks.h"
#include "ingest/timestamp.h"

namespace annals::ingest {

namespace {

enum Column { kDate, kText, kTitle, kUrl, kOutlet, kId, kLanguage, kColumnCount };

// Header names understood for each column, lower case.
std::optional<Column> column_named(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  name.erase(0, name.find_first_not_of(" \t"));
  name.erase(name.find_last_not_of(" \t") + 1);
  if (name == "date" || name == "time" || name == "published") return kDate;
  if (name == "text") return kText;
  if (name == "title") return kTitle;
  if (name == "url") return kUrl;
  if (name == "source" || name == "outlet") return kOutlet;
  if (name == "id") return kId;
  if (name == "language" || name == "lang") return kLanguage;
  return std::nullopt;
}

class CsvReader {
 public:
  CsvReader(const std::string& file, ReadContext& context) : file_(file), context_(context), record_(kMaxLine) {}

  void line(std::string_view text, std::size_t number) {
    if (!usable_) return;
    if (!record_.open() && is_blank(text)) return;
    if (record_.empty()) record_line_ = number;
    if (record_.feed(text)) complete();
  }

  void too_long_line(std::size_t number, std::uint64_t quotes) {
    if (!usable_) return;
    if (record_.empty()) record_line_ = number;
    if (record_.feed_unread(quotes)) complete();
  }

  void finish() {
    if (record_.overflow() != CsvRecord::Overflow::kNone) {
      report_overflow();
    } else if (record_.open()) {
      context_.error(file_, record_line_, "unterminated quoted field");
    }
  }

 private:
  void complete() {
    if (record_.overflow() != CsvRecord::Overflow::kNone) {
      report_overflow();
      if (header_size_ == 0) usable_ = false;
    } else if (header_size_ == 0) {
      read_header();
    } else {
      add_record();
    }
    record_.clear();
  }

  // Once per record, however many lines it spans.
  void report_overflow() {
    const bool header = header_size_ == 0;
    context_.error(file_, record_line_,
                   std::string(header ? "CSV header" : "record") +
                       (record_.overflow() == CsvRecord::Overflow::kTooLong
                            ? " too long (over 64 MiB)"
                            : " has over " + std::to_string(CsvRecord::kMaxFields) + " fields") +
                       (header ? "; file skipped" : ", skipped"));
  }

  void read_header() {
    const auto& names = record_.fields();
    header_size_ = names.size();
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (const auto column = column_named(names[i])) index_[*column] = i;
    }
    for (Column required : {kDate, kText}) {
      if (!index_[required]) {
        context_.error(file_, record_line_,
                       std::string("CSV header has no `") + (required == kDate ? "date" : "text") +
                           "` column; file skipped");
        usable_ = false;
      }
    }
  }

  std::string field(Column column) const {
    return index_[column] ? record_.fields()[*index_[column]] : std::string();
  }

  void add_record() {
    const std::size_t count = record_.fields().size();
    if (count != header_size_) {
      context_.error(file_, record_line_,
                     "expected " + std::to_string(header_size_) + " fields, found " +
                         std::to_string(count));
      return;
    }
    const std::string date = field(kDate);
    auto stamp = parse_timestamp(date);
    if (!stamp) {
      context_.error(file_, record_line_,
                     date.empty() ? "missing date" : "unknown date format: " + quoted_excerpt(date));
      return;
    }
    Article article;
    article.id = field(kId);
    if (article.id.empty()) article.id = file_ + ":" + std::to_string(record_line_);
    article.published = stamp->date;
    article.time = std::move(stamp->time);
    article.text = field(kText);
    article.title = field(kTitle);
    article.url = field(kUrl);
    article.outlet = field(kOutlet);
    article.language = field(kLanguage);
    article.source_file = file_;
    article.source_line = record_line_;
    context_.accept(std::move(article));
  }

  const std::string& file_;
  ReadContext& context_;
  CsvRecord record_;
  std::size_t record_line_ = 0;
  std::size_t header_size_ = 0;
  std::array<std::optional<std::size_t>, kColumnCount> index_;
  bool usable_ = true;
};

}  // namespace

void read_csv(InputStream& in, const std::string& file, ReadContext& context) {
  CsvReader reader(file, context);
  for_each_line(
      in, file, context, [&](std::string_view line, std::size_t number) { reader.line(line, number); },
      [&](std::size_t number, std::uint64_t quotes) { reader.too_long_line(number, quotes); });
  reader.finish();
}

}  // namespace annals::ingest
