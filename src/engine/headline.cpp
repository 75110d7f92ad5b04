#include "engine/headline.h"

#include <vector>

namespace annals {

namespace {

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' && text[end] != '\r')
      ++end;
    if (end > i) words.push_back(text.substr(i, end - i));
    i = end;
  }
  return words;
}

std::string join(const std::vector<std::string_view>& words, std::size_t count) {
  std::string out;
  for (std::size_t w = 0; w < count && w < words.size(); ++w) {
    if (w) out += ' ';
    out += words[w];
  }
  return out;
}

bool ends_clause(std::string_view word) {
  return word.ends_with(',') || word.ends_with(';') || word.ends_with(':');
}

bool is_dash(std::string_view word) { return word == "-" || word == "--" || word == "—" || word == "–"; }

std::string without_final_stop(std::string text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ',' || text.back() == ';' || text.back() == ':'))
    text.pop_back();
  return text;
}

}  // namespace

std::string clean_title(std::string_view title, std::string_view outlet) {
  std::vector<std::string_view> words = words_of(title);
  // "Dam fails | Valley Courier", "Dam fails - BBC News": the site's name is not the headline.
  for (std::size_t w = 1; w + 1 < words.size(); ++w) {
    if (words[w] != "|" && !is_dash(words[w])) continue;
    std::string rest = join(std::vector<std::string_view>(words.begin() + long(w) + 1, words.end()), words.size());
    if (!outlet.empty() && rest.starts_with(outlet)) words.resize(w);
    break;
  }
  return join(words, words.size());
}

std::string compressed_lead(std::string_view sentence) {
  const std::vector<std::string_view> words = words_of(sentence);
  if (words.size() <= kHeadlineWords) return without_final_stop(join(words, words.size()));
  constexpr std::size_t kMinClause = 4;
  for (std::size_t w = kMinClause - 1; w < words.size() && w < kHeadlineWords; ++w) {
    if (ends_clause(words[w])) return without_final_stop(join(words, w + 1));
    if (w + 1 < words.size() && is_dash(words[w + 1])) return join(words, w + 1);
  }
  return without_final_stop(join(words, kHeadlineWords)) + "…";
}

}  // namespace annals
