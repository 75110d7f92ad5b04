// The analysed corpus: articles split into sentences, with content terms and
// date mentions. Everything a timeline method reads comes from here.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annals/article.h"
#include "annals/temporal_tagger.h"

namespace annals {

using TermId = std::uint32_t;

struct Sentence {
  std::string text;              // as shown to people (NFC, detokenized)
  std::uint32_t article = 0;     // index in Corpus::articles()
  std::uint32_t position = 0;    // index of the sentence within its article
  std::vector<TermId> terms;     // content stems in order, stopwords removed
  std::vector<TimeMention> mentions;  // byte offsets into `text`
};

struct AnalyzeOptions {
  unsigned threads = 0;  // 0: one per hardware thread
  bool tag_dates = true;
  // Reader comments appended to a page are left out unless this is set:
  // every sentence from the first with a posting stamp such as "March 21,
  // 2011 at 1:32 pm |" to the end (a stamp in the first sentence is the
  // article's own and does not count).
  bool keep_reader_comments = false;
  // Called now and then with articles analysed so far and the total.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

// Reader comments left out of the analysis.
struct ReaderComments {
  std::size_t articles = 0;   // articles that had a comment section
  std::size_t sentences = 0;  // sentences dropped from them
};

class Corpus {
 public:
  // Splits, tokenizes, stems and tags every article, in parallel. The result
  // does not depend on the number of threads.
  static Corpus analyze(std::vector<Article> articles, const AnalyzeOptions& options = {});

  const std::vector<Article>& articles() const { return articles_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  // The sentences of one article, in order.
  std::span<const Sentence> sentences_of(std::size_t article) const;
  // Index in sentences() of the article's first sentence, and how many it has.
  std::uint32_t first_sentence(std::size_t article) const { return first_sentence_[article]; }
  std::uint32_t sentence_count(std::size_t article) const {
    return first_sentence_[article + 1] - first_sentence_[article];
  }
  // Stem of a term id.
  const std::string& term(TermId id) const { return terms_[id]; }
  std::size_t vocabulary_size() const { return terms_.size(); }
  const ReaderComments& reader_comments() const { return reader_comments_; }

 private:
  std::vector<Article> articles_;
  std::vector<Sentence> sentences_;              // grouped by article, in article order
  std::vector<std::uint32_t> first_sentence_;    // per article, plus one past the end
  std::vector<std::string> terms_;
  ReaderComments reader_comments_;
};

}  // namespace annals
