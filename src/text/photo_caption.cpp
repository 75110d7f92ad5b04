#include "text/photo_caption.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <string>

namespace annals::text {

namespace {

// Captions are short; a longer sentence with this ending is prose.
constexpr std::size_t kMaxCaptionBytes = 600;
// "in Carrowmouth, Wednesday, September 15, 2010. (AP Photo/...)" and more.
constexpr std::size_t kEndingBytes = 160;

// The ending: a weekday, a month, a day and a year, then maybe credits in
// brackets. What comes before the weekday must be a comma or a word that
// does not make it a deadline or a schedule ("by Friday", "starting
// Thursday", "than", "to", "of" and "and" the day of something else).
constexpr const char* kWeekday = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
constexpr const char* kMonth =
    "(Jan\\.|January|Feb\\.|February|March|April|May|June|July|Aug\\.|August|Sept?\\.|September|"
    "Oct\\.|October|Nov\\.|November|Dec\\.|December)";
constexpr const char* kNotBeforeCaptionDay =
    "(by|until|till|before|after|since|from|through|than|to|of|and|for|starting|beginning|effective)";

const std::regex& dated_ending() {
  static const std::regex r(std::string("(,|\\b(?!") + kNotBeforeCaptionDay + "\\s)[A-Za-z.]+)\\s+" + kWeekday +
                                ",?\\s+" + kMonth + "\\s+[0-9]{1,2},\\s+(19|20)[0-9]{2}\\s*\\.?\\s*(\\([^()]*\\)\\s*)*$",
                            std::regex::optimize);
  return r;
}

// What a picture shows, in the present: "speaks", "walks", "is seated",
// "Traders work". Not the verbs of schedules ("takes effect", "holds a
// vote", "gives a speech on Friday"), and "look" only with what a picture
// shows of it ("looks on", "looks up at"; not "I look forward to").
const std::regex& picture_verb() {
  static const std::regex r(
      "\\b(speaks?|walks?|gestures?|sits?|stands?|looks? (on|up|at|out|over)|watch(es)?|works?|makes? (a|an)|"
      "listens?|briefs?|pass(es)?|arrives?|shows?|flows?|waves?|talks?|attends?|prepares?|delivers?|pauses?|"
      "smiles?|answers?|reads?|greets?|shakes?|poses?|rides?|cleans?|waits?|"
      "gathers?|march(es)?|protests?|hovers?|burns?|rises?|floats?|wears?|carr(y|ies)|"
      "(is|are) (seen|seated|pictured|shown|silhouetted|reflected))\\b",
      std::regex::optimize);
  return r;
}

// Reporting and tenses other than the picture's present: prose, not a
// caption. Case-sensitive on purpose: "may" and "plans" are verbs, "May" a month.
const std::regex& prose_verb() {
  static const std::regex r(
      "\\b(said|says|say|told|tells|announced|reported|was|were|had|has|have|will|would|could|should|"
      "may|might|did|does|expected|scheduled|plans?|due)\\b",
      std::regex::optimize);
  return r;
}

bool is_lower_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

// A verb in the past ("Peace talks collapsed ...", "Police arrested ..."):
// a lowercase word in -ed that no article, possessive or auxiliary makes an
// adjective or a passive ("an oiled pelican", "his closed meeting", "is
// pictured"), and no "by" makes a participle ("video provided by BP").
bool has_past_tense(std::string_view s) {
  static constexpr std::array<std::string_view, 13> kBeforeAdjective = {
      "a", "an", "the", "is", "are", "being", "been", "his", "her", "its", "their", "our", "your"};
  std::string_view previous, word;
  std::size_t at = 0;
  auto next_word = [&]() -> std::string_view {
    while (at < s.size() && !std::isalpha(static_cast<unsigned char>(s[at]))) ++at;
    const std::size_t begin = at;
    while (at < s.size() && (std::isalpha(static_cast<unsigned char>(s[at])) || s[at] == '-')) ++at;
    return s.substr(begin, at - begin);
  };
  for (word = next_word(); !word.empty(); previous = word, word = next_word()) {
    if (word.size() < 4 || !word.ends_with("ed") || !is_lower_word(word)) continue;
    std::string before(previous);
    for (char& c : before) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(kBeforeAdjective.begin(), kBeforeAdjective.end(), before) != kBeforeAdjective.end()) continue;
    const std::size_t resume = at;
    const bool participle = next_word() == "by";
    at = resume;
    if (!participle) return true;
  }
  return false;
}

// "..., 2008.", "... 2008 (AP Photo/...)": four digits before the final
// stop, spaces and bracketed credits.
bool ends_with_year(std::string_view s) {
  for (;;) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
    if (s.empty() || s.back() != ')') break;
    const std::size_t open = s.rfind('(');
    if (open == std::string_view::npos) return false;
    s = s.substr(0, open);
  }
  if (s.size() < 4) return false;
  return std::all_of(s.end() - 4, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_photo_caption(std::string_view sentence, std::string_view language) {
  if (language != "en" || sentence.size() > kMaxCaptionBytes) return false;
  // Only a sentence that ends with a year reaches a regular expression, and
  // the ending is read from its last words only.
  if (!ends_with_year(sentence)) return false;
  std::string_view tail = sentence.substr(sentence.size() - std::min(sentence.size(), kEndingBytes));
  // Start the tail at a word: past the first space, or whole when it has none
  // (npos + 1 wraps to 0).
  if (tail.size() < sentence.size()) tail.remove_prefix(std::min(tail.size(), tail.find(' ') + 1));
  return std::regex_search(tail.begin(), tail.end(), dated_ending()) &&
         std::regex_search(sentence.begin(), sentence.end(), picture_verb()) &&
         !std::regex_search(sentence.begin(), sentence.end(), prose_verb()) && !has_past_tense(sentence);
}

}  // namespace annals::text
