#include "text/lead_furniture.h"

#include <array>
#include <regex>
#include <string>

#include "text/byline.h"
#include "text/capitals_heading.h"
#include "text/dateline.h"

namespace annals::text {

namespace {

// What is left must still read as a sentence.
constexpr std::size_t kMinWordsLeft = 6;
// Glued furniture opens the page: its stamp or mark ends within this many
// bytes (CNN's byline and highlights: kMaxHighlightBytes).
constexpr std::size_t kMaxFurnitureBytes = 320;

// Photo agencies and picture desks that end a credit.
constexpr std::array<std::string_view, 18> kPictureAgencies = {
    "AP", "Reuters", "REUTERS", "Images", "AFP", "EPA", "PA", "Corbis", "Bloomberg", "Rex", "Alamy", "Xinhua",
    "EFE", "DPA", "ANSA", "Guardian", "Observer", "Features"};

std::size_t words_in(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::size_t skip_spaces(std::string_view s, std::size_t at) {
  while (at < s.size() && s[at] == ' ') ++at;
  return at;
}

bool is_picture_agency(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
  // "BP/AP", "Mcnamee/Getty": the part after the last slash names the desk.
  if (const auto slash = word.rfind('/'); slash != std::string_view::npos) word.remove_prefix(slash + 1);
  for (std::string_view agency : kPictureAgencies)
    if (word == agency) return true;
  return false;
}

// "(AP Photo)", "(AP Photo/BP PLC)", "(Patrick Semansky - AP)" at the start.
std::size_t parenthesised_credit(std::string_view s) {
  if (!s.starts_with('(')) return 0;
  const std::size_t close = s.find(')');
  if (close == std::string_view::npos || close > 80) return 0;
  const std::string_view inside = s.substr(1, close - 1);
  bool credit = inside.find("Photo") != std::string_view::npos;
  for (std::size_t begin = 0; !credit && begin < inside.size();) {
    std::size_t end = inside.find_first_of(" -", begin);
    if (end == std::string_view::npos) end = inside.size();
    credit = end > begin && is_picture_agency(inside.substr(begin, end - begin)) && end == inside.size();
    begin = end + 1;
  }
  if (!credit) return 0;
  const std::size_t after = skip_spaces(s, close + 1);
  // "(AP) - ...", "(EFE).- ..." is an agency mark, which has its own cut.
  if (after < s.size() && (s[after] == '-' || s[after] == '.' || s.substr(after).starts_with("\xE2\x80"))) return 0;
  return after;
}

// "Photograph: Win Mcnamee/Getty Images ", "AP Photo/Transocean ",
// "Foto: EFE ": the label, then words up to the first picture desk (which
// makes a credit of "Photograph Lena Ortiz/AP " without its colon too).
std::size_t labelled_credit(std::string_view s) {
  std::size_t at = 0;
  if (s.starts_with("AP Photo/") || s.starts_with("AP Photo ")) {
    at = s.find(' ', 3);  // past "Photo" or "Photo/Whoever" (a one-word name: more cannot be told from the text)
    return at == std::string_view::npos ? 0 : skip_spaces(s, at);
  }
  for (std::string_view label :
       {"Photograph:", "Photograph :", "Photograph ", "Photo:", "Photo :", "Foto:", "Photographie :"})
    if (s.starts_with(label)) at = label.size();
  if (at == 0) return 0;
  for (int words = 0; words < 6; ++words) {
    at = skip_spaces(s, at);
    std::size_t end = s.find(' ', at);
    if (end == std::string_view::npos) return 0;
    if (is_picture_agency(s.substr(at, end - at))) return skip_spaces(s, end);
    at = end;
  }
  return 0;
}

#define ANNALS_MONTH "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#define ANNALS_WEEKDAY "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#define ANNALS_ZONE "(?:GMT|BST|UTC|EDT|EST|CDT|CST|PDT|PST|IST|CET|CEST|ET)(?![A-Za-z])"  // not "ETA", "ESTIMATED"

// The page stamps of the outlets that glue them to their first line; an
// agency mark ("(Reuters) - ") right after a stamp goes with it.
const std::regex& page_stamp() {
  static const std::regex stamp(
      ANNALS_WEEKDAY " \\d{1,2} " ANNALS_MONTH " \\d{4} \\d{1,2}[.:]\\d{2} " ANNALS_ZONE
      "|\\d{1,2} " ANNALS_MONTH " \\d{4} Last updated at \\d{1,2}:\\d{2}(?: " ANNALS_ZONE ")?(?: Help)?"
      "|Page last updated at \\d{1,2}:\\d{2} " ANNALS_ZONE ", " ANNALS_WEEKDAY ", \\d{1,2} " ANNALS_MONTH
      " \\d{4}(?: \\d{1,2}:\\d{2} UK)?"
      // CNN's live pages: "(Updated: 1:19 a.m. Monday, Libya; 6:19 p.m. Sunday ET):",
      // "LIBYA, 5:29 p.m. ET, 12:29 a.m. local:".
      "|\\(Updated: [^()]{0,40}\\d{1,2}:\\d{2}[^()]{0,60}\\):"
      "|[A-Z]{2,}(?: [A-Z]{2,})*, \\d{1,2}:\\d{2} [ap]\\.m\\. ET, \\d{1,2}:\\d{2} [ap]\\.m\\. local:"
      "|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, \\d{4} "
      "\\d{1,2}:\\d{2} ?(?:am|pm|AM|PM) " ANNALS_ZONE
      "|" ANNALS_WEEKDAY ", " ANNALS_MONTH " \\d{1,2}, \\d{4}; \\d{1,2}:\\d{2} (?:AM|PM)"
      // BBC's blogs: "Susan Watts | 18:00 UK time, Saturday, 25 April 2009".
      "|\\d{1,2}:\\d{2} UK time, " ANNALS_WEEKDAY ", \\d{1,2} " ANNALS_MONTH " \\d{4}");
  return stamp;
}

#define ANNALS_DASH "\\) ?(?:\\.-|--|-|\xE2\x80\x93|\xE2\x80\x94) "

// "(CNN) -- ", "(Reuters) - ", "(EFE).- ": an agency in capitals (or a known
// wire) and a dash.
const std::regex& agency_mark() {
  static const std::regex mark("\\((?:[A-Z]{2,10}|Reuters|Agencias|Efe)" ANNALS_DASH);
  return mark;
}

// Right after a page stamp, any capitalised name in the mark is the agency.
const std::regex& agency_after_stamp() {
  static const std::regex mark("\\([A-Z][A-Za-z]{1,24}" ANNALS_DASH);
  return mark;
}


// A headline run into what follows has no sentence end of its own.
bool reads_as_headline(std::string_view head) { return head.find_first_of(".!?") == std::string_view::npos; }

// Every page stamp has a clock time ("08.06", "1:40") and a zone, "updated"
// or AM/PM. Looking for them first spares the regex, which is slow, on
// nearly every sentence.
bool may_have_page_stamp(std::string_view head) {
  if (!has_clock_time(head)) return false;
  // Lower-case am/pm stamps also carry a zone, so "am" (in "team") is not looked for.
  for (std::string_view token : {"GMT", "BST", "UTC", "DT", "ST", "CET", " ET", "pdated", "AM", "PM", "UK time"})
    if (head.find(token) != std::string_view::npos) return true;
  return false;
}

// Every agency mark closes its parenthesis before a dash: ") - ", ")-- ",
// ").- ", ") – ". Looked for first, like the stamp.
bool may_have_agency_mark(std::string_view head) {
  for (std::size_t close = head.find(')'); close != std::string_view::npos; close = head.find(')', close + 1)) {
    std::string_view rest = head.substr(close + 1);
    if (rest.starts_with(' ')) rest.remove_prefix(1);
    if (rest.starts_with('-') || rest.starts_with(".-") || rest.starts_with("\xE2\x80\x93") ||
        rest.starts_with("\xE2\x80\x94"))
      return true;
  }
  return false;
}

// The headline and standfirst run into the page stamp: everything through it.
std::size_t glued_stamp(std::string_view s) {
  if (!may_have_page_stamp(s.substr(0, kMaxFurnitureBytes))) return 0;
  const std::string head(s.substr(0, kMaxFurnitureBytes));
  std::smatch stamp;
  if (!std::regex_search(head, stamp, page_stamp())) return 0;
  if (!reads_as_headline(s.substr(0, static_cast<std::size_t>(stamp.position(0))))) return 0;
  std::size_t at = skip_spaces(s, static_cast<std::size_t>(stamp.position(0) + stamp.length(0)));
  std::smatch mark;
  const std::string rest(s.substr(at, 40));
  if (std::regex_search(rest, mark, agency_after_stamp()) && mark.position(0) == 0)
    at = skip_spaces(s, at + mark.length(0));
  return opens_sentence(s, at) ? at : 0;
}

// A headline run into the agency mark of the story's first sentence, or the
// mark alone at the start (a wire dateline without its place).
std::size_t glued_agency_mark(std::string_view s) {
  if (!may_have_agency_mark(s.substr(0, kMaxFurnitureBytes))) return 0;
  const std::string head(s.substr(0, kMaxFurnitureBytes));
  std::smatch mark;
  if (!std::regex_search(head, mark, agency_mark())) return 0;
  if (!reads_as_headline(s.substr(0, static_cast<std::size_t>(mark.position(0))))) return 0;
  const std::size_t at = skip_spaces(s, static_cast<std::size_t>(mark.position(0) + mark.length(0)));
  // "The Council (NTC) - the rebels' arm - said": an aside, not a mark.
  return opens_sentence(s, at) ? at : 0;
}

// A list bullet opening a factbox line ("* April 28 - The Coast Guard ...").
std::size_t bullet(std::string_view s) {
  for (std::string_view mark : {"* ", "\u2022 "})
    if (s.starts_with(mark)) return skip_spaces(s, mark.size());
  return 0;
}

// A headline (and caption) run into a photo credit: everything through it.
std::size_t glued_credit(std::string_view s) {
  for (std::string_view label : {"Photograph: ", "Photograph : "}) {
    const std::size_t at = s.substr(0, kMaxFurnitureBytes).find(label);
    if (at == std::string_view::npos || at == 0 || !reads_as_headline(s.substr(0, at))) continue;
    // What follows must open a sentence: "... won Photograph: Jo Marsh/AP, said she" is prose.
    if (const std::size_t credit = labelled_credit(s.substr(at)); credit && opens_sentence(s, at + credit))
      return at + credit;
  }
  return 0;
}

// CNN's wire stories open "By the CNN Wire Staff", the story's highlight
// bullets run together, then the dateline and mark "Tobruk, Libya (CNN) --
// ": everything through the mark (the place goes with it), else the byline.
std::size_t cnn_wire_byline(std::string_view s) {
  constexpr std::string_view kByline = "By the CNN Wire Staff ";
  constexpr std::size_t kMaxHighlightBytes = 1200;
  if (!s.starts_with(kByline)) return 0;
  const std::size_t mark = s.substr(0, kMaxHighlightBytes).find("(CNN) -- ");
  if (mark == std::string_view::npos) return kByline.size();
  const std::size_t after = skip_spaces(s, mark + 9);
  return opens_sentence(s, after) ? after : kByline.size();
}

}  // namespace

bool opens_sentence(std::string_view s, std::size_t at) {
  if (at >= s.size()) return false;
  const unsigned char c = static_cast<unsigned char>(s[at]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c >= 0x80;
}

std::size_t furniture_prefix_length(std::string_view sentence) {
  std::size_t cut = 0;
  // Credits may stack ("(AP Photo) (Patrick Semansky - AP) Wednesday, ..."),
  // and a stamp may follow them.
  for (int step = 0; step < 4; ++step) {
    const std::string_view rest = sentence.substr(cut);
    std::size_t more = parenthesised_credit(rest);
    if (more == 0) more = labelled_credit(rest);
    if (more == 0) more = bullet(rest);
    if (more == 0) more = cnn_wire_byline(rest);
    if (more == 0) more = byline_length(rest);
    if (more == 0) more = capitals_heading_length(rest);
    if (more == 0) more = glued_credit(rest);
    if (more == 0) more = glued_stamp(rest);
    if (more == 0) more = glued_agency_mark(rest);
    if (more == 0 || words_in(rest.substr(more)) < kMinWordsLeft) break;
    cut += more;
  }
  return cut;
}

}  // namespace annals::text
