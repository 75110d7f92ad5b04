#include "text/dateline.h"

#include <algorithm>
#include <array>

namespace annals::text {

namespace {

constexpr std::size_t kMaxPlaceBytes = 60;
constexpr std::size_t kMaxAgencyBytes = 40;
constexpr std::size_t kMaxPlaceWords = 8;
// A glued dateline opens the article: its "(" comes within this many bytes.
constexpr std::size_t kMaxGluedBytes = 300;

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
// A byte of a multi-byte UTF-8 character: accented capitals ("ÉVRY") count as capitals.
bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Every word starts with a capital or a digit; no sentence punctuation.
bool looks_like_place(std::string_view place) {
  if (place.empty() || place.size() > kMaxPlaceBytes) return false;
  std::size_t words = 0;
  bool word_start = true;
  for (char c : place) {
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == ';' || c == ':' || c == '(' || c == ')') return false;
    if (c == ' ' || c == ',') {
      word_start = true;
      continue;
    }
    if (word_start && !is_upper_ascii(c) && !is_digit(c) && !is_non_ascii(c)) return false;
    if (word_start) ++words;
    word_start = false;
  }
  return words >= 1 && words <= kMaxPlaceWords;
}

// The length of the dash run at the start of `s` ("-", "--", "–", "—"), 0 if none.
std::size_t dash_length(std::string_view s) {
  for (std::string_view dash : std::array<std::string_view, 4>{"--", "-", "\xE2\x80\x93", "\xE2\x80\x94"})
    if (s.starts_with(dash)) return dash.size();
  return 0;
}

// "CARROWMOUTH, March 4" -> "CARROWMOUTH": a part after the last comma that
// holds a digit is the filing date, not the place.
std::string_view place_without_date(std::string_view place) {
  const std::size_t comma = place.rfind(',');
  if (comma == std::string_view::npos) return place;
  if (place.substr(comma).find_first_of("0123456789") == std::string_view::npos) return place;
  return trim_spaces(place.substr(0, comma));
}

}  // namespace

namespace {

// Where the sentence proper begins after "(Agency) - " opening at `open`, or 0.
std::size_t after_agency(std::string_view sentence, std::size_t open, std::string_view& agency) {
  const std::size_t close = sentence.find(')', open);
  if (close == std::string_view::npos || close - open - 1 > kMaxAgencyBytes) return 0;
  agency = trim_spaces(sentence.substr(open + 1, close - open - 1));
  if (agency.empty() || !(is_upper_ascii(agency.front()) || is_non_ascii(agency.front()))) return 0;
  std::size_t at = close + 1;
  while (at < sentence.size() && sentence[at] == ' ') ++at;
  const std::size_t dash = dash_length(sentence.substr(at));
  if (dash == 0) return 0;
  at += dash;
  if (at >= sentence.size() || sentence[at] != ' ') return 0;
  while (at < sentence.size() && sentence[at] == ' ') ++at;
  // Nothing after it, or a lower-case word: not a dateline but the sentence itself.
  if (at == sentence.size() || (sentence[at] >= 'a' && sentence[at] <= 'z')) return 0;
  return at;
}

// "VENICE, Louisiana (Reuters) - ..." at the very start of the sentence.
std::optional<DatelineSpan> leading_dateline(std::string_view sentence) {
  const std::size_t open = sentence.find('(');
  if (open == std::string_view::npos || open > kMaxPlaceBytes + 1) return std::nullopt;
  const std::string_view place = trim_spaces(sentence.substr(0, open));
  // The filing date after the place ("3 mar", "5 marzo") may be lower case.
  const std::string_view name = place_without_date(place);
  if (place.size() > kMaxPlaceBytes || place.find_first_of(".!?\";:") != std::string_view::npos ||
      !looks_like_place(name))
    return std::nullopt;
  std::string_view agency;
  const std::size_t at = after_agency(sentence, open, agency);
  if (at == 0) return std::nullopt;
  return DatelineSpan{name, agency, at};
}

bool is_time_zone(std::string_view word) {
  for (std::string_view zone : {"GMT", "BST", "UTC", "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "IST", "CET",
                                "CEST", "AEST", "AEDT", "JST", "HKT", "SGT", "ET", "PT"})
    if (word == zone) return true;
  return false;
}

bool is_all_caps_word(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (is_upper_ascii(c)) ++letters;
    else if (c != '/' && c != '\\' && c != '-' && c != ',' && c != '\'' && !is_non_ascii(c)) return false;
  }
  return letters >= 2;
}

