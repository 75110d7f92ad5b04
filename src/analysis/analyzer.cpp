#include "analysis/analyzer.h"

#include "analysis/outlets.h"

#include <mutex>

#include "common/parallel.h"
#include "text/detokenizer.h"
#include "text/mojibake.h"
#include "text/normalizer.h"
#include "text/reader_comment.h"
#include "text/sentence_proper.h"

namespace annals::analysis {

ArticleAnalyzer::LanguageTools& ArticleAnalyzer::tools_for(const std::string& language) {
  auto& slot = tools_[language];
  if (!slot) slot = std::make_unique<LanguageTools>(language, dictionary_);
  return *slot;
}

std::vector<std::string> ArticleAnalyzer::display_sentences(const Article& article, LanguageTools& tools) {
  std::string text = text::normalize_nfc(article.text);
  if (text::repair_mojibake(text) > 0) text = text::normalize_nfc(text);  // a repaired accent may compose
  std::vector<std::string> out;
  if (article.sentence_per_line) {
    // Pre-split corpora keep their split; their PTB tokens are rejoined for people.
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string_view line = text::trim(std::string_view(text).substr(start, end - start));
      if (!line.empty()) out.push_back(text::detokenize(line));
      start = end + 1;
    }
  } else {
    for (std::string_view sentence : tools.splitter.split(text)) out.emplace_back(sentence);
  }
  return out;
}

namespace {

// Index of the first sentence with a posting stamp, or the sentence count.
// The first sentence (title, byline, dateline) never starts the comments: a
// stamp there belongs to the article. A stamp the sentence breaker cut before
// its bar ("... at 9:10 p.m." + "| Cap the well.") is read joined.
std::size_t first_comment_sentence(const std::vector<std::string>& sentences) {
  for (std::size_t i = 1; i < sentences.size(); ++i) {
    if (text::has_posting_stamp(sentences[i])) return i;
    if (i + 1 < sentences.size() && sentences[i + 1].starts_with('|') &&
        text::has_posting_stamp(sentences[i] + ' ' + sentences[i + 1]))
      return i;
  }
  return sentences.size();
}

}  // namespace

std::uint32_t ArticleAnalyzer::drop_reader_comments(std::vector<std::string>& sentences) {
  std::size_t first = first_comment_sentence(sentences);
  std::uint32_t dropped = std::uint32_t(sentences.size() - first);
  sentences.resize(first);
  return dropped;
}

AnalyzedArticle ArticleAnalyzer::analyze(Article article) {
  article.outlet = outlet_of(article);
  LanguageTools& tools = tools_for(article.language);
  std::vector<std::string> sentences = display_sentences(article, tools);
  AnalyzedArticle record;
  if (!keep_reader_comments_) record.reader_comment_sentences = drop_reader_comments(sentences);
  record.sentences.reserve(sentences.size());
  article_term_.clear();
  for (std::string& text : sentences) {
    const bool opens_article = record.sentences.empty();
    AnalyzedSentence& sentence = record.sentences.emplace_back();
    // Furniture and a dateline before the sentence proper say nothing of the
    // news: their words and the page stamp's date are not the sentence's.
    const std::size_t begin = text::find_sentence_proper(text, {article.language, opens_article}).begin;
    const std::string_view proper = std::string_view(text).substr(begin);
    terms_.clear();
    tools.extractor.extract(proper, terms_);
    sentence.terms.reserve(terms_.size());
    for (std::uint32_t id : terms_) {
      auto [it, added] = article_term_.try_emplace(id, std::uint32_t(record.terms.size()));
      if (added) record.terms.push_back(dictionary_.term(id));
      sentence.terms.push_back(it->second);
    }
    if (tag_dates_) sentence.mentions = tools.tagger.tag(proper, article.published);
    for (TimeMention& mention : sentence.mentions) mention.begin += begin, mention.end += begin;
    sentence.text = std::move(text);
  }
  record.article = std::move(article);
  return record;
}

namespace {
// Articles are handed to workers in blocks: per-article hand-offs would cost
// more than the analysis of a short article.
constexpr std::size_t kBlockSize = 64;
}  // namespace

std::vector<AnalyzedArticle> analyze_articles(std::vector<Article> articles, const AnalysisOptions& options) {
  const std::size_t total = articles.size();
  const std::size_t blocks = (total + kBlockSize - 1) / kBlockSize;
  const unsigned workers = thread_count(options.threads, blocks);
  std::vector<std::unique_ptr<ArticleAnalyzer>> analyzers;
  for (unsigned w = 0; w < workers; ++w) analyzers.push_back(std::make_unique<ArticleAnalyzer>(options));

  std::vector<AnalyzedArticle> out(total);
  std::size_t done = 0;
  std::mutex progress_mutex;
  parallel_for(blocks, workers, [&](std::size_t block, unsigned worker) {
    std::size_t end = std::min(total, (block + 1) * kBlockSize);
    for (std::size_t a = block * kBlockSize; a < end; ++a) out[a] = analyzers[worker]->analyze(std::move(articles[a]));
    if (options.progress) {
      std::lock_guard lock(progress_mutex);
      done += end - block * kBlockSize;
      options.progress(done, total);
    }
  });
  return out;
}

}  // namespace annals::analysis
