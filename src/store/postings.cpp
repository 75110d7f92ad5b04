#include "store/postings.h"

#include <algorithm>

#include "annals/error.h"
#include "text/normalizer.h"

namespace annals::store {

namespace {

bool is_word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

template <typename F>
void for_each_run(std::string_view s, F&& visit) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_word_byte(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t start = i;
    while (i < s.size() && is_word_byte(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) visit(s.substr(start, i - start));
  }
}

}  // namespace

std::vector<std::string> record_words(const AnalyzedArticle& record) {
  std::vector<std::string> words;
  for (const AnalyzedSentence& sentence : record.sentences) {
    std::string folded = text::fold_case(sentence.text);
    for_each_run(folded, [&](std::string_view run) { words.emplace_back(run); });
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

std::string_view longest_word_run(std::string_view keyword) {
  std::string_view best;
  for_each_run(keyword, [&](std::string_view run) {
    if (run.size() > best.size()) best = run;
  });
  return best;
}

std::string encode_postings(const std::vector<std::int64_t>& sorted) {
  std::string out;
  std::int64_t previous = 0;
  for (std::int64_t v : sorted) {
    auto delta = static_cast<std::uint64_t>(v - previous);
    previous = v;
    while (delta >= 0x80) {
      out.push_back(static_cast<char>(delta | 0x80));
      delta >>= 7;
    }
    out.push_back(static_cast<char>(delta));
  }
  return out;
}

void decode_postings(std::string_view bytes, std::vector<std::int64_t>& out) {
  std::int64_t previous = 0;
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::uint64_t delta = 0;
    int shift = 0;
    for (;; shift += 7) {
      if (i >= bytes.size() || shift >= 64) throw Error("damaged postings");
      auto b = static_cast<unsigned char>(bytes[i++]);
      delta |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    previous += static_cast<std::int64_t>(delta);
    out.push_back(previous);
  }
}

}  // namespace annals::store
