// Analysis of single articles, and of many in parallel.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "annals/analysis.h"
#include "text/sentence_splitter.h"
#include "text/term_dictionary.h"
#include "text/term_extractor.h"

namespace annals::analysis {

// Holds the language tools of one worker thread (ICU and libstemmer objects
// are not thread-safe) and turns articles into self-contained records.
class ArticleAnalyzer {
 public:
  explicit ArticleAnalyzer(const AnalysisOptions& options)
      : tag_dates_(options.tag_dates), keep_reader_comments_(options.keep_reader_comments) {}

  AnalyzedArticle analyze(Article article);

 private:
  struct LanguageTools {
    LanguageTools(const std::string& language, text::TermDictionary& dictionary)
        : splitter(language), extractor(language, dictionary), tagger(language) {}
    text::SentenceSplitter splitter;
    text::TermExtractor extractor;
    TemporalTagger tagger;
  };
  LanguageTools& tools_for(const std::string& language);
  std::vector<std::string> display_sentences(const Article& article, LanguageTools& tools);

  // Drops the sentences from the first reader comment's posting stamp on
  // (the first comment's text survives when its stamp follows it) and
  // returns how many were dropped.
  static std::uint32_t drop_reader_comments(std::vector<std::string>& sentences);

  bool tag_dates_;
  bool keep_reader_comments_;
  // Stems are numbered in the worker's dictionary while extracting, then
  // renumbered per article in order of first use.
  text::TermDictionary dictionary_;
  std::map<std::string, std::unique_ptr<LanguageTools>> tools_;
  std::vector<std::uint32_t> terms_;                                // scratch for one sentence
  absl::flat_hash_map<std::uint32_t, std::uint32_t> article_term_;  // scratch: worker id -> article index
};

// Analyses every article on up to `options.threads` threads; the records are
// in input order and do not depend on the thread count.
std::vector<AnalyzedArticle> analyze_articles(std::vector<Article> articles, const AnalysisOptions& options);

}  // namespace annals::analysis
