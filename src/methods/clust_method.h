#pragma once

#include "algorithms/markov_clustering.h"
#include "methods/registry.h"
#include "summaries/summarizer.h"

namespace annals::tls {

// CLUST (news-tls, Ghalandari & Ifrim 2020): Markov clustering of the
// articles over a graph of TF-IDF cosines between articles published at most
// a day apart; each cluster is dated by the day its sentences mention most
// (else its first publication day), clusters are taken largest first, and a
// cluster's summary is chosen (CENTROID-OPT by default) from its articles'
// first sentences.
// One cluster per date. See docs/methods.md for the details kept from news-tls.
class ClustMethod final : public Method {
 public:
  ClustMethod(algorithms::MarkovClusteringOptions clustering, std::uint32_t lead_sentences,
              std::unique_ptr<Summarizer> summarizer)
      : clustering_(clustering), lead_sentences_(lead_sentences), summarizer_(std::move(summarizer)) {}
  Selection build(const Corpus& corpus, const TimelineRequest& request) const override;

 private:
  algorithms::MarkovClusteringOptions clustering_;
  std::uint32_t lead_sentences_;
  std::unique_ptr<Summarizer> summarizer_;
};

MethodDefinition clust_method();

}  // namespace annals::tls
