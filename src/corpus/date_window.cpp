#include "corpus/date_window.h"

#include <algorithm>

namespace annals::tls {

bool in_window(const TimelineRequest& request, Date day) {
  return !(request.from && day < *request.from) && !(request.to && day > *request.to);
}

std::vector<std::uint32_t> articles_in_window(const Corpus& corpus, const TimelineRequest& request) {
  const auto& articles = corpus.articles();
  std::vector<std::uint32_t> out;
  for (std::uint32_t a = 0; a < articles.size(); ++a)
    if (in_window(request, articles[a].published)) out.push_back(a);
  std::stable_sort(out.begin(), out.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return articles[x].published < articles[y].published; });
  return out;
}

}  // namespace annals::tls
