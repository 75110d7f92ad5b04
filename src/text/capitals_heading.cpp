#include "text/capitals_heading.h"

#include <vector>

#include "text/glued_headline.h"

namespace annals::text {

namespace {

constexpr std::size_t kMinHeadingWords = 3;
constexpr std::size_t kMaxAcronymLetters = 4;

// "WORKS", "DON'T", "ANTI-WAR": capitals with an apostrophe or a hyphen inside.
bool is_capitals_word(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '\'' && c != '-') return false;
  }
  return letters >= 2;
}

bool opens_like_a_sentence(std::string_view word) {
  return word.size() >= 2 && word[0] >= 'A' && word[0] <= 'Z' && word[1] >= 'a' && word[1] <= 'z';
}

}  // namespace

std::size_t capitals_heading_length(std::string_view sentence) {
  std::vector<std::size_t> starts;  // of the heading's words, then of the word after it
  std::size_t at = 0;
  for (;;) {
    const std::size_t end = sentence.find(' ', at);
    if (end == std::string_view::npos) return 0;
    starts.push_back(at);
    if (!is_capitals_word(sentence.substr(at, end - at))) break;
    at = sentence.find_first_not_of(' ', end);
    if (at == std::string_view::npos) return 0;
  }
  const std::size_t after = starts.back();
  const std::size_t next_end = sentence.find(' ', after);
  const std::string_view next = sentence.substr(after, next_end == std::string_view::npos ? next_end : next_end - after);
  if (!opens_like_a_sentence(next)) return 0;
  std::size_t words = starts.size() - 1;
  if (words >= 1) {
    const std::size_t last = starts[words - 1];
    const std::string_view acronym = sentence.substr(last, sentence.find(' ', last) - last);
    if (acronym.size() <= kMaxAcronymLetters && !is_sentence_opener(next)) --words;
  }
  return words >= kMinHeadingWords ? starts[words] : 0;
}

}  // namespace annals::text
