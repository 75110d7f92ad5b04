#include "vectors/temporal_article_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace annals::tls {
namespace {

using Entry = std::tuple<std::uint32_t, std::uint32_t, double>;

std::vector<Entry> sorted(const std::vector<algorithms::MatrixEntry>& entries) {
  std::vector<Entry> out;
  for (const auto& e : entries) out.emplace_back(e.row, e.col, e.weight);
  std::sort(out.begin(), out.end());
  return out;
}

// Unit vectors over two terms: cosines are exact products.
SparseVector vec(float a, float b) { return {{0, a}, {1, b}}; }

const Date kDay = *Date::parse_iso("2011-01-10");

TEST(TemporalArticleGraph, LinksArticlesADayApartAndSameDayBothWays) {
  // Articles 0, 1 on the first day and 2 on the next (the first window: same
  // day one way only), then 3, 4, 5 two days later (both ways, nothing from
  // the day before, which is empty).
  const std::vector<SparseVector> vectors{vec(1, 0), vec(0.6f, 0.8f), vec(0, 1), vec(1, 0), vec(0.6f, 0.8f), vec(0, 1)};
  const std::vector<Date> days{kDay, kDay, kDay + 1, kDay + 3, kDay + 3, kDay + 3};
  const double c = 0.6f, d = 0.8f;  // cos(0, 1) and cos(1, 2); 0 and 2 are orthogonal
  EXPECT_EQ(sorted(temporal_article_graph(vectors, days)),
            (std::vector<Entry>{{0, 1, c}, {1, 2, d}, {3, 4, c}, {4, 3, c}, {4, 5, d}, {5, 4, d}}));
}

TEST(TemporalArticleGraph, EachColumnKeepsItsStrongestEntries) {
  // One busy day, the first (so only earlier articles point to later ones):
  // column j has rows 0..j-1, with falling cosines.
  const std::vector<SparseVector> vectors{vec(1, 0), vec(0.9f, 0.43589f), vec(0.8f, 0.6f), vec(0.6f, 0.8f),
                                          vec(0.3f, 0.95394f)};
  const std::vector<Date> days(5, kDay);
  const auto all = temporal_article_graph(vectors, days, 1000);
  const auto bounded = temporal_article_graph(vectors, days, 2);
  std::map<std::uint32_t, std::vector<std::pair<double, std::uint32_t>>> columns;
  for (const auto& e : all) columns[e.col].emplace_back(e.weight, e.row);
  std::vector<Entry> expected;
  for (auto& [col, rows] : columns) {
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    rows.resize(std::min<std::size_t>(rows.size(), 2));
    for (const auto& [weight, row] : rows) expected.emplace_back(row, col, weight);
  }
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(sorted(bounded), expected);
  EXPECT_LT(bounded.size(), all.size());
  EXPECT_EQ(sorted(temporal_article_graph(vectors, days)), sorted(all));  // the default bound is far above this
}

}  // namespace
}  // namespace annals::tls
