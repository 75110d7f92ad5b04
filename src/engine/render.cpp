#include "engine/render.h"

namespace annals {

namespace {

std::string published_of(const Article& article) {
  std::string published = article.published.to_string();
  if (article.time) published += "T" + *article.time;
  return published;
}

}  // namespace

Timeline render(const tls::Selection& selection, const Corpus& corpus) {
  Timeline timeline;
  for (const tls::DateSummary& summary : selection.entries) {
    TimelineEntry& entry = timeline.entries.emplace_back();
    entry.date = summary.date;
    for (std::uint32_t s : summary.sentences) {
      const Sentence& sentence = corpus.sentences()[s];
      const Article& article = corpus.article(sentence.article);
      entry.sentences.push_back({std::string(sentence.text), article.id, article.outlet, article.url, article.title,
                                 published_of(article), sentence.position, article.language});
    }
  }
  return timeline;
}

}  // namespace annals
