// Per-thread analysis of single articles.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "annals/corpus.h"
#include "text/sentence_splitter.h"
#include "text/term_extractor.h"

namespace annals {

// Local term ids of one block of articles, in order of first appearance;
// Corpus::analyze maps them to global ids block by block.
struct LocalVocabulary {
  std::unordered_map<std::string, TermId> ids;
  std::vector<const std::string*> in_order;
  TermId id_of(const std::string& term);
};

// Holds the language tools of one worker thread (ICU and libstemmer objects
// are not thread-safe) and turns an article into sentences.
class ArticleAnalyzer {
 public:
  explicit ArticleAnalyzer(bool tag_dates) : tag_dates_(tag_dates) {}

  // Appends the article's sentences to `out`, with terms as ids of `vocabulary`.
  void analyze(const Article& article, std::uint32_t index, LocalVocabulary& vocabulary,
               std::vector<Sentence>& out);

 private:
  struct LanguageTools {
    explicit LanguageTools(const std::string& language)
        : splitter(language), extractor(language), tagger(language) {}
    text::SentenceSplitter splitter;
    text::TermExtractor extractor;
    TemporalTagger tagger;
  };
  LanguageTools& tools_for(const std::string& language);
  std::vector<std::string> display_sentences(const Article& article, LanguageTools& tools);

  bool tag_dates_;
  std::map<std::string, std::unique_ptr<LanguageTools>> tools_;
  std::vector<std::string> scratch_terms_;
};

}  // namespace annals
