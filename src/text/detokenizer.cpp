#include "text/detokenizer.h"

#include <algorithm>

namespace annals::text {

namespace {

enum class Glue { kNone, kToPrevious, kToNext };

// Punctuation tokens that glue to the previous or to the next token.
constexpr std::string_view kToPrevious[] = {",",  ".",  ";",     ":",     "?",     "!",  "%", ")",
                                            "]",  "}",  "-RRB-", "-RSB-", "-RCB-", "''", "'", "...",
                                            "'s", "'S", "'re",   "'ve",   "'ll",   "'d", "'m"};
constexpr std::string_view kToNext[] = {"(", "[", "{", "-LRB-", "-LSB-", "-LCB-", "``", "`", "$", "#"};

template <std::size_t N>
bool is_one_of(std::string_view token, const std::string_view (&set)[N]) {
  for (std::string_view s : set)
    if (token == s) return true;
  return false;
}

// Maps PTB bracket and quote tokens to the characters people expect.
std::string_view surface(std::string_view token) {
  if (token[0] != '`' && token[0] != '\'' && token[0] != '-') return token;  // most tokens
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
  // Fast path for ordinary words, which are most tokens: of those starting
  // with a letter or digit only contractions ("n't") and elisions ("l'") glue.
  unsigned char first = static_cast<unsigned char>(token[0]);
  if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') ||
      first >= 0x80) {
    if (token == "n't" || token == "N'T") return Glue::kToPrevious;
    return ends_with_elision(token) ? Glue::kToNext : Glue::kNone;
  }
  if (is_one_of(token, kToPrevious)) return Glue::kToPrevious;
  if (is_one_of(token, kToNext)) return Glue::kToNext;
  return Glue::kNone;
}

// PTB escapes "/" and "*" with a backslash ("Herbert\/AP", "\* April 28");
// people read them plain. In place: the text only shrinks.
void unescape_slashes_and_stars(std::string& text) {
  if (text.find('\\') == std::string::npos) return;
  std::size_t write = 0;
  for (std::size_t read = 0; read < text.size(); ++read) {
    if (text[read] == '\\' && read + 1 < text.size() && (text[read + 1] == '/' || text[read + 1] == '*')) ++read;
    text[write++] = text[read];
  }
  text.resize(write);
}

}  // namespace

std::string detokenize(std::string_view tokenized) {
  // The output is never longer than the input (surface forms are not longer
  // than their tokens, and no space is added), so it is written in place.
  std::string out(tokenized.size(), '\0');
  char* write = out.data();
  // Most tokens come out as they went in, with the single space before
  // them: such runs are copied at once when a token that differs ends them.
  std::size_t verbatim_from = 0;
  std::size_t previous_end = 0;
  // A plain `"` alternates between opening and closing.
  bool inside_plain_quote = false;
  bool glue_next = true;  // nothing before the first token
  const std::size_t size = tokenized.size();
  for (std::size_t start = 0, end; start < size; start = end + 1) {
    end = start;
    while (end < size && tokenized[end] != ' ') ++end;
    if (end == start) continue;
    std::string_view token = tokenized.substr(start, end - start);
    Glue glue = glue_of(token);
    if (token == "\"") {
      glue = inside_plain_quote ? Glue::kToPrevious : Glue::kToNext;
      inside_plain_quote = !inside_plain_quote;
    }
    bool space = !glue_next && glue != Glue::kToPrevious;
    std::string_view shown = surface(token);
    glue_next = glue == Glue::kToNext;
    if (start - previous_end == (space ? 1 : 0) && shown.data() == token.data()) {
      previous_end = end;
      continue;
    }
    write = std::copy(tokenized.begin() + verbatim_from, tokenized.begin() + previous_end, write);
    if (space) *write++ = ' ';
    write = std::copy(shown.begin(), shown.end(), write);
    verbatim_from = previous_end = end;
  }
  write = std::copy(tokenized.begin() + verbatim_from, tokenized.begin() + previous_end, write);
  out.resize(std::size_t(write - out.data()));
  unescape_slashes_and_stars(out);
  return out;
}

}  // namespace annals::text
