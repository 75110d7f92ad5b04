#include "text/byline.h"

#include <array>
#include <cctype>
#include <string>

#include "text/lead_furniture.h"

namespace annals::text {

namespace {

// Name, desk and job fit in this many words.
constexpr int kMaxBylineWords = 9;
// A writer's name has a first and a last name at least ("By Christmas, the
// editor" names none); "Ana Ruiz and Tom Jones" counts both.
constexpr int kMinNameWords = 2;
// "BBC business correspondent", "diplomatic editor".
constexpr int kMaxLowerCaseDeskWords = 2;
// Consecutive job words: "Staff Writer", "Senior Staff Writer".
constexpr int kMaxJobWords = 3;
// Lower-case words that go on with prose, no desk's name.
constexpr std::array<std::string_view, 17> kProseWords = {"the", "a", "an", "of", "in", "on", "at", "to", "for",
                                                          "by", "with", "from", "his", "her", "their", "its", "our"};

// What a byline names as the writer's job, singular.
constexpr std::array<std::string_view, 11> kJobs = {"producer", "correspondent", "reporter", "editor",
                                                    "writer", "analyst", "contributor", "columnist",
                                                    "journalist", "presenter", "staff"};
// Capitalised words after "By" that open prose, not a name.
constexpr std::array<std::string_view, 33> kNotNames = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "The", "Then", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "Now", "Noon",
    "Midnight"};
// Newsrooms named after a job: "Science reporter, BBC News".
constexpr std::array<std::string_view, 3> kNewsrooms = {"BBC World News", "BBC News", "CNN"};

std::string_view without_trailing(std::string_view word, std::string_view marks) {
  while (!word.empty() && marks.find(word.back()) != std::string_view::npos) word.remove_suffix(1);
  return word;
}

bool is_job(std::string_view word) {
  std::string lower(without_trailing(word, ",.:;"));
  for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
  if (lower.size() > 1 && lower.back() == 's') lower.pop_back();  // "Staff Writers"
  for (std::string_view job : kJobs)
    if (lower == job) return true;
  return false;
}

bool is_capitalised(std::string_view word) { return !word.empty() && word[0] >= 'A' && word[0] <= 'Z'; }

// "CNN", "National", "and", "business": a word of the writer's desk. Digits
// and the words prose goes on with are none.
bool is_desk_word(std::string_view word, int& lower_case) {
  word = without_trailing(word, ",");
  if (word.empty() || word.find_first_of("0123456789.;:") != std::string_view::npos) return false;
  if (is_capitalised(word) || word == "and" || word == "&") return true;
  for (std::string_view prose : kProseWords)
    if (word == prose) return false;
  return ++lower_case <= kMaxLowerCaseDeskWords;
}

// "Pam", "Benson,", "O'Neil", "M.".
bool is_name(std::string_view word) {
  word = without_trailing(word, ",");
  if (!is_capitalised(word) || word.size() < 2) return false;
  for (std::string_view not_name : kNotNames)
    if (word == not_name) return false;
  return std::islower(static_cast<unsigned char>(word[1])) || word[1] == '.' || word[1] == '\'';
}

struct Words {
  std::string_view s;
  std::size_t at;
  std::string_view next() {  // the word at `at`, "" at the end; `at` moves past it and its spaces
    if (at >= s.size()) return {};
    std::size_t end = s.find(' ', at);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view word = s.substr(at, end - at);
    at = end;
    while (at < s.size() && s[at] == ' ') ++at;
    return word;
  }
};

// Past the job word that ends at `at`: more job words ("Staff Writer") and a
// newsroom ("BBC News"), the longest run after which a sentence opens.
std::size_t past_job(std::string_view s, std::size_t at) {
  std::size_t best = opens_sentence(s, at) ? at : 0;
  Words rest{s, at};
  for (int more = 1; more < kMaxJobWords && is_job(rest.next()); ++more)
    if (opens_sentence(s, rest.at)) best = rest.at;
  if (best == 0) return 0;
  for (std::string_view newsroom : kNewsrooms) {
    if (!s.substr(best).starts_with(newsroom)) continue;
    const std::size_t after = best + newsroom.size();
    // "BBC News, Washington The ...": where the place ends cannot be told.
    if (after < s.size() && s[after] == ',') return 0;
    if (after >= s.size() || s[after] != ' ') continue;  // "CNNMoney"
    // "Producer, CNN has learned ...": the lead's own "CNN".
    if (const std::size_t lead = s.find_first_not_of(' ', after); lead != std::string_view::npos && opens_sentence(s, lead))
      return lead;
  }
  return best;
}

}  // namespace

std::size_t byline_length(std::string_view sentence) {
  if (!sentence.starts_with("By ")) return 0;
  Words words{sentence, 3};
  int names = 0, lower_case = 0;
  bool in_name = true;  // the name runs until a word that is none, or a comma
  for (int n = 0; n < kMaxBylineWords; ++n) {
    const std::string_view word = words.next();
    if (word.empty()) return 0;
    if (in_name && is_name(word)) {
      ++names;
      in_name = !word.ends_with(',');
      continue;
    }
    if (in_name && word == "and") continue;  // "Ana Ruiz and Tom Jones"
    in_name = false;
    if (names < kMinNameWords) return 0;
    // Prose ends a clause with a full stop or a semicolon; a job at most with ',' or ':'.
    if (is_job(word)) return word.ends_with('.') || word.ends_with(';') ? 0 : past_job(sentence, words.at);
    if (!is_desk_word(word, lower_case)) return 0;
  }
  return 0;
}

}  // namespace annals::text
