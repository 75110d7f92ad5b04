#include "engine/summary_oracle.h"

#include <limits>

#include "candidates/wide_pool_collector.h"
#include "corpus/keyword_filter.h"

namespace annals {

void apply_summary_oracle(tls::Selection& selection, const Corpus& corpus, const TimelineRequest& request,
                          const SummaryOracle& oracle) {
  // Whole articles, not only their leads: the ideal may be anywhere.
  const tls::WidePoolCollector pools(corpus, std::numeric_limits<std::uint32_t>::max());
  for (tls::DateSummary& entry : selection.entries) {
    if (entry.granularity != Granularity::kDay) continue;
    std::vector<std::uint32_t> pool;
    std::vector<std::string> texts;
    for (std::uint32_t s : pools.pool(entry.date)) {
      const Sentence& sentence = corpus.sentences()[s];
      if (!tls::matches_keywords(sentence.proper, request.keywords)) continue;
      pool.push_back(s);
      texts.emplace_back(sentence.proper);
    }
    std::vector<std::uint32_t> chosen;
    for (std::size_t i : oracle(entry.date, texts))
      if (i < pool.size() && chosen.size() < request.sentences) chosen.push_back(pool[i]);
    if (!chosen.empty()) entry.sentences = std::move(chosen);
  }
}

}  // namespace annals
