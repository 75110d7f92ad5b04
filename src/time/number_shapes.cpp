// When a number can be a day or a year: not when it is glued into something
// bigger ("2,000", "3.5", "$2011", "20%", "A380", "10:30").
#include "time/recognizer.h"

namespace annals::tagging {

namespace {

bool part_of_bigger_token(const Scan& s, std::size_t i) {
  const Lexeme& n = s.x[i];
  if (i > 0 && !n.space_before()) {
    const Lexeme& prev = s.x[i - 1];
    if (prev.kind != TokenKind::kPunct) return true;  // "A380", "v2011"
    char c = prev.punct;
    if (c != '(' && c != '"' && c != '\'' && c != '[' && c != '-') return true;  // "$2011", "#20"
  }
  const Lexeme* next = s.at(i + 1);
  if (!next || next->space_before()) return false;
  if (next->kind == TokenKind::kWord) return true;  // "20km"
  if (next->kind != TokenKind::kPunct) return false;
  char c = next->punct;
  if (c == '%' || c == '\0' || c == '$') return true;
  const Lexeme* after = s.at(i + 2);
  if (!after || after->space_before()) return false;
  if (c == '-' && after->kind == TokenKind::kWord) return true;  // "2000-page", "20-year-old"
  return after->is_number() && (c == ',' || c == '.' || c == ':' || c == '/');
}

}  // namespace

bool is_day_number(const Scan& s, std::size_t i) {
  const Lexeme* n = s.at(i);
  return n && n->is_number() && !(n->flags & kDecadeSuffix) && n->digits <= 2 && n->number >= 1 &&
         n->number <= 31 && !part_of_bigger_token(s, i);
}

bool is_year_number(const Scan& s, std::size_t i) {
  const Lexeme* n = s.at(i);
  if (!n || !n->is_number() || (n->flags & (kDecadeSuffix | kOrdinal)) || n->digits != 4 ||
      n->number < 1000 || n->number > 2999 || part_of_bigger_token(s, i))
    return false;
  // "2017-13-01" is a malformed date or a code, not a year (day ranges keep their dash).
  const Lexeme* after = s.at(i + 2);
  return !(s.is_punct(i + 1, '-') && !s.x[i + 1].space_before() && after && after->is_number() &&
           !after->space_before());
}

}  // namespace annals::tagging
