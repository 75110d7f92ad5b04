// Splitting running text into sentences (ICU BreakIterator).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

namespace annals::text {

// Splits running text into sentences with ICU's sentence BreakIterator for the
// language, then re-joins breaks that ICU places after common abbreviations
// ("U.S.", "Dr.", "Jan.", "Sr.", "M.") because ICU's rules break before any
// capitalised word, and re-joins the halves of a quotation that ICU splits at
// an inner full stop. Not thread-safe: use one splitter per thread.
class SentenceSplitter {
 public:
  explicit SentenceSplitter(std::string_view language);
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Sentences of `text` (valid UTF-8), whitespace-trimmed, empty ones dropped.
  // Line breaks that separate paragraphs always end a sentence. The views
  // point into `text`.
  std::vector<std::string_view> split(std::string_view text);

 private:
  void split_paragraph(std::string_view paragraph, std::vector<std::string_view>& out);
  bool ends_with_abbreviation(std::string_view sentence) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Trims ASCII and common Unicode whitespace (NBSP, ideographic space) at both ends.
std::string_view trim(std::string_view s);

}  // namespace annals::text
