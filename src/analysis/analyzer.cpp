#include "analysis/analyzer.h"

#include "text/detokenizer.h"
#include "text/normalizer.h"
#include "text/reader_comment.h"

namespace annals {

ArticleAnalyzer::LanguageTools& ArticleAnalyzer::tools_for(const std::string& language) {
  auto& slot = tools_[language];
  if (!slot) slot = std::make_unique<LanguageTools>(language, dictionary_);
  return *slot;
}

std::vector<std::string> ArticleAnalyzer::display_sentences(const Article& article, LanguageTools& tools) {
  std::string text = text::normalize_nfc(article.text);
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

void ArticleAnalyzer::drop_reader_comments(std::vector<std::string>& sentences) {
  std::size_t first = first_comment_sentence(sentences);
  if (first == sentences.size()) return;
  reader_comments_.articles += 1;
  reader_comments_.sentences += sentences.size() - first;
  sentences.resize(first);
}

void ArticleAnalyzer::analyze(const Article& article, std::uint32_t index, std::vector<Sentence>& out) {
  LanguageTools& tools = tools_for(article.language);
  std::vector<std::string> sentences = display_sentences(article, tools);
  if (!keep_reader_comments_) drop_reader_comments(sentences);
  std::uint32_t position = 0;
  for (std::string& text : sentences) {
    Sentence& sentence = out.emplace_back();
    sentence.article = index;
    sentence.position = position++;
    // Collected in a reused buffer, then copied once at their final size.
    terms_.clear();
    tools.extractor.extract(text, terms_);
    sentence.terms.assign(terms_.begin(), terms_.end());
    if (tag_dates_) sentence.mentions = tools.tagger.tag(text, article.published);
    sentence.text = std::move(text);
  }
}

}  // namespace annals
