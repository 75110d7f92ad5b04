// RFC 4180 record splitting, one line at a time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annals::ingest {

// Splits CSV records into fields. Fed line by line because a quoted field
// may span lines; the line breaks inside it are kept as "\n". Lenient where
// RFC 4180 is silent: a quote inside an unquoted field is kept literally.
class CsvRecord {
 public:
  // Adds one line (without its line break). Returns true when the record is
  // complete, false while a quoted field is still open.
  bool feed(std::string_view line);
  // The fields of the complete record.
  const std::vector<std::string>& fields() const { return fields_; }
  // Bytes held so far, to bound a record whose closing quote never comes.
  std::size_t size() const { return bytes_; }
  bool open() const { return in_quotes_; }
  void clear();

 private:
  std::vector<std::string> fields_;
  bool in_quotes_ = false;
  bool field_started_ = false;  // false until the current field has a first character
  std::size_t bytes_ = 0;
};

}  // namespace annals::ingest
