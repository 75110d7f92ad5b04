#pragma once

#include "methods/registry.h"

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
  explicit MartschatMethod(bool date_references) : date_references_(date_references) {}
  Selection build(const Corpus& corpus, const TimelineRequest& request) const override;

 private:
  bool date_references_;
};

MethodDefinition martschat_method();

}  // namespace annals::tls
