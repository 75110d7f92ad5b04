// RFC 4180 record splitting, one line at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annals::ingest {

// Splits CSV records into fields. Fed line by line because a quoted field
// may span lines; the line breaks inside it are kept as "\n". Lenient where
// RFC 4180 is silent: a quote inside an unquoted field is kept literally.
//
// Memory per record is bounded: past `max_bytes` or kMaxFields the record is
// no longer held (each field costs a std::string, 32 bytes even when empty,
// so a line of commas took 36 bytes per input byte), but its quotes are
// still followed, so that the record ends where it really ends and a line
// inside an over-long quoted field is never read as a record of its own.
class CsvRecord {
 public:
  static constexpr std::size_t kMaxFields = 4096;
  enum class Overflow { kNone, kTooLong, kTooManyFields };

  explicit CsvRecord(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // Adds one line (without its line break). Returns true when the record is
  // complete, false while a quoted field is still open.
  bool feed(std::string_view line);
  // Adds a line too long to be read, of which only the count of '"' is
  // known; the record overflows. Returns true when the record is complete.
  bool feed_unread(std::uint64_t quotes);
  // The fields of the complete record; empty after an overflow.
  const std::vector<std::string>& fields() const { return fields_; }
  Overflow overflow() const { return overflow_; }
  bool open() const { return in_quotes_; }
  bool empty() const { return bytes_ == 0; }
  void clear();

 private:
  void overflow(Overflow why);

  const std::size_t max_bytes_;
  std::vector<std::string> fields_;
  Overflow overflow_ = Overflow::kNone;
  bool in_quotes_ = false;
  bool field_started_ = false;  // false until the current field has a first character
  std::size_t bytes_ = 0;
};

}  // namespace annals::ingest
