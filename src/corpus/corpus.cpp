#include "corpus/corpus.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "analysis/analyzer.h"
#include "analysis/minhash.h"
#include "common/parallel.h"
#include "corpus/boilerplate.h"
#include "corpus/stories.h"
#include "text/furniture_sentence.h"
#include "text/photo_caption.h"
#include "text/sentence_proper.h"
#include "text/term_dictionary.h"
#include "text/term_extractor.h"

namespace annals {

namespace {

// Furniture by its own words, flagged with the learned boilerplate: photo
// captions and the labels, promos and credits of text/furniture_sentence.h.
bool is_furniture(std::string_view proper, std::string_view language) {
  return text::is_photo_caption(proper, language) || text::is_furniture_sentence(proper);
}

// Earlier publication first; the time of day, when both have one, breaks a tie.
bool published_before(const Article& a, const Article& b) {
  if (a.published != b.published) return a.published < b.published;
  return a.time && b.time && *a.time < *b.time;
}

std::uint32_t distinct_outlets(const std::vector<SharedArticle>& articles) {
  std::set<std::string_view> outlets;
  for (const SharedArticle& a : articles)
    if (!a->article.outlet.empty()) outlets.insert(a->article.outlet);
  return std::max<std::uint32_t>(1, std::uint32_t(outlets.size()));
}

}  // namespace

// Groups the window's articles into stories, and keeps either all of them
// or each story's earliest article in records_.
void Corpus::find_stories(const CorpusOptions& options) {
  std::vector<analysis::MinHashSignature> signatures(window_.size());
  parallel_for(window_.size(), thread_count(options.threads, window_.size() / 256 + 1),
               [&](std::size_t a, unsigned) { signatures[a] = analysis::minhash_signature(*window_[a]); });
  const Stories found = group_stories(signatures);
  std::vector<std::uint32_t> representative(found.members.size());
  for (std::size_t s = 0; s < found.members.size(); ++s) {
    Story& story = stories_.emplace_back();
    representative[s] = found.members[s].front();
    for (std::uint32_t a : found.members[s]) {
      story.articles.push_back(window_[a]);
      if (published_before(window_[a]->article, window_[representative[s]]->article)) representative[s] = a;
    }
    story.outlets = distinct_outlets(story.articles);
  }
  copies_merged_ = options.merge_copies;
  for (std::uint32_t a = 0; a < window_.size(); ++a) {
    const std::uint32_t s = found.story_of[a];
    if (options.merge_copies && representative[s] != a) continue;
    records_.push_back(window_[a]);
    story_of_.push_back(s);
  }
}

// Per corpus article, the positions of the sentences its outlet repeats
// across stories (boilerplate.h).
std::vector<std::vector<std::uint32_t>> Corpus::boilerplate_positions(const CorpusOptions& options) {
  if (options.keep_boilerplate) return std::vector<std::vector<std::uint32_t>>(records_.size());
  std::vector<BoilerplateInput> inputs;
  inputs.reserve(records_.size());
  for (std::size_t a = 0; a < records_.size(); ++a) inputs.push_back({records_[a].get(), story_of_[a]});
  return find_boilerplate(inputs);
}

std::string_view title_of(const AnalyzedArticle& record) {
  if (!record.article.title.empty() || record.sentences.empty()) return record.article.title;
  return text::find_sentence_proper(record.sentences.front().text, {record.article.language, true}).headline;
}

void Corpus::extract_title_terms(text::TermDictionary& dictionary) {
  std::map<std::string, std::unique_ptr<text::TermExtractor>, std::less<>> extractors;  // per language
  std::vector<std::uint32_t> ids;
  first_title_term_.reserve(records_.size() + 1);
  for (std::size_t a = 0; a < records_.size(); ++a) {
    first_title_term_.push_back(std::uint32_t(title_terms_.size()));
    if (titles_[a].empty()) continue;
    auto& extractor = extractors[article(a).language];
    if (!extractor) extractor = std::make_unique<text::TermExtractor>(article(a).language, dictionary);
    ids.clear();
    extractor->extract(titles_[a], ids);
    title_terms_.insert(title_terms_.end(), ids.begin(), ids.end());
  }
  first_title_term_.push_back(std::uint32_t(title_terms_.size()));
}

Corpus::Corpus(std::vector<SharedArticle> records, const DateWindow& window, const CorpusOptions& options) {
  std::erase_if(records, [&](const SharedArticle& r) { return !window.contains(r->article.published); });
  window_ = std::move(records);
  find_stories(options);
  const auto boilerplate = boilerplate_positions(options);
  std::size_t total = 0;
  for (const SharedArticle& r : records_) total += r->sentences.size();
  sentences_.reserve(total);
  first_sentence_.reserve(records_.size() + 1);
  titles_.reserve(records_.size());

  text::TermDictionary dictionary;
  std::vector<TermId> ids;  // article's term index -> corpus id
  for (std::uint32_t a = 0; a < records_.size(); ++a) {
    const AnalyzedArticle& record = *records_[a];
    first_sentence_.push_back(std::uint32_t(sentences_.size()));
    titles_.push_back(title_of(record));
    ids.clear();
    for (const std::string& term : record.terms) ids.push_back(dictionary.id_of(term));
    auto flagged = boilerplate[a].begin();
    bool furniture_in_article = false;
    for (std::uint32_t p = 0; p < record.sentences.size(); ++p) {
      const AnalyzedSentence& source = record.sentences[p];
      Sentence& sentence = sentences_.emplace_back();
      sentence.text = source.text;
      sentence.proper =
          sentence.text.substr(text::find_sentence_proper(sentence.text, {record.article.language, p == 0}).begin);
      sentence.article = a;
      sentence.position = p;
      sentence.terms.reserve(source.terms.size());
      for (std::uint32_t t : source.terms) sentence.terms.push_back(ids[t]);
      sentence.mentions = source.mentions;
      const bool learned = flagged != boilerplate[a].end() && *flagged == p;
      flagged += learned;
      sentence.boilerplate = learned || (!options.keep_boilerplate && is_furniture(sentence.proper, record.article.language));
      boilerplate_.sentences += sentence.boilerplate;
      furniture_in_article = furniture_in_article || sentence.boilerplate;
    }
    boilerplate_.articles += furniture_in_article;
  }
  first_sentence_.push_back(std::uint32_t(sentences_.size()));
  extract_title_terms(dictionary);
  terms_.reserve(dictionary.size());
  for (TermId id = 0; id < dictionary.size(); ++id) terms_.push_back(dictionary.term(id));
}

Corpus Corpus::analyze(std::vector<Article> articles, const AnalysisOptions& options, const DateWindow& window,
                       const CorpusOptions& corpus) {
  std::vector<SharedArticle> records;
  for (AnalyzedArticle& record : analysis::analyze_articles(std::move(articles), options))
    records.push_back(std::make_shared<const AnalyzedArticle>(std::move(record)));
  return Corpus(std::move(records), window, corpus);
}

std::span<const Sentence> Corpus::sentences_of(std::size_t article) const {
  return std::span<const Sentence>(sentences_).subspan(first_sentence_[article], sentence_count(article));
}

std::size_t Corpus::stories_with_copies() const {
  return std::size_t(std::count_if(stories_.begin(), stories_.end(), [](const Story& s) { return s.articles.size() > 1; }));
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
