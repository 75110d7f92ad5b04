// The foundation method: the busiest publication days, each summarised by the
// lead sentences of that day's coverage that are closest to their centroid.
#include "methods/baseline_method.h"

#include "candidates/publication_collector.h"
#include "corpus/publication_index.h"
#include "summaries/centroid_summarizer.h"
#include "vectors/tfidf.h"

namespace annals::tls {

Selection BaselineMethod::build(const Corpus& corpus, const TimelineRequest& request) const {
  PublicationCollector leads(corpus, lead_sentences_);
  const PublicationIndex& index = leads.index();

  std::vector<std::uint32_t> in_window;
  for (const auto& [day, articles] : index.days())
    for (std::uint32_t a : articles)
      for (std::uint32_t s = 0; s < corpus.sentence_count(a); ++s) in_window.push_back(corpus.first_sentence(a) + s);
  TfidfModel model(corpus, in_window);

  CentroidRankOptions options;
  options.sentences = request.sentences;
  options.max_redundancy = float(max_redundancy_);
  options.keywords = &request.keywords;
  TimelineGuard guard(corpus, sentence_rules());
  options.guard = &guard;
  Selection timeline;
  for (Date day : days_to_summarise(request, [&] { return index.days_by_count(); })) {
    if (timeline.entries.size() >= request.dates) break;
    const auto candidates = leads.collect(day, model);
    auto summary = guard.choose(day, [&] { return summarize_by_centroid(corpus, model, candidates, options); });
    if (!summary.empty()) timeline.entries.push_back({day, std::move(summary)});
  }
  sort_chronologically(timeline);
  return timeline;
}

MethodDefinition baseline_method() {
  MethodDefinition d;
  d.name = "baseline";
  d.description = "busiest publication days; lead sentences closest to the day's centroid";
  d.parameters.integer("lead_sentences", 5, 1, 1000, "sentences taken from the start of each article")
      .number("max_redundancy", 0.5, 0, 1, "skip a sentence whose cosine to one already chosen is above this");
  d.make = [](const Parameters& p, const std::string*) {
    return std::make_unique<BaselineMethod>(std::uint32_t(p.get_integer("lead_sentences")),
                                            p.get_number("max_redundancy"));
  };
  return d;
}

}  // namespace annals::tls
