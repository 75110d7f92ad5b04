// Per-thread analysis of single articles.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "annals/corpus.h"
#include "text/sentence_splitter.h"
#include "text/term_dictionary.h"
#include "text/term_extractor.h"

namespace annals {

// Holds the language tools of one worker thread (ICU and libstemmer objects
// are not thread-safe) and turns an article into sentences whose term ids
// refer to the worker's own dictionary; Corpus::analyze renumbers them.
class ArticleAnalyzer {
 public:
  explicit ArticleAnalyzer(const AnalyzeOptions& options)
      : tag_dates_(options.tag_dates), keep_reader_comments_(options.keep_reader_comments) {}

  // Appends the article's sentences to `out`.
  void analyze(const Article& article, std::uint32_t index, std::vector<Sentence>& out);

  const text::TermDictionary& dictionary() const { return dictionary_; }
  // What this worker left out so far.
  const ReaderComments& reader_comments() const { return reader_comments_; }

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
  // (the first comment's text survives when its stamp follows it).
  void drop_reader_comments(std::vector<std::string>& sentences);

  bool tag_dates_;
  bool keep_reader_comments_;
  ReaderComments reader_comments_;
  text::TermDictionary dictionary_;
  std::map<std::string, std::unique_ptr<LanguageTools>> tools_;
  std::vector<TermId> terms_;  // scratch for one sentence
};

}  // namespace annals
