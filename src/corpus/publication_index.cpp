#include "corpus/publication_index.h"

#include <algorithm>

namespace annals::tls {

PublicationIndex::PublicationIndex(const Corpus& corpus) {
  for (std::uint32_t a = 0; a < corpus.article_count(); ++a) by_day_[corpus.article(a).published].push_back(a);
}

const std::vector<std::uint32_t>& PublicationIndex::articles_on(Date day) const {
  static const std::vector<std::uint32_t> kNone;
  auto it = by_day_.find(day);
  return it == by_day_.end() ? kNone : it->second;
}

std::vector<Date> PublicationIndex::days_by_count() const {
  std::vector<Date> days;
  for (const auto& [day, articles] : by_day_) days.push_back(day);
  std::stable_sort(days.begin(), days.end(), [&](Date a, Date b) {
    return by_day_.at(a).size() > by_day_.at(b).size();
  });
  return days;
}

}  // namespace annals::tls
