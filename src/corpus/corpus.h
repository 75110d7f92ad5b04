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
#include "annals/timeline.h"

namespace annals {

using TermId = std::uint32_t;

namespace text {
class TermDictionary;
}  // namespace text

struct Sentence {
  std::string_view text;                  // as shown to people; owned by the article's record
  // What the sentence says: `text` past glued furniture and a wire dateline
  // (text/sentence_proper.h), which a timeline cuts when it shows it. Its
  // terms come from it; keyword and length rules read it.
  std::string_view proper;
  std::uint32_t article = 0;              // index in the corpus (Corpus::article)
  std::uint32_t position = 0;             // index of the sentence within its article
  std::vector<TermId> terms;              // content stems in order, stopwords removed
  std::span<const TimeMention> mentions;  // byte offsets into `text`
  // Its outlet repeats it across many stories (boilerplate.h), or it is a
  // photo caption (text/photo_caption.h): page furniture, which no method may
  // select (TimelineGuard), while it still counts for the statistics every
  // method computes over the corpus, which so stay as they were.
  bool boilerplate = false;
};

using SharedArticle = std::shared_ptr<const AnalyzedArticle>;

// The article's title as given, else the headline glued before the lead of
// its first sentence (text/sentence_proper.h), else "": a view into `record`.
std::string_view title_of(const AnalyzedArticle& record);

struct CorpusOptions {
  // Keep one article per story (the earliest published; see stories.h) and
  // record the others as its copies, so selection sees each story once.
  bool merge_copies = false;
  unsigned threads = 0;  // for the articles' MinHash signatures; 0: one per core
  // Do not flag the sentences each outlet repeats across its stories
  // (boilerplate.h) nor photo captions (Sentence::boilerplate).
  bool keep_boilerplate = false;
};

class Corpus {
 public:
  // The articles of `records` published inside `window`, in the order given.
  // Term ids are numbered in order of first use in that order, so a corpus
  // is the same whichever collection its articles come from.
  // Stories are found among the articles inside the window.
  explicit Corpus(std::vector<SharedArticle> records, const DateWindow& window = {},
                  const CorpusOptions& options = {});

  // Analyses the articles and builds the corpus of those inside `window`
  // (for tests and tools that hold articles in memory).
  static Corpus analyze(std::vector<Article> articles, const AnalysisOptions& options = {},
                        const DateWindow& window = {}, const CorpusOptions& corpus = {});

  std::size_t article_count() const { return records_.size(); }
  const Article& article(std::size_t index) const { return records_[index]->article; }
  const AnalyzedArticle& record(std::size_t index) const { return *records_[index]; }
  // title_of(record(index)). Derived, not stored: an export writes back only
  // what the source gave.
  std::string_view title(std::size_t index) const { return titles_[index]; }
  // The content stems of title(index), for a method that reads whole
  // articles: news-tls's clust vectorises each article's "title text".
  std::span<const TermId> title_terms(std::size_t index) const {
    return std::span(title_terms_).subspan(first_title_term_[index], first_title_term_[index + 1] - first_title_term_[index]);
  }
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
  // The sentences flagged as boilerplate, left out of every summary.
  Boilerplate boilerplate() const { return boilerplate_; }

  // Stories: an article and its copies or near-copies inside the window.
  std::uint32_t story(std::size_t article) const { return story_of_[article]; }
  std::size_t story_count() const { return stories_.size(); }
  // Every article of the story inside the window, in input order: the
  // corpus' own and, when copies were merged, the copies left out of it.
  std::span<const SharedArticle> story_articles(std::uint32_t story) const { return stories_[story].articles; }
  // Distinct outlets that carried the article's story (at least 1): a signal
  // of how widely a story, and each of its sentences, was reported.
  std::uint32_t story_outlets(std::size_t article) const { return stories_[story_of_[article]].outlets; }
  // Articles inside the window, merged copies included, in input order.
  std::span<const SharedArticle> window_articles() const { return window_; }
  // Articles that belong to another article's story, whether merged or not.
  std::size_t story_copies() const { return window_.size() - stories_.size(); }
  std::size_t stories_with_copies() const;
  bool copies_merged() const { return copies_merged_; }

 private:
  struct Story {
    std::vector<SharedArticle> articles;
    std::uint32_t outlets = 1;
  };
  void find_stories(const CorpusOptions& options);
  std::vector<std::vector<std::uint32_t>> boilerplate_positions(const CorpusOptions& options);
  // Fills title_terms_, numbering new stems in `dictionary`.
  void extract_title_terms(text::TermDictionary& dictionary);

  std::vector<SharedArticle> window_;
  std::vector<Story> stories_;
  std::vector<std::uint32_t> story_of_;  // per corpus article
  bool copies_merged_ = false;
  std::vector<SharedArticle> records_;
  std::vector<Sentence> sentences_;            // grouped by article, in article order
  std::vector<std::uint32_t> first_sentence_;  // per article, plus one past the end
  std::vector<std::string_view> titles_;       // per article (title()), views into its record
  std::vector<TermId> title_terms_;            // every article's title stems, in article order
  std::vector<std::uint32_t> first_title_term_;  // per article, plus one past the end
  std::vector<std::string> terms_;
  Boilerplate boilerplate_;
};

}  // namespace annals
