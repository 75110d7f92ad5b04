#include "dates/mention_features.h"

#include <algorithm>
#include <cmath>

#include "corpus/sentence_day.h"

namespace annals::tls {

namespace {

// burst_m compares a day with this many days on either side.
constexpr int kBurstNeighbours = 7;

double sentences_on(const std::map<Date, DayMentions>& mentions, Date day) {
  auto it = mentions.find(day);
  return it == mentions.end() ? 0.0 : it->second.sentences;
}

double burst(const std::map<Date, DayMentions>& mentions, Date day) {
  double around = 0;
  for (int k = 1; k <= kBurstNeighbours; ++k) around += sentences_on(mentions, day - k) + sentences_on(mentions, day + k);
  return std::log1p(sentences_on(mentions, day)) - std::log1p(around / (2 * kBurstNeighbours));
}

// Divides column j by its largest absolute value (a column of zeros stays zero).
void scale_by_max(std::vector<std::vector<double>>& rows, std::size_t j) {
  double max = 0;
  for (const auto& row : rows) max = std::max(max, std::abs(row[j]));
  if (max > 0)
    for (auto& row : rows) row[j] /= max;
}

}  // namespace

std::map<Date, DayMentions> count_day_mentions(const Corpus& corpus) {
  std::map<Date, DayMentions> mentions;
  std::vector<Date> article_days;
  for (std::uint32_t a = 0; a < corpus.article_count(); ++a) {
    article_days.clear();
    for (const Sentence& sentence : corpus.sentences_of(a))
      for (Date day : mentioned_days(sentence)) {
        mentions[day].sentences += 1;
        article_days.push_back(day);
      }
    std::sort(article_days.begin(), article_days.end());
    article_days.erase(std::unique(article_days.begin(), article_days.end()), article_days.end());
    const Date published = corpus.article(a).published;
    for (Date day : article_days) {
      mentions[day].articles += 1;
      if (published > day) mentions[day].later_articles += 1;
    }
  }
  return mentions;
}

const std::vector<std::string>& mention_feature_names() {
  static const std::vector<std::string> names = {"docs", "docs_later", "burst_m"};
  return names;
}

std::vector<std::vector<double>> mention_features(const std::map<Date, DayMentions>& mentions,
                                                  std::span<const Date> days) {
  std::vector<std::vector<double>> rows;
  for (Date day : days) {
    auto it = mentions.find(day);
    const DayMentions counts = it == mentions.end() ? DayMentions{} : it->second;
    rows.push_back({std::log1p(counts.articles), std::log1p(counts.later_articles), burst(mentions, day)});
  }
  for (std::size_t j = 0; j < mention_feature_names().size(); ++j) scale_by_max(rows, j);
  return rows;
}

}  // namespace annals::tls
