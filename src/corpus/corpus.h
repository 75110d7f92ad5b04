// The corpus a request works on: the analysed articles published inside its
// window, with term ids shared by all their sentences. Everything a timeline
// method reads comes from here. Built per request from self-contained
// records (annals/analysis.h), so collections can grow without renumbering.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annals/analysis.h"
#include "annals/request.h"

namespace annals {

using TermId = std::uint32_t;

struct Sentence {
  std::string_view text;                  // as shown to people; owned by the article's record
  std::uint32_t article = 0;              // index in the corpus (Corpus::article)
  std::uint32_t position = 0;             // index of the sentence within its article
  std::vector<TermId> terms;              // content stems in order, stopwords removed
  std::span<const TimeMention> mentions;  // byte offsets into `text`
};

using SharedArticle = std::shared_ptr<const AnalyzedArticle>;

class Corpus {
 public:
  // The articles of `records` published inside `window`, in the order given.
  // Term ids are numbered in order of first use in that order, so a corpus
  // is the same whichever collection its articles come from.
  explicit Corpus(std::vector<SharedArticle> records, const DateWindow& window = {});

  // Analyses the articles and builds the corpus of those inside `window`
  // (for tests and tools that hold articles in memory).
  static Corpus analyze(std::vector<Article> articles, const AnalysisOptions& options = {},
                        const DateWindow& window = {});

  std::size_t article_count() const { return records_.size(); }
  const Article& article(std::size_t index) const { return records_[index]->article; }
  const AnalyzedArticle& record(std::size_t index) const { return *records_[index]; }
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
  // Reader comments left out of this corpus' articles.
  ReaderComments reader_comments() const;

 private:
  std::vector<SharedArticle> records_;
  std::vector<Sentence> sentences_;            // grouped by article, in article order
  std::vector<std::uint32_t> first_sentence_;  // per article, plus one past the end
  std::vector<std::string> terms_;
};

}  // namespace annals
