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
  // The heading's words and the two after it.
  std::vector<std::string_view> words;
  std::size_t heading = 0;
  for (std::size_t at = sentence.find_first_not_of(' '); at != std::string_view::npos && words.size() < heading + 2;
       at = sentence.find_first_not_of(' ', at)) {
    std::size_t end = sentence.find(' ', at);
    if (end == std::string_view::npos) end = sentence.size();
    words.push_back(sentence.substr(at, end - at));
    if (heading + 1 == words.size() && is_capitals_word(words.back())) ++heading;
    at = end;
  }
  if (heading < kMinHeadingWords || heading >= words.size()) return 0;
  const std::string_view next = words[heading];
  const std::string_view then = heading + 1 < words.size() ? words[heading + 1] : std::string_view();
  if (!opens_like_a_sentence(next)) return 0;
  // After a heading the sentence opens: with an opener ("The", "When"), or
  // a capitalised word and a lower-case one ("Flu viruses mutate"). Not with
  // a name ("... CHIEF EXECUTIVE Tony Hayward said", "... US President
  // Barack Obama"), where the capitals may be the sentence's own start.
  const bool opens = is_sentence_opener(next) || (!then.empty() && then[0] >= 'a' && then[0] <= 'z');
  if (!opens) return 0;
  // A short last word may be an acronym the sentence opens with ("... ERA It
  // was", "... OIL WELL Engineers removed"): where the heading ends cannot be told.
  std::size_t letters = 0;
  for (char c : words[heading - 1]) letters += c >= 'A' && c <= 'Z';
  if (letters <= kMaxAcronymLetters && !is_sentence_opener(next)) return 0;
  return static_cast<std::size_t>(next.data() - sentence.data());
}

}  // namespace annals::text
