#include "text/detokenizer.h"


namespace annals::text {

namespace {

enum class Glue { kNone, kToPrevious, kToNext };

bool is_one_of(std::string_view token, std::initializer_list<std::string_view> set) {
  for (auto s : set)
    if (token == s) return true;
  return false;
}

// Maps PTB bracket and quote tokens to the characters people expect.
std::string_view surface(std::string_view token) {
  if (token == "``" || token == "''") return "\"";
  if (token == "`") return "'";
  if (token == "-LRB-") return "(";
  if (token == "-RRB-") return ")";
  if (token == "-LSB-") return "[";
  if (token == "-RSB-") return "]";
  if (token == "-LCB-") return "{";
  if (token == "-RCB-") return "}";
  return token;
}

bool ends_with_elision(std::string_view token) {
  // "l'", "d'", "qu'", "dell'", "all'" (fr, it) but not a lone quote.
  if (token.size() < 2) return false;
  char last = token.back();
  bool apostrophe = last == '\'' || token.ends_with("\xE2\x80\x99");  // ' or ’
  if (!apostrophe) return false;
  unsigned char first = static_cast<unsigned char>(token[0]);
  return (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
}

Glue glue_of(std::string_view token) {
  // Fast path for ordinary words, which are most tokens: only punctuation,
  // quotes, contractions ("n't") and elisions ("l'") glue.
  unsigned char first = static_cast<unsigned char>(token[0]);
  bool plain_start = (first >= 'a' && first <= 'z' && first != 'n') || (first >= 'A' && first <= 'Z' && first != 'N') ||
                     (first >= '0' && first <= '9') || first >= 0x80;
  char last = token.back();
  if (plain_start && last != '\'' && !(static_cast<unsigned char>(last) >= 0x80)) return Glue::kNone;
  if (is_one_of(token, {",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "-RRB-", "-RSB-", "-RCB-",
                        "''", "'", "...", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't", "N'T"}))
    return Glue::kToPrevious;
  if (is_one_of(token, {"(", "[", "{", "-LRB-", "-LSB-", "-LCB-", "``", "`", "$", "#"}))
    return Glue::kToNext;
  if (ends_with_elision(token)) return Glue::kToNext;
  return Glue::kNone;
}

}  // namespace

std::string detokenize(std::string_view tokenized) {
  // A plain `"` alternates between opening and closing.
  bool inside_plain_quote = false;
  std::string out;
  out.reserve(tokenized.size());
  bool glue_next = true;  // nothing before the first token
  for (std::size_t start = 0, end; start < tokenized.size(); start = end + 1) {
    end = tokenized.find(' ', start);
    if (end == std::string_view::npos) end = tokenized.size();
    if (end == start) continue;
    std::string_view token = tokenized.substr(start, end - start);
    Glue glue = glue_of(token);
    if (token == "\"") {
      glue = inside_plain_quote ? Glue::kToPrevious : Glue::kToNext;
      inside_plain_quote = !inside_plain_quote;
    }
    if (!glue_next && glue != Glue::kToPrevious) out += ' ';
    out += surface(token);
    glue_next = glue == Glue::kToNext;
  }
  return out;
}

}  // namespace annals::text
