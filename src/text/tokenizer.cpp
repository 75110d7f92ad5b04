#include "text/tokenizer.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/normalizer.h"

namespace annals::text {

namespace detail {

namespace {
// ASCII letters and digits, looked up rather than compared: this loop sees
// every byte of the corpus.
constexpr auto kAsciiWord = [] {
  std::array<bool, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return table;
}();
bool is_ascii_word_byte(unsigned char c) { return kAsciiWord[c]; }
bool is_word_char(UChar32 c) { return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }
}  // namespace

bool next_token(std::string_view s, std::size_t& pos, std::size_t& begin, std::size_t& end, bool& ascii) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = int32_t(s.size());
  int32_t i = int32_t(pos);
  bool in_word = false;
  ascii = true;
  while (i < length) {
    int32_t start = i;
    bool word;
    if (bytes[i] < 0x80) {  // fast path for ASCII
      word = is_ascii_word_byte(bytes[i]);
      ++i;
    } else {
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      word = c >= 0 && is_word_char(c);
      if (word) ascii = false;
    }
    if (word && !in_word) {
      in_word = true;
      begin = std::size_t(start);
    } else if (!word && in_word) {
      end = std::size_t(start);
      pos = std::size_t(i);
      return true;
    }
  }
  pos = std::size_t(length);
  if (!in_word) return false;
  end = std::size_t(length);
  return true;
}

std::string_view fold_token(std::string_view token, bool ascii, std::string& buffer) {
  if (ascii) {
    if (std::none_of(token.begin(), token.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return token;
    buffer.assign(token);
    for (char& c : buffer)
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  } else {
    buffer = fold_case(token);
  }
  return buffer;
}

}  // namespace detail

void tokenize(std::string_view sentence, std::vector<std::string>& out) {
  for_each_token(sentence, [&](std::string_view token) { out.emplace_back(token); });
}

}  // namespace annals::text
