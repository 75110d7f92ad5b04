#include "ingest/csv_record.h"

namespace annals::ingest {

void CsvRecord::clear() {
  fields_.clear();
  in_quotes_ = false;
  field_started_ = false;
  bytes_ = 0;
}

bool CsvRecord::feed(std::string_view line) {
  if (fields_.empty()) fields_.emplace_back();
  if (in_quotes_) fields_.back() += '\n';  // the line break was inside the quoted field
  bytes_ += line.size() + 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    std::string& field = fields_.back();
    if (in_quotes_) {
      if (c != '"') {
        field += c;
      } else if (i + 1 < line.size() && line[i + 1] == '"') {
        field += '"';  // "" is an escaped quote
        ++i;
      } else {
        in_quotes_ = false;
      }
    } else if (c == ',') {
      fields_.emplace_back();
      field_started_ = false;
      continue;
    } else if (c == '"' && !field_started_) {
      in_quotes_ = true;
    } else {
      field += c;
    }
    field_started_ = true;
  }
  if (!in_quotes_) field_started_ = false;
  return !in_quotes_;
}

}  // namespace annals::ingest
