// The foundation method: the busiest publication days, each summarised by the
// lead sentences of that day's coverage that are closest to their centroid.
#include "methods/baseline_method.h"

#include <algorithm>

#include "summaries/centroid_summarizer.h"
#include "candidates/publication_collector.h"
#include "corpus/publication_index.h"
#include "vectors/tfidf.h"

namespace annals::tls {

Timeline BaselineMethod::build(const Corpus& corpus, const TimelineRequest& request) const {
  PublicationCollector leads(corpus, request);
  const PublicationIndex& index = leads.index();

  std::vector<std::uint32_t> in_window;
  for (const auto& [day, articles] : index.days())
    for (std::uint32_t a : articles)
      for (std::uint32_t s = 0; s < corpus.sentence_count(a); ++s) in_window.push_back(corpus.first_sentence(a) + s);
  TfidfModel model(corpus, in_window);

  CentroidRankOptions options;
  options.sentences = request.sentences;
  options.keywords = &request.keywords;
  Timeline timeline;
  for (Date day : index.days_by_count()) {
    if (timeline.entries.size() >= request.dates) break;
    auto summary = summarize_by_centroid(corpus, model, leads.collect(day, model), options);
    if (!summary.empty()) timeline.entries.push_back({day, std::move(summary)});
  }
  std::sort(timeline.entries.begin(), timeline.entries.end(),
            [](const TimelineEntry& a, const TimelineEntry& b) { return a.date < b.date; });
  return timeline;
}

}  // namespace annals::tls
