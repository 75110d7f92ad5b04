#include "text/furniture_sentence.h"

#include <algorithm>
#include <regex>
#include <string>

#include "text/sentence_splitter.h"

namespace annals::text {

namespace {

// A credit is short: a label, a desk, a name.
constexpr std::size_t kCreditBytes = 70;
// A fact box is a few lines of a page; a longer sentence is not one, and
// the scan for its labels stays cheap.
constexpr std::size_t kMaxFactBoxBytes = 2000;
// "Born: ... Also known as: ... Biggest hits: ...": two labels are a
// sentence with two speakers ("Obama put it bluntly: ..., and Clinton
// agreed: ..."), three a box.
constexpr std::size_t kFactBoxLabels = 3;

// The words an opening label starts with, lowercased: only a sentence
// opening with one reaches the regular expression below.
constexpr std::string_view kLabelFirstWords[] = {
    "see", "related", "read", "ver", "lea", "noticias", "m\xC3\xA1s", "m\xC3\x81s", "voir", "lire", "\xC3\xA0",
    "\xC3\x80", "vedi", "leggi", "articoli", "approfondimenti", "this", "este", "esta", "ce", "cet", "questo"};

// "See also" and "Related" runs: the label, then a colon or a capitalised
// title ("See also: ...", "Related stories Harbour pier closes ..."; not
// "Related stories of abuse have ...", "Voir aussi la déclaration ...").
const std::regex& label_run() {
  static const std::regex r(
      "^\\W*(see also|related( stories| articles| links| coverage| content)?|read more|more on this story|"
      "(ver|lea) tambi(\xC3\xA9|\xC3\x89)n|noticias relacionadas|m(\xC3\xA1|\xC3\x81)s informaci(\xC3\xB3|\xC3\x93)n|"
      "voir aussi|(\xC3\xA0|\xC3\x80) lire( aussi| \xC3\xA9galement)?|lire aussi|"
      "vedi anche|leggi anche|articoli correlati|approfondimenti)\\b",
      std::regex::icase | std::regex::optimize);
  return r;
}

// Series promos: "This post is part of our special coverage ...".
const std::regex& series_promo() {
  static const std::regex r(
      "^\\W*(this (post|article|story|piece) is part of (our|a)\\b|"
      "(este|esta) (post|art\xC3\xAD" "culo|entrada|nota|reportaje) (es|forma) parte de|"
      "(ce|cet) (billet|article|post) fait partie d|"
      "questo (post|articolo) fa parte d)",
      std::regex::icase | std::regex::optimize);
  return r;
}

// What may follow a label: its colon, or a title that opens with a capital
// (ASCII, accented from U+00C0 to U+00DE) or a quotation mark.
bool opens_title(std::string_view rest) {
  // Spaces, and the no-break spaces French puts before a colon.
  std::size_t at = 0;
  while (at < rest.size()) {
    if (rest[at] == ' ') ++at;
    else if (rest.substr(at).starts_with("\xC2\xA0")) at += 2;
    else if (rest.substr(at).starts_with("\xE2\x80\xAF")) at += 3;
    else break;
  }
  if (at == rest.size()) at = std::string_view::npos;
  if (at == std::string_view::npos) return true;  // the label alone
  const unsigned char c = static_cast<unsigned char>(rest[at]);
  const unsigned char next = at + 1 < rest.size() ? static_cast<unsigned char>(rest[at + 1]) : 0;
  return c == ':' || (c >= 'A' && c <= 'Z') || c == '"' || c == 0xE2 || (c == 0xC2 && next == 0xAB) ||
         (c == 0xC3 && next >= 0x80 && next <= 0x9E);
}

// Where the first word starts: past spaces, quotation marks, brackets,
// bullets and guillemets ("» Lire aussi").
std::size_t first_word_begin(std::string_view s) {
  std::size_t at = 0;
  while (at < s.size()) {
    if (std::string_view(" \"'([*->").find(s[at]) != std::string_view::npos) ++at;
    else if (s.substr(at).starts_with("\xC2\xBB") || s.substr(at).starts_with("\xC2\xAB")) at += 2;
    else if (s.substr(at).starts_with("\xE2\x80\xA2")) at += 3;
    else return at;
  }
  return std::string_view::npos;
}

bool opens_with_label(std::string_view s) {
  const std::size_t begin = first_word_begin(s);
  if (begin == std::string_view::npos) return false;
  const std::size_t end = std::min(s.find_first_of(" :", begin), s.size());
  std::string word(s.substr(begin, end - begin));
  for (char& c : word)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  if (std::find(std::begin(kLabelFirstWords), std::end(kLabelFirstWords), word) == std::end(kLabelFirstWords))
    return false;
  if (std::regex_search(s.begin(), s.end(), series_promo())) return true;
  std::match_results<std::string_view::const_iterator> label;
  return std::regex_search(s.begin(), s.end(), label, label_run()) &&
         opens_title(s.substr(std::size_t(label.position(0) + label.length(0))));
}

// A headline or caption run into the photo credit that closes it ("...
// Foto: AFP, Name"); the credit has no closing stop or quotation mark (not
// "She described the picture: \"It is heartbreaking.\""). News that names
// the picture beside it in brackets is kept ("... ninguna acción (Foto: AP,
// Name)"); "(Foto: EFE)" alone is not.
bool closes_with_credit(std::string_view s) {
  static const std::regex credit_at_end(
      "\\b(photo(graph)?|photographie|cr\xC3\xA9" "dit photo|foto(graf\xC3\xAD" "a)?|picture|image)\\s*:\\s*"
      "[^!?:\"\xC2\xE2]*[^.!?:\\s\"\xC2\xE2]\\s*$",
      std::regex::icase | std::regex::optimize);
  const std::string_view tail = s.substr(s.size() - std::min(s.size(), kCreditBytes));
  std::match_results<std::string_view::const_iterator> credit;
  if (tail.find(':') == std::string_view::npos || !std::regex_search(tail.begin(), tail.end(), credit, credit_at_end))
    return false;
  const std::size_t label = s.size() - tail.size() + std::size_t(credit.position(0));
  const std::string_view before = trim(s.substr(0, label));
  return !(before.ends_with('(') && before.size() > 1);
}

// A social widget's post, dated before the button ("... 7:01 pm ET
// February 11, 2013 RETWEET Could the next pope ..."); not prose that asks
// readers to retweet.
bool is_widget_post(std::string_view s) {
  static const std::regex dated_retweet("(19|20)[0-9]{2}\\s+RETWEET\\b", std::regex::optimize);
  return s.find("RETWEET") != std::string_view::npos && std::regex_search(s.begin(), s.end(), dated_retweet);
}

bool is_lowercase_run(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_capitalised_run(std::string_view w) {
  return w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z' && is_lowercase_run(w.substr(1));
}

// Whether the text before a colon ends in a label: a capitalised word and
// up to three lower-case ones ("Born", "Also known as", "Biggest hits"),
// at the start or after a space.
bool ends_in_label(std::string_view before) {
  std::size_t words = 0;
  while (words < 4) {
    const std::size_t space = before.rfind(' ');
    const std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
    ++words;
    if (is_capitalised_run(word)) return true;
    if (!is_lowercase_run(word) || space == std::string_view::npos) return false;
    before = before.substr(0, space);
  }
  return false;
}

// A fact box run into one line: a label opens it and two more follow
// ("Born: August 29, 1958, Carrowmouth Also known as: ... Biggest hits: ...").
bool is_fact_box(std::string_view s) {
  if (s.size() > kMaxFactBoxBytes) return false;
  const std::size_t start = first_word_begin(s);
  std::size_t colon = s.find(": ", start == std::string_view::npos ? s.size() : start);
  if (colon == std::string_view::npos) return false;
  // The box opens with its label: all that comes before the first colon.
  const std::string_view first = s.substr(start, colon - start);
  if (!ends_in_label(first) || std::count(first.begin(), first.end(), ' ') > 3 ||
      !is_capitalised_run(first.substr(0, first.find(' '))))
    return false;
  std::size_t labels = 1;
  for (colon = s.find(": ", colon + 2); colon != std::string_view::npos; colon = s.find(": ", colon + 2))
    labels += ends_in_label(s.substr(0, colon));
  return labels >= kFactBoxLabels;
}

// A teaser cut short: the page's link to another story, its text broken
// off after a space ("... put it through maneuvers with un ...", "Casos de
// coronavirus por zonas y evolución de ..."). Prose that trails off writes
// its dots against the word ("and then...").
bool is_cut_teaser(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s.ends_with(" ...");
}

}  // namespace

bool is_furniture_sentence(std::string_view sentence) {
  return is_cut_teaser(sentence) || opens_with_label(sentence) || is_fact_box(sentence) ||
         is_widget_post(sentence) || closes_with_credit(sentence);
}

}  // namespace annals::text