// A place word of a glued dateline: capitalised, no stamp pieces ("|",
// "7:32", "EDT"), a full stop only in a short abbreviation ("La.").
bool is_place_word(std::string_view word) {
  if (word.empty() || !(is_upper_ascii(word.front()) || is_non_ascii(word.front()))) return false;
  if (word.find_first_of("|:;!?\"()") != std::string_view::npos) return false;
  if (word.find('.') != std::string_view::npos && word.size() > 4) return false;
  std::string_view bare = word;
  while (!bare.empty() && bare.back() == ',') bare.remove_suffix(1);
  return !is_time_zone(bare);
}

// The place words right before `open`, from the first ALL-CAPS one ("NEW
// ORLEANS/WASHINGTON", "GALLIANO, Louisiana"); the offset where it starts or npos.
std::size_t glued_place_start(std::string_view sentence, std::size_t open) {
  std::size_t end = open;
  while (end > 0 && sentence[end - 1] == ' ') --end;
  std::size_t start = std::string_view::npos, words = 0;
  for (std::size_t word_end = end; word_end > 0 && words < kMaxPlaceWords; ++words) {
    std::size_t word_begin = sentence.rfind(' ', word_end - 1);
    word_begin = word_begin == std::string_view::npos ? 0 : word_begin + 1;
    const std::string_view word = sentence.substr(word_begin, word_end - word_begin);
    if (!is_place_word(word)) break;
    if (is_all_caps_word(word)) start = word_begin;
    if (word_begin == 0) break;
    word_end = word_begin - 1;
  }
  return start;
}

// A page's time stamp: "| Mon May 24, 2010 7:32 pm EDT" has a bar or a clock time.
bool has_stamp(std::string_view text) {
  return text.find('|') != std::string_view::npos || has_clock_time(text);
}

// A dateline after a glued headline and time stamp, as Timeline17's Reuters
// pages have it ("Gulf oil spill threat widens VENICE, La. | Mon May 31, 2010
// 11:12 pm IST VENICE, La. (Reuters) - Oil ..."): all of it goes.
std::optional<DatelineSpan> glued_dateline(std::string_view sentence) {
  for (std::size_t open = sentence.find('('); open != std::string_view::npos && open <= kMaxGluedBytes;
       open = sentence.find('(', open + 1)) {
    std::string_view agency;
    const std::size_t at = after_agency(sentence, open, agency);
    if (at == 0) continue;
    const std::size_t start = glued_place_start(sentence, open);
    if (start == std::string_view::npos || !has_stamp(sentence.substr(0, start))) continue;
    return DatelineSpan{trim_spaces(sentence.substr(start, open - start)), agency, at};
  }
  return std::nullopt;
}

// Page rubrics that stand where a place would: "BREAKING NEWS -- ",
// "VIDÉO – ", "ÚLTIMA HORA — " are no place.
constexpr std::array<std::string_view, 29> kRubricWords = {
    "BREAKING", "NEWS", "UPDATE", "UPDATED", "NOTE", "EDITOR'S", "LIVE", "VIDEO", "VID\xC3\x89O", "PHOTOS",
    "EXCLUSIVE", "ANALYSIS", "OPINION", "DIRECT", "\xC3\x9ALTIMA", "HORA", "CORRECTION", "REPORTAGE",
    "INTERVIEW", "INFOGRAPHIE", "INFOGRAPHIES", "D\xC3\x89" "CRYPTAGE", "PORTRAIT", "ALERTE", "DOCUMENT",
    "FOCUS", "PHOTO", "AGENCIAS", "INDICADORES"};

bool is_rubric_word(std::string_view word) {
  for (std::string_view rubric : kRubricWords)
    if (word == rubric) return true;
  return false;
}

// A place word in capitals: letters (accented ones too), no quotation
// marks or other punctuation from outside ASCII ("\u201cNEVER").
bool is_capitals_place_word(std::string_view word) {
  return is_all_caps_word(word) && word.find("\xE2\x80") == std::string_view::npos &&
         word.find("\xC2\xAB") == std::string_view::npos && word.find("\xC2\xBB") == std::string_view::npos &&
         !is_rubric_word(word);
}

