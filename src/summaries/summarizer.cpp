// The one place that lists the summarizers: adding one is one line here.
#include "summaries/summarizer.h"

#include <functional>

#include "summaries/centroid_opt_summarizer.h"
#include "summaries/centroid_rank_summarizer.h"
#include "corpus/keyword_filter.h"
#include "summaries/submodular_summarizer.h"
#include "summaries/textrank_summarizer.h"

namespace annals::tls {

bool eligible(const Corpus& corpus, std::uint32_t sentence, const SummaryRequest& request) {
  if (request.keywords && !matches_keywords(corpus.sentences()[sentence].proper, *request.keywords)) return false;
  return !request.guard || request.guard->admits(sentence);
}

namespace {

using Factory = std::function<std::unique_ptr<Summarizer>()>;

const std::vector<std::pair<std::string, Factory>>& registry() {
  static const std::vector<std::pair<std::string, Factory>> all = {
      {"centroid-opt", [] { return std::make_unique<CentroidOptSummarizer>(); }},
      {"centroid-rank", [] { return std::make_unique<CentroidRankSummarizer>(); }},
      {"textrank", [] { return std::make_unique<TextRankSummarizer>(); }},
      {"submodular", [] { return std::make_unique<SubmodularSummarizer>(); }},
  };
  return all;
}

}  // namespace

const std::vector<std::string>& summarizer_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& [name, make] : registry()) out.push_back(name);
    return out;
  }();
  return names;
}

std::unique_ptr<Summarizer> make_summarizer(std::string_view name) {
  for (const auto& [known, make] : registry())
    if (known == name) return make();
  return nullptr;
}

}  // namespace annals::tls
