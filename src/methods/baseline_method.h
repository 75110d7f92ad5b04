#pragma once

#include "annals/method.h"

namespace annals::tls {

// Dates ranked by how many articles were published on them; per date, the
// first five sentences of articles published that day or the next, ranked by
// TF-IDF cosine to their centroid, skipping near-duplicates (cosine > 0.5).
class BaselineMethod final : public Method {
 public:
  Timeline build(const Corpus& corpus, const TimelineRequest& request) const override;
};

}  // namespace annals::tls
