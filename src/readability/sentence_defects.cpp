#include "readability/sentence_defects.h"

#include <regex>
#include <string>
#include <vector>

#include "text/near_copy.h"

namespace annals::readability {

namespace {

using std::regex_constants::ECMAScript;
using std::regex_constants::icase;

// Patterns are matched on the UTF-8 bytes: accented letters are literal
// byte sequences (never inside a character class), and only ASCII letters
// fold case.
std::regex pattern(const std::string& text, bool fold_case = true) {
  return std::regex(text, fold_case ? ECMAScript | icase : ECMAScript);
}

bool any_matches(const std::vector<std::regex>& patterns, const std::string& sentence) {
  for (const std::regex& p : patterns)
    if (std::regex_search(sentence, p)) return true;
  return false;
}

// Words a byline's first capitalised word is not: "By Tuesday, ...",
// "By March the ...", "Por Dios".
const std::regex& not_a_name() {
  static const std::regex words = pattern(
      "^\\W*(by|por|par|di)\\s+(the\\s+(end|time|way)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
      "january|february|march|april|may|june|july|august|september|october|november|december|"
      "lunes|martes|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
      "lundi|mardi|janvier|mars|avril|mai|juin|juillet|septembre|octobre|novembre|"
      "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
      "far|then|now|contrast|comparison|law|ejemplo|eso|lo|la|el|los|las|le|les|un|una|une|ailleurs|"
      "contre|exemple|ci|cui|questo)\\b");
  return words;
}

// "By Jane Roe", "By the CNN Wire Staff", "Por Ana Ruiz", "Par Jean Dupont":
// a credit word, then names (capitalised words), then what ends a byline
// (a comma, "and", an upper-case place or title, the end); or a credit
// phrase ("Reporting by", "Redacción:") anywhere.
bool is_byline(const std::string& sentence) {
  static const std::string name = "[A-Z](?:[\\w'.-]|[^\\x00-\\x7F])*";
  static const std::regex credit_word = pattern(
      "^\\W*([Bb]y|BY|[Pp]or|[Pp]ar|[Dd]i)\\s+(the\\s+)?" + name + "(\\s+(de|del|la|van|von|da|di|le)?\\s*" + name +
          "){0,4}(\\s*,|\\s+(and|y|et|e|&)\\s|\\s+[A-Z]{3,}|\\s*$|\\s+(staff|correspondent|reporter|editor))",
      /*fold_case=*/false);
  static const std::regex credit_phrase = pattern(
      "\\b([Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting|[Cc]ompiled|[Ww]ritten|[Pp]roduced) by\\s+[A-Z]|"
      "\\b([Rr]edacción|[Rr]édaction)\\s*[:|]|\\b[Cc]on información de\\b",
      /*fold_case=*/false);
  if (std::regex_search(sentence, credit_phrase)) return true;
  return std::regex_search(sentence, credit_word) && !std::regex_search(sentence, not_a_name());
}

const std::vector<std::regex>& furniture_patterns() {
  static const std::vector<std::regex> all = {
      // Photo and video credits and captions.
      pattern("\\b(photo(graph)?s?|pictures?|images?|video|foto(grafía|grafia)?s?|imagen(es)?|"
              "vídeo|vidéo|immagin[ei]|crédits?( photo)?|credits?)\\s*:\\s*\\S"),
      pattern("\\b(getty images|afp/getty|ap photo|afp photo|reuters/[a-z]+|epa/[a-z]+|efe/[a-z]+)\\b"),
      pattern("\\b(click to enlarge|play video|watch (the )?video|ver (el )?vídeo|regarder la vidéo|"
              "guarda il video|(photo|video) gallery|galería de fotos|diaporama|fotogallery)\\b"),
      // Copyright and rights lines.
      pattern("©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|all rights reserved|(todos los )?derechos reservados|"
              "tous droits réservés|tutti i diritti riservati|riproduzione riservata"),
      // Page stamps.
      pattern("page last updated|last updated at|última actualización|"
              "dernière mise à jour|ultimo aggiornamento"),
      // Share, print, e-mail, subscribe.
      pattern("^\\W*(share( this)?( story| article)?|e-?mail( this)?( story| article| to a friend)?|print( this)?"
              "( story| article| page)?|subscribe|sign up|follow us|compartir|suscríbete|imprimir|"
              "enviar( por)? (correo|e-?mail)|partager|abonnez-vous|imprimer|envoyer (par|à)|condividi|"
              "iscriviti|stampa|invia)\\b"),
      pattern("\\b(share (this|on) (facebook|twitter)|share on facebook|tweet this|e-?mail to a friend|"
              "printer[- ]friendly|subscribe to (our|the) (newsletter|feed)|"
              "s'abonner à la newsletter|suscríbete a)\\b"),
      // "Related" and "See also" runs.
      pattern("^\\W*(related( stories| articles| content| links| news| coverage)?|see also|more on this story|"
              "read more|more from|lire aussi|voir aussi|à lire (aussi|également)|"
              "lea también|ver también|más información|noticias relacionadas|"
              "leggi anche|vedi anche|articoli correlati|approfondimenti)\\b"),
      // Series promos.
      pattern("\\b(este|esta) (post|artículo|entrada|nota|reportaje) (es|forma) parte de|"
              "forma parte de (nuestra|la) cobertura|"
              "\\b(cet|ce) (article|billet|post) fait partie d|"
              "\\bthis (post|article|story|piece) is part of (our|a|the)\\b|"
              "\\bquesto (post|articolo) fa parte d"),
      // Highlight bullets run together, and their "NEW:" lead.
      pattern("(^|\\s)NEW:\\s", /*fold_case=*/false),
      pattern("(^|\\s)\\\\?\\*\\s[^*]+\\s\\\\?\\*\\s"),
  };
  return all;
}

// "(Reuters)", "(EUROPA PRESS)", "(Meridian)": one to three capitalised
// words in brackets, then the dash that opens the story ("-", "--", ".-",
// en or em dash).
const std::regex& agency_dash() {
  static const std::regex dash =
      pattern("\\(([A-Z][A-Za-z.]+( [A-Z][A-Za-z.]+){0,2})\\)\\s*(\\.\\s*)?(-|–|—)", /*fold_case=*/false);
  return dash;
}

const std::vector<std::regex>& glue_markers() {
  static const std::vector<std::regex> all = {
      // A clock time with its zone: "08.06 GMT", "10:19 pm BST", "12:49 am EDT".
      pattern("\\b\\d{1,2}[.:]\\d{2}\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(GMT|BST|UTC|EDT|EST|CDT|CST|PDT|PST|CET|CEST|JST|"
              "ET|HKT|AEST|AEDT)\\b",
              /*fold_case=*/false),
      // A page stamp: "| Tue Apr 21, 2009", "Updated: 12/03/2011".
      pattern("\\|\\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
      pattern("\\b(updated|actualizado|mis à jour|aggiornato)\\s*:?\\s*\\d"),
      // A credit after the start of the sentence.
      pattern(".\\s(photograph|photo|foto|picture|crédit photo)\\s*:\\s*\\S"),
  };
  return all;
}

// Weaker signs of furniture: count only together, in a long sentence.
std::size_t weak_glue_signs(const std::string& sentence) {
  static const std::vector<std::regex> signs = {
      pattern("(^|\\s)\\\\?\\*\\s"),                       // a highlight bullet
      pattern("\\s\\|\\s"),                                // a bar between page parts
      pattern("\\b(updated|published|posted)\\b"),         // a page stamp
      pattern("\\b[A-Z]{4,}(\\s+[A-Z]{3,})*\\s+\\(", false),  // a dateline's PLACE (
      pattern("\\b(20\\d\\d|19\\d\\d)\\s+\\d{1,2}[.:]\\d{2}\\b"),  // a date and a time
  };
  std::size_t found = 0;
  for (const std::regex& s : signs) found += std::regex_search(sentence, s);
  return found;
}

}  // namespace

bool is_boilerplate(std::string_view sentence) {
  const std::string text(sentence);
  return is_byline(text) || any_matches(furniture_patterns(), text);
}

bool has_wire_dateline(std::string_view sentence) {
  return std::regex_search(std::string(sentence), agency_dash());
}

bool is_glued_furniture(std::string_view sentence) {
  const std::string text(sentence);
  if (any_matches(glue_markers(), text)) return true;
  return is_overlong(sentence) && weak_glue_signs(text) >= 2;
}

bool is_half_quotation(std::string_view sentence) {
  auto count = [&](std::string_view mark) {
    std::size_t n = 0;
    for (std::size_t at = sentence.find(mark); at != std::string_view::npos; at = sentence.find(mark, at + 1)) ++n;
    return n;
  };
  return count("\"") % 2 != 0 || count("\u201C") != count("\u201D") || count("\u00AB") != count("\u00BB");
}

bool is_overlong(std::string_view sentence) { return text::word_count(sentence) > kMaxWords; }

bool is_fragment(std::string_view sentence) { return text::word_count(sentence) < kMinWords; }

}  // namespace annals::readability
