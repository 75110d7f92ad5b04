#include "text/photo_caption.h"

#include <algorithm>
#include <regex>
#include <string>

namespace annals::text {

namespace {

// Captions are short; a longer sentence with this ending is prose.
constexpr std::size_t kMaxCaptionBytes = 600;
// "in Carrowmouth, Wednesday, September 15, 2010. (AP Photo/...)" and more.
constexpr std::size_t kEndingBytes = 160;

const std::regex& dated_ending() {
  static const std::regex r(
      "(,|\\b(?!(by|until|till|before|after|since|from|through|than|to|of)\\s)[A-Za-z.]+)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+"
      "(Jan\\.|January|Feb\\.|February|March|April|May|June|July|Aug\\.|August|Sept?\\.|September|Oct\\.|"
      "October|Nov\\.|November|Dec\\.|December)\\s+[0-9]{1,2},\\s+(19|20)[0-9]{2}\\s*\\.?\\s*(\\([^()]*\\)\\s*)*$",
      std::regex::optimize);
  return r;
}

// What a picture shows, in the present: "speaks", "walks", "is seated",
// "Traders work".
const std::regex& picture_verb() {
  static const std::regex r(
      "\\b(speaks?|walks?|gestures?|sits?|stands?|looks?( on)?|watch(es)?|works?|makes?|listens?|briefs?|"
      "pass(es)?|arrives?|shows?|flows?|holds?|waves?|talks?|attends?|leaves?|prepares?|delivers?|pauses?|"
      "smiles?|answers?|takes?|gives?|reads?|signs?|greets?|shakes?|poses?|rides?|cleans?|waits?|"
      "gathers?|march(es)?|protests?|hovers?|burns?|rises?|floats?|wears?|carr(y|ies)|"
      "(is|are) (seen|seated|pictured|shown|silhouetted|reflected))\\b",
      std::regex::optimize);
  return r;
}

// Reporting and tenses other than the picture's present: prose, not a caption.
const std::regex& prose_verb() {
  static const std::regex r(
      "\\b(said|says|say|told|tells|announced|reported|was|were|had|has|have|will|would|could|should|"
      "may|might|did|does|expected|scheduled|plans?|due)\\b",
      std::regex::optimize);
  return r;
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
  if (tail.size() < sentence.size()) tail.remove_prefix(std::min(tail.size(), tail.find(' ') + 1));
  const std::string text(sentence);
  return std::regex_search(std::string(tail), dated_ending()) && std::regex_search(text, picture_verb()) &&
         !std::regex_search(text, prose_verb());
}

}  // namespace annals::text
