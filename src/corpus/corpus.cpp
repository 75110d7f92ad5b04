#include "corpus/corpus.h"

#include "analysis/analyzer.h"
#include "text/term_dictionary.h"

namespace annals {

Corpus::Corpus(std::vector<SharedArticle> records, const DateWindow& window) {
  std::erase_if(records, [&](const SharedArticle& r) { return !window.contains(r->article.published); });
  records_ = std::move(records);
  std::size_t total = 0;
  for (const SharedArticle& r : records_) total += r->sentences.size();
  sentences_.reserve(total);
  first_sentence_.reserve(records_.size() + 1);

  text::TermDictionary dictionary;
  std::vector<TermId> ids;  // article's term index -> corpus id
  for (std::uint32_t a = 0; a < records_.size(); ++a) {
    const AnalyzedArticle& record = *records_[a];
    first_sentence_.push_back(std::uint32_t(sentences_.size()));
    ids.clear();
    for (const std::string& term : record.terms) ids.push_back(dictionary.id_of(term));
    for (std::uint32_t p = 0; p < record.sentences.size(); ++p) {
      const AnalyzedSentence& source = record.sentences[p];
      Sentence& sentence = sentences_.emplace_back();
      sentence.text = source.text;
      sentence.article = a;
      sentence.position = p;
      sentence.terms.reserve(source.terms.size());
      for (std::uint32_t t : source.terms) sentence.terms.push_back(ids[t]);
      sentence.mentions = source.mentions;
    }
  }
  first_sentence_.push_back(std::uint32_t(sentences_.size()));
  terms_.reserve(dictionary.size());
  for (TermId id = 0; id < dictionary.size(); ++id) terms_.push_back(dictionary.term(id));
}

Corpus Corpus::analyze(std::vector<Article> articles, const AnalysisOptions& options, const DateWindow& window) {
  std::vector<SharedArticle> records;
  for (AnalyzedArticle& record : analysis::analyze_articles(std::move(articles), options))
    records.push_back(std::make_shared<const AnalyzedArticle>(std::move(record)));
  return Corpus(std::move(records), window);
}

std::span<const Sentence> Corpus::sentences_of(std::size_t article) const {
  return std::span<const Sentence>(sentences_).subspan(first_sentence_[article], sentence_count(article));
}

ReaderComments Corpus::reader_comments() const {
  ReaderComments comments;
  for (const SharedArticle& r : records_) {
    comments.articles += r->reader_comment_sentences > 0;
    comments.sentences += r->reader_comment_sentences;
  }
  return comments;
}

}  // namespace annals
