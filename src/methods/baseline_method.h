#pragma once

#include "methods/registry.h"

namespace annals::tls {

// Dates ranked by how many articles were published on them; per date, the
// first sentences of articles published that day or the next, ranked by
// TF-IDF cosine to their centroid, skipping near-duplicates.
class BaselineMethod final : public Method {
 public:
  BaselineMethod(std::uint32_t lead_sentences, double max_redundancy)
      : lead_sentences_(lead_sentences), max_redundancy_(max_redundancy) {}
  Selection build(const Corpus& corpus, const TimelineRequest& request) const override;

 private:
  std::uint32_t lead_sentences_;
  double max_redundancy_;
};

MethodDefinition baseline_method();

}  // namespace annals::tls
