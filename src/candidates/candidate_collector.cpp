#include "candidates/candidate_collector.h"

#include "candidates/pm_mean_collector.h"
#include "candidates/publication_collector.h"

namespace annals::tls {

std::unique_ptr<CandidateCollector> make_candidate_collector(CandidateSelection selection, const Corpus& corpus) {
  switch (selection) {
    case CandidateSelection::kPublished:
      return std::make_unique<PublicationCollector>(corpus);
    case CandidateSelection::kPmMean:
      break;
  }
  return std::make_unique<PmMeanCollector>(corpus);
}

}  // namespace annals::tls
