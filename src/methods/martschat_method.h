#pragma once

#include "annals/method.h"

namespace annals::tls {

// Martschat & Markert (2018), ASMDS with temporal diversity and date
// references (tilse's asmds_tempdiv_dateref configuration): greedily picks
// sentences maximising
//   coverage + temporal diversity + date references
// where coverage is each sentence's share of all pairwise similarity,
// temporal diversity rewards sentences of dates not yet well covered (square
// root of the per-date sum of singleton rewards), and date references reward
// the first sentence on a date by how often other articles refer to it.
// At most L dates and K sentences per date. See docs/methods.md.
class MartschatMethod final : public Method {
 public:
  Timeline build(const Corpus& corpus, const TimelineRequest& request) const override;
};

}  // namespace annals::tls
