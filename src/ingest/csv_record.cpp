#include "ingest/csv_record.h"

namespace annals::ingest {

void CsvRecord::clear() {
  fields_.clear();
  overflow_ = Overflow::kNone;
  in_quotes_ = false;
  field_started_ = false;
  bytes_ = 0;
}

void CsvRecord::overflow(Overflow why) {
  if (overflow_ == Overflow::kNone) overflow_ = why;
  std::vector<std::string>().swap(fields_);  // give the memory back now
}

bool CsvRecord::feed_unread(std::uint64_t quotes) {
  bytes_ = max_bytes_ + 1;
  overflow(Overflow::kTooLong);
  // Strict RFC 4180 quoting: every '"' opens or closes, "" closes and reopens.
  if (quotes % 2 == 1) in_quotes_ = !in_quotes_;
  return !in_quotes_;
}

bool CsvRecord::feed(std::string_view line) {
  const bool keep = overflow_ == Overflow::kNone;
  if (keep && fields_.empty()) fields_.emplace_back();
  if (in_quotes_ && keep) fields_.back() += '\n';  // the line break was inside the quoted field
  bytes_ += line.size() + 1;
  if (bytes_ > max_bytes_) overflow(Overflow::kTooLong);
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    const bool store = overflow_ == Overflow::kNone;
    if (in_quotes_) {
      if (c != '"') {
        if (store) fields_.back() += c;
      } else if (i + 1 < line.size() && line[i + 1] == '"') {
        if (store) fields_.back() += '"';  // "" is an escaped quote
        ++i;
      } else {
        in_quotes_ = false;
      }
    } else if (c == ',') {
      if (store && fields_.size() == kMaxFields) overflow(Overflow::kTooManyFields);
      if (overflow_ == Overflow::kNone) fields_.emplace_back();
      field_started_ = false;
      continue;
    } else if (c == '"' && !field_started_) {
      in_quotes_ = true;
    } else if (store) {
      fields_.back() += c;
    }
    field_started_ = true;
  }
  if (!in_quotes_) field_started_ = false;
  return !in_quotes_;
}

}  // namespace annals::ingest
