#include "dates/mention_count_ranker.h"

#include <algorithm>
#include <map>

#include "corpus/publication_order.h"
#include "corpus/sentence_day.h"

namespace annals::tls {

std::vector<Date> MentionCountRanker::rank(const Corpus& corpus, const TimelineRequest& request) const {
  std::map<Date, std::size_t> count;
  std::vector<Date> first_seen;
  for (std::uint32_t a : articles_by_publication(corpus)) {
    for (const Sentence& sentence : corpus.sentences_of(a)) {
      auto day = sentence_day(sentence);
      if (!day || !request.window.contains(*day)) continue;
      if (count[*day]++ == 0) first_seen.push_back(*day);
    }
  }
  std::stable_sort(first_seen.begin(), first_seen.end(), [&](Date x, Date y) { return count.at(x) > count.at(y); });
  return first_seen;
}

}  // namespace annals::tls
