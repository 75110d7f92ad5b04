#include "candidates/wide_pool_collector.h"

#include <algorithm>

#include "corpus/publication_order.h"
#include "corpus/sentence_day.h"

namespace annals::tls {

WidePoolCollector::WidePoolCollector(const Corpus& corpus, std::uint32_t leads) {
  for (std::uint32_t a : articles_by_publication(corpus)) {
    const Date published = corpus.article(a).published;
    const std::uint32_t first = corpus.first_sentence(a);
    for (std::uint32_t j = 0; j < corpus.sentence_count(a); ++j) {
      std::vector<Date> days = mentioned_days(corpus.sentences()[first + j]);
      if (j < leads)
        for (int k = 0; k < kPmMeanPublicationDays; ++k) days.push_back(published - k);
      // A lead that also names its publication day goes to that day once.
      std::sort(days.begin(), days.end());
      days.erase(std::unique(days.begin(), days.end()), days.end());
      for (Date day : days) pool_[day].push_back(first + j);
    }
  }
}

std::vector<std::uint32_t> WidePoolCollector::collect(Date day, const TfidfModel&) const { return pool(day); }

const std::vector<std::uint32_t>& WidePoolCollector::pool(Date day) const {
  static const std::vector<std::uint32_t> kNone;
  auto it = pool_.find(day);
  return it == pool_.end() ? kNone : it->second;
}

}  // namespace annals::tls
