#include "vectors/temporal_article_graph.h"

#include <algorithm>
#include <map>

namespace annals::tls {

namespace {

// The strongest entries of each column of one day, at most `limit` each: a
// min-heap per column on (weight, then the lower row preferred).
class StrongestEntries {
 public:
  explicit StrongestEntries(std::size_t limit) : limit_(limit) {}

  void add(std::uint32_t row, std::uint32_t col, float weight) {
    std::vector<algorithms::MatrixEntry>& heap = columns_[col];
    const algorithms::MatrixEntry entry{row, col, weight};
    if (heap.size() < limit_) {
      heap.push_back(entry);
      std::push_heap(heap.begin(), heap.end(), weaker_first);
    } else if (weaker_first(entry, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), weaker_first);
      heap.back() = entry;
      std::push_heap(heap.begin(), heap.end(), weaker_first);
    }
  }

  // Appends the day's entries, column by column in row order, and forgets them.
  void flush(std::vector<algorithms::MatrixEntry>& out) {
    for (auto& [col, heap] : columns_) {
      std::sort(heap.begin(), heap.end(), [](const auto& a, const auto& b) { return a.row < b.row; });
      out.insert(out.end(), heap.begin(), heap.end());
    }
    columns_.clear();
  }

 private:
  // "a is stronger than b": heap order that keeps the weakest on top.
  static bool weaker_first(const algorithms::MatrixEntry& a, const algorithms::MatrixEntry& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.row < b.row;
  }

  std::size_t limit_;
  std::map<std::uint32_t, std::vector<algorithms::MatrixEntry>> columns_;
};

}  // namespace

std::vector<algorithms::MatrixEntry> temporal_article_graph(const std::vector<SparseVector>& vectors,
                                                const std::vector<Date>& days, std::size_t max_column_entries) {
  std::map<Date, std::vector<std::uint32_t>> by_day;
  for (std::uint32_t i = 0; i < days.size(); ++i) by_day[days[i]].push_back(i);
  std::vector<algorithms::MatrixEntry> entries;
  if (by_day.empty()) return entries;
  // Article vectors are long; one is scattered densely and the others are
  // dotted against it.
  std::size_t dimension = 0;
  for (const SparseVector& v : vectors)
    if (!v.empty()) dimension = std::max<std::size_t>(dimension, v.back().first + 1);
  std::vector<float> dense(dimension, 0.0f);
  auto cosine_with_dense = [&](std::uint32_t other) {
    double sum = 0;
    for (auto [t, w] : vectors[other]) sum += double(w) * dense[t];
    return float(sum);
  };
  const Date first = by_day.begin()->first;
  StrongestEntries strongest(max_column_entries);
  for (const auto& [day, today] : by_day) {
    auto yesterday = by_day.find(day - 1);
    bool one_way = day - first < 2;  // the first window's quirk, kept for fidelity
    for (std::size_t b = 0; b < today.size(); ++b) {
      std::uint32_t j = today[b];
      for (auto [t, w] : vectors[j]) dense[t] = w;
      auto add = [&](std::uint32_t row, std::uint32_t col, float cosine) {
        if (cosine != 0) strongest.add(row, col, cosine);
      };
      if (yesterday != by_day.end())
        for (std::uint32_t i : yesterday->second) add(i, j, cosine_with_dense(i));
      for (std::size_t a = 0; a < b; ++a) {
        std::uint32_t i = today[a];
        float cosine = cosine_with_dense(i);
        add(i, j, cosine);
        if (!one_way) add(j, i, cosine);
      }
      for (auto [t, w] : vectors[j]) dense[t] = 0.0f;
    }
    // Every entry made today is in a column of today's articles.
    strongest.flush(entries);
  }
  return entries;
}

}  // namespace annals::tls
