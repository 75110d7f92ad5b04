#pragma once

#include "methods/registry.h"

namespace annals::tls {

// Chieu & Lee (2004), as tilse implements it. A sentence's interest is its
// summed similarity to the sentences dated at most ten days from its own
// date; its extent is the smallest window (1..10 days) that already holds
// 80% of that interest, a measure of how bursty its event is. Sentences are
// taken by interest, one per date, and a taken sentence forbids its date and
// the days within its extent to later ones. See docs/methods.md.
class ChieuMethod final : public Method {
 public:
  ChieuMethod(int window_days, double extent_share) : max_days_(window_days), extent_share_(extent_share) {}
  Selection build(const Corpus& corpus, const TimelineRequest& request) const override;

 private:
  int max_days_;         // interest window, days either side
  double extent_share_;  // extent: window holding this share of the interest
};

MethodDefinition chieu_method();

}  // namespace annals::tls
