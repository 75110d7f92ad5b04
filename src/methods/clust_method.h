#pragma once

#include "annals/method.h"

namespace annals::tls {

// CLUST (news-tls, Ghalandari & Ifrim 2020): Markov clustering of the
// articles over a graph of TF-IDF cosines between articles published at most
// a day apart; each cluster is dated by the day its sentences mention most
// (else its first publication day), clusters are taken largest first, and a
// cluster's summary is CENTROID-OPT over its articles' first five sentences.
// One cluster per date. See docs/methods.md for the details kept from news-tls.
class ClustMethod final : public Method {
 public:
  Timeline build(const Corpus& corpus, const TimelineRequest& request) const override;
};

}  // namespace annals::tls
