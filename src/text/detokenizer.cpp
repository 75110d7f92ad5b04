#include "text/detokenizer.h"

#include <array>
#include <vector>

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
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  while (start < tokenized.size()) {
    std::size_t end = tokenized.find(' ', start);
    if (end == std::string_view::npos) end = tokenized.size();
    if (end > start) tokens.push_back(tokenized.substr(start, end - start));
    start = end + 1;
  }
  // A plain `"` alternates between opening and closing.
  bool inside_plain_quote = false;
  std::string out;
  out.reserve(tokenized.size());
  bool glue_next = true;  // nothing before the first token
  for (std::string_view token : tokens) {
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
