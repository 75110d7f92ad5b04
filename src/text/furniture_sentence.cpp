#include "text/furniture_sentence.h"

#include <algorithm>
#include <regex>
#include <string>

#include "text/sentence_splitter.h"

namespace annals::text {

namespace {

// A credit is short: a label, a desk, a name.
constexpr std::size_t kCreditBytes = 70;

const std::regex& opening_label() {
  static const std::regex r(
      // "See also" and "Related" runs: unambiguous phrases, or a label with its colon.
      "^\\W*(see also|related (stories|articles|links|coverage|content)|more on this story|"
      "ver tambi\xC3\xA9n|lea tambi\xC3\xA9n|noticias relacionadas|"
      "voir aussi|(\xC3\xA0|\xC3\x80) lire (aussi|\xC3\xA9galement)|lire aussi|"
      "vedi anche|leggi anche|articoli correlati|"
      "(related|read more|more|m\xC3\xA1s informaci\xC3\xB3n|\xC3\xA0 lire|approfondimenti)\\s*:)"
      // Series promos.
      "|^\\W*(this (post|article|story|piece|report) is part of (our|a|the)\\b|"
      "(este|esta) (post|art\xC3\xAD" "culo|entrada|nota|reportaje) (es|forma) parte de|"
      "(ce|cet) (billet|article|post) fait partie d|"
      "questo (post|articolo) fa parte d)",
      std::regex::icase | std::regex::optimize);
  return r;
}

const std::regex& closing_credit() {
  static const std::regex r(
      "\\b(photo(graph)?|photographie|cr\xC3\xA9" "dit photo|foto(graf\xC3\xAD" "a)?|picture|image)\\s*:\\s*"
      "[^!?:]*[^.!?:\\s]\\s*$",
      std::regex::icase | std::regex::optimize);
  return r;
}

// A social widget's post ("... 7:01 pm ET February 11, 2013 RETWEET Could
// the next pope ...") or a video link with its running time ("Minister
// warns of flooding (1:23)"): page parts, wherever they are scraped.
const std::regex& widget() {
  static const std::regex r("\\bRETWEET\\b|\\(\\d{1,2}:\\d{2}\\)\\s*$", std::regex::optimize);
  return r;
}

// A fact box run into one line: a label opens it and another follows
// ("Born: August 29, 1958, Carrowmouth Also known as: ... Biggest hits: ...").
// Not a quotation opened by its speaker ("Transocean said: \"... the
// Macondo incident: ...\"").
const std::regex& fact_box() {
  static const std::regex r(
      "^\\W*[A-Z][a-z]+( (?!(said|says|told|added|warned|wrote)\\b)[a-z]+){0,3}:\\s+(?![\"'\xE2\xC2])"
      ".*\\s[A-Z][a-z]+( [a-z]+){0,3}:\\s",
      std::regex::optimize);
  return r;
}

// A teaser cut short: the page's link to another story, its text broken
// off after a space ("... put it through maneuvers with un ...", "Casos de
// coronavirus por zonas y evolución de ..."). Prose that trails off writes
// its dots against the word ("and then...").
bool is_cut_teaser(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s.ends_with(" ...") || s.ends_with(" \xE2\x80\xA6");
}

// The words an opening label starts with, lowercased: only a sentence
// opening with one reaches the regular expression.
bool may_open_with_label(std::string_view s) {
  static constexpr std::string_view kFirstWords[] = {
      "see", "related", "more", "read", "ver", "lea", "noticias", "m\xC3\xA1s", "voir", "lire", "\xC3\xA0",
      "\xC3\x80", "vedi", "leggi", "articoli", "approfondimenti", "this", "este", "esta", "ce", "cet", "questo"};
  const std::size_t begin = s.find_first_not_of(" \"'([*-");
  if (begin == std::string_view::npos) return false;
  const std::size_t end = std::min(s.find_first_of(" :", begin), s.size());
  std::string word(s.substr(begin, end - begin));
  for (char& c : word)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return std::find(std::begin(kFirstWords), std::end(kFirstWords), word) != std::end(kFirstWords);
}

}  // namespace

bool is_furniture_sentence(std::string_view sentence) {
  if (is_cut_teaser(sentence)) return true;
  if (may_open_with_label(sentence) && std::regex_search(sentence.begin(), sentence.end(), opening_label()))
    return true;
  if (const std::size_t colon = sentence.find(':'); colon != std::string_view::npos && colon < 40 &&
      sentence.find(':', colon + 1) != std::string_view::npos &&
      std::regex_search(sentence.begin(), sentence.end(), fact_box()))
    return true;
  if ((sentence.find("RETWEET") != std::string_view::npos || sentence.ends_with(')')) &&
      std::regex_search(sentence.begin(), sentence.end(), widget()))
    return true;
  const std::string_view tail = sentence.substr(sentence.size() - std::min(sentence.size(), kCreditBytes));
  std::match_results<std::string_view::const_iterator> credit;
  if (tail.find(':') == std::string_view::npos || !std::regex_search(tail.begin(), tail.end(), credit, closing_credit()))
    return false;
  // "... no ha descartado ninguna acción (Foto: AP, Name)": news that names
  // the picture beside it in brackets is kept; "(Foto: EFE)" alone is not.
  const std::size_t label = sentence.size() - tail.size() + std::size_t(credit.position(0));
  const std::string_view before = trim(sentence.substr(0, label));
  return !(before.ends_with('(') && before.size() > 1);
}

}  // namespace annals::text
