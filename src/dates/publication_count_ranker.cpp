#include "dates/publication_count_ranker.h"

#include "corpus/publication_index.h"

namespace annals::tls {

std::vector<Date> PublicationCountRanker::rank(const Corpus& corpus, const TimelineRequest& request) const {
  return PublicationIndex(corpus).days_by_count();
}

}  // namespace annals::tls
