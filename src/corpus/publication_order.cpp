#include "corpus/publication_order.h"

#include <algorithm>
#include <numeric>

namespace annals {

std::vector<std::uint32_t> articles_by_publication(const Corpus& corpus) {
  std::vector<std::uint32_t> out(corpus.article_count());
  std::iota(out.begin(), out.end(), 0);
  std::stable_sort(out.begin(), out.end(), [&](std::uint32_t x, std::uint32_t y) {
    return corpus.article(x).published < corpus.article(y).published;
  });
  return out;
}

}  // namespace annals
