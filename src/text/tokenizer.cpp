#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/normalizer.h"

namespace annals::text {

namespace {
bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}
}  // namespace

void tokenize(std::string_view sentence, std::vector<std::string>& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(sentence.data());
  const int32_t length = int32_t(sentence.size());
  int32_t i = 0;
  int32_t word_start = -1;
  bool ascii_word = true;
  auto flush = [&](int32_t end) {
    if (word_start < 0) return;
    std::string_view word = sentence.substr(std::size_t(word_start), std::size_t(end - word_start));
    if (ascii_word) {
      std::string& token = out.emplace_back(word);
      for (char& c : token)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    } else {
      out.push_back(fold_case(word));
    }
    word_start = -1;
    ascii_word = true;
  };
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && is_word_char(c)) {
      if (word_start < 0) word_start = start;
      if (c >= 0x80) ascii_word = false;
    } else {
      flush(start);
    }
  }
  flush(length);
}

}  // namespace annals::text
