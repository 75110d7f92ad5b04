#include "dates/date_features.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "corpus/publication_order.h"
#include "corpus/sentence_day.h"

namespace annals::tls {

namespace {

struct DayStats {
  double sents_total = 0, sents_before = 0, sents_after = 0;
  double docs_total = 0, docs_before = 0, docs_after = 0;
  double docs_published = 0;
};

struct FeatureColumn {
  const char* name;
  double DayStats::*value;
};

constexpr FeatureColumn kColumns[] = {
    {"sents_total", &DayStats::sents_total}, {"sents_before", &DayStats::sents_before},
    {"sents_after", &DayStats::sents_after}, {"docs_total", &DayStats::docs_total},
    {"docs_before", &DayStats::docs_before}, {"docs_after", &DayStats::docs_after},
    {"docs_published", &DayStats::docs_published},
};

std::map<Date, DayStats> count_day_stats(const Corpus& corpus, const TimelineRequest& request) {
  std::map<Date, DayStats> stats;
  std::map<Date, double> published;
  std::vector<Date> mentioned;
  for (std::uint32_t a : articles_by_publication(corpus)) {
    Date pub = corpus.article(a).published;
    published[pub] += 1;
    mentioned.clear();
    for (const Sentence& sentence : corpus.sentences_of(a)) {
      auto day = sentence_day(sentence);
      if (!day) continue;
      DayStats& s = stats[*day];
      s.sents_total += 1;
      if (*day < pub) s.sents_before += 1;
      if (*day > pub) s.sents_after += 1;
      mentioned.push_back(*day);
    }
    std::sort(mentioned.begin(), mentioned.end());
    mentioned.erase(std::unique(mentioned.begin(), mentioned.end()), mentioned.end());
    for (Date day : mentioned) {
      DayStats& s = stats[day];
      s.docs_total += 1;
      if (day < pub) s.docs_before += 1;
      if (day > pub) s.docs_after += 1;
    }
  }
  for (auto& [day, s] : stats) {
    auto it = published.find(day);
    if (it != published.end()) s.docs_published = it->second;
  }
  return stats;
}

}  // namespace

const std::vector<std::string>& date_feature_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& c : kColumns) out.push_back(c.name);
    return out;
  }();
  return names;
}

const std::vector<std::string>& news_tls_date_features() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out = date_feature_names();
    std::erase(out, "docs_published");
    return out;
  }();
  return names;
}

DateFeatureTable extract_date_features(const Corpus& corpus, const TimelineRequest& request,
                                       std::span<const std::string> features) {
  std::vector<double DayStats::*> columns;
  for (const std::string& name : features) {
    auto it = std::find_if(std::begin(kColumns), std::end(kColumns), [&](const auto& c) { return name == c.name; });
    if (it == std::end(kColumns)) throw std::invalid_argument("unknown date feature: " + name);
    columns.push_back(it->value);
  }

  DateFeatureTable table;
  std::vector<double> norm(columns.size(), 0.0);
  for (const auto& [day, s] : count_day_stats(corpus, request)) {
    table.dates.push_back(day);
    auto& row = table.rows.emplace_back();
    for (std::size_t j = 0; j < columns.size(); ++j) {
      row.push_back(s.*columns[j]);
      norm[j] += row.back() * row.back();
    }
  }
  // A column of zeros stays zero (sklearn's normalize does the same).
  for (auto& row : table.rows)
    for (std::size_t j = 0; j < columns.size(); ++j)
      if (norm[j] > 0) row[j] /= std::sqrt(norm[j]);
  return table;
}

}  // namespace annals::tls