bool is_dash_word(std::string_view word) {
  return word == "--" || word == "\xE2\x80\x94" || word == "\xE2\x80\x93";
}

constexpr std::array<std::string_view, 20> kFilingMonths = {
    "Jan.", "January", "Feb.", "February", "March", "April", "May", "June", "July", "Aug.",
    "August", "Sept.", "Sep.", "September", "Oct.", "October", "Nov.", "November", "Dec.", "December"};

bool is_day_of_month(std::string_view word) {
  if (word.empty() || word.size() > 2 || !std::all_of(word.begin(), word.end(), is_digit)) return false;
  const int day = word.size() == 1 ? word[0] - '0' : (word[0] - '0') * 10 + (word[1] - '0');
  return day >= 1 && day <= 31;
}

// "NEW ORLEANS -- ", "AP WASHINGTON -- ", "ON THE GULF OF MEXICO -- ": a
// place in capitals and a double dash (or – or —), as the AP's stories open,
// without an agency in parentheses (a leading "AP" is the agency); the
// filing date may follow the place ("NEW YORK, Sept. 29 -- "). Not a single
// "-": "KUWAIT - Protests are new ..." in a factbox, "BREXIT - Theresa May
// ..." need their first word.
std::optional<DatelineSpan> capitals_dateline(std::string_view sentence) {
  std::size_t at = 0, end = 0, place_words = 0, place_begin = 0;
  std::string_view agency, previous;
  bool dated = false;  // the filing date is read: only the dash may follow
  for (;;) {
    end = sentence.find(' ', at);
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view word = sentence.substr(at, end - at);
    if (is_dash_word(word)) break;
    if (previous.ends_with(',') && place_words > 0 &&
        std::find(kFilingMonths.begin(), kFilingMonths.end(), word) != kFilingMonths.end()) {
      // The filing date: the month, then its day, which must come next.
      const std::size_t day = sentence.find_first_not_of(' ', end);
      const std::size_t day_end = day == std::string_view::npos ? day : sentence.find(' ', day);
      if (day_end == std::string_view::npos || !is_day_of_month(sentence.substr(day, day_end - day)))
        return std::nullopt;
      dated = true;
      at = sentence.find_first_not_of(' ', day_end);
      if (at == std::string_view::npos) return std::nullopt;
      continue;
    }
    if (dated || !is_capitals_place_word(word)) return std::nullopt;
    previous = word;
    if (at == 0 && word == "AP") agency = word;
    else if (++place_words > kMaxPlaceWords) return std::nullopt;
    if (place_words == 0) place_begin = end + 1;
    at = sentence.find_first_not_of(' ', end);
    if (at == std::string_view::npos) return std::nullopt;
  }
  if (place_words == 0) return std::nullopt;
  std::string_view place = place_without_date(trim_spaces(sentence.substr(place_begin, at - place_begin)));
  while (place.ends_with(',')) place = trim_spaces(place.substr(0, place.size() - 1));
  if (place.size() > kMaxPlaceBytes) return std::nullopt;
  const std::size_t begin = sentence.find_first_not_of(' ', end);
  // Nothing after it, a lower-case word or another dash: not a dateline.
  if (begin == std::string_view::npos || (sentence[begin] >= 'a' && sentence[begin] <= 'z') ||
      sentence[begin] == '-')
    return std::nullopt;
  return DatelineSpan{place, agency, begin};
}

}  // namespace

bool has_clock_time(std::string_view text) {
  for (std::size_t i = 1; i + 2 < text.size(); ++i)
    if ((text[i] == ':' || text[i] == '.') && is_digit(text[i - 1]) && is_digit(text[i + 1]) && is_digit(text[i + 2]))
      return true;
  return false;
}

std::optional<DatelineSpan> find_dateline(std::string_view sentence) {
  if (auto leading = leading_dateline(sentence)) return leading;
  if (auto capitals = capitals_dateline(sentence)) {
    // "WASHINGTON -- WASHINGTON (AP) -- ...": the page repeats it with the agency.
    if (auto again = leading_dateline(sentence.substr(capitals->length)); again && again->place == capitals->place)
      return DatelineSpan{capitals->place, again->agency, capitals->length + again->length};
    return capitals;
  }
  return glued_dateline(sentence);
}

}  // namespace annals::text
