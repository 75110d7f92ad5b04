#include "text/reader_comment.h"

#include <cctype>
#include <regex>

namespace annals::text {

namespace {

// Reads a stamp backwards from just before a '|'. Each step consumes from the
// end of `rest` and fails without consuming.
class BackwardScanner {
 public:
  explicit BackwardScanner(std::string_view text) : rest_(text) {}

  void skip_spaces() {
    while (!rest_.empty() && std::isspace(static_cast<unsigned char>(rest_.back()))) rest_.remove_suffix(1);
  }
  bool take(char c) {
    if (rest_.empty() || std::tolower(static_cast<unsigned char>(rest_.back())) != c) return false;
    rest_.remove_suffix(1);
    return true;
  }
  // Between `min` and `max` digits.
  bool take_digits(std::size_t min, std::size_t max) {
    std::size_t n = 0;
    while (n < max && n < rest_.size() && std::isdigit(static_cast<unsigned char>(rest_[rest_.size() - 1 - n]))) ++n;
    if (n < min) return false;
    rest_.remove_suffix(n);
    return true;
  }
  bool at_word_start() const {
    return rest_.empty() || !std::isalnum(static_cast<unsigned char>(rest_.back()));
  }

 private:
  std::string_view rest_;
};

// "<year or ISO date> [at] <h:mm>[ am|pm|a.m.|p.m.]" ending right before the bar.
bool stamp_ends_at(std::string_view before_bar) {
  BackwardScanner s(before_bar);
  s.skip_spaces();
  bool dotted = s.take('.');
  if (s.take('m')) {
    s.take('.');
    if (!s.take('a') && !s.take('p')) return false;
    s.skip_spaces();
  } else if (dotted) {
    return false;
  }
  if (!s.take_digits(2, 2) || !s.take(':') || !s.take_digits(1, 2) || !s.at_word_start()) return false;
  s.skip_spaces();
  BackwardScanner before_at = s;
  if (before_at.take('t') && before_at.take('a') && before_at.at_word_start()) s = before_at;
  s.skip_spaces();
  BackwardScanner iso = s;
  if (iso.take_digits(2, 2) && iso.take('-') && iso.take_digits(2, 2) && iso.take('-') && iso.take_digits(4, 4) &&
      iso.at_word_start())
    return true;  // 2011-03-21 at 13:32
  return s.take_digits(4, 4) && s.at_word_start();
}

// "At 2:10 pm on 02 Jun 2009, NAME wrote:" or "At 08:28 30th Apr 2009, NAME
// wrote:" (BBC comment pages, two forms; tokenised
// copies put spaces before the comma and the colon), opening the sentence.
// BBC's exact forms (two-digit day and am/pm, or 24-hour clock and an
// ordinal day; a three-letter month) so that
// reporting ("At 9:30 am on 3 June, the chief executive wrote: ...") is not
// taken for a comment. Looked for only in sentences that start "At ", so the
// regex costs nothing elsewhere.
bool has_wrote_stamp(std::string_view sentence) {
  if (!sentence.starts_with("At ") || sentence.find("wrote") == std::string_view::npos) return false;
  static const std::regex stamp(
      R"(At (?:\d{1,2}:\d{2} ?[ap]m on \d{2}|\d{2}:\d{2} \d{1,2}(?:st|nd|rd|th)) [A-Z][a-z]{2} \d{4} ?, [^,:|]{1,60} wrote ?:)");
  std::cmatch match;
  return std::regex_search(sentence.data(), sentence.data() + sentence.size(), match, stamp,
                           std::regex_constants::match_continuous);
}

}  // namespace

bool has_posting_stamp(std::string_view sentence) {
  for (std::size_t bar = sentence.find('|'); bar != std::string_view::npos; bar = sentence.find('|', bar + 1))
    if (stamp_ends_at(sentence.substr(0, bar))) return true;
  return has_wrote_stamp(sentence);
}

}  // namespace annals::text
