#include "text/byline.h"

#include <array>
#include <cctype>
#include <string>

#include "text/lead_furniture.h"

namespace annals::text {

namespace {

// Name, desk and job fit in this many words.
constexpr int kMaxBylineWords = 9;
// "BBC business correspondent", "diplomatic editor".
constexpr int kMaxLowerCaseDeskWords = 2;

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

// Past the job at `at`: a second job word and a newsroom, each taken only
// when a sentence opens after it.
std::size_t past_job(std::string_view s, std::size_t at) {
  Words rest{s, at};
  if (is_job(rest.next()) && opens_sentence(s, rest.at)) at = rest.at;
  for (std::string_view newsroom : kNewsrooms) {
    if (!s.substr(at).starts_with(newsroom)) continue;
    const std::size_t after = at + newsroom.size();
    // "BBC News, Washington The ...": where the place ends cannot be told.
    if (after < s.size() && s[after] == ',') return 0;
    // "Producer, CNN has learned ...": the lead's own "CNN".
    if (after < s.size() && s[after] == ' ' && opens_sentence(s, after + 1)) return after + 1;
  }
  return opens_sentence(s, at) ? at : 0;
}

}  // namespace

std::size_t byline_length(std::string_view sentence) {
  if (!sentence.starts_with("By ")) return 0;
  Words words{sentence, 3};
  int lower_case = 0;
  for (int n = 0; n < kMaxBylineWords; ++n) {
    const std::string_view word = words.next();
    if (word.empty()) return 0;
    if (n > 0 && is_job(word)) {
      // Prose ends a clause with punctuation; a byline's job at most with a comma.
      const char last = word.back();
      if (last == '.' || last == ':' || last == ';') return 0;
      return past_job(sentence, words.at);
    }
    if (n == 0 ? !is_name(word) : word.ends_with('.') && word.size() > 2) return 0;
    if (!is_capitalised(word) && word != "and" && ++lower_case > kMaxLowerCaseDeskWords) return 0;
  }
  return 0;
}

}  // namespace annals::text
