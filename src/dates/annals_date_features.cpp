#include "dates/annals_date_features.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "dates/mention_features.h"

namespace annals::tls {

namespace {

std::vector<Date> rankable_days(const Corpus& corpus, const TimelineRequest& request,
                                const std::map<Date, DayMentions>& mentions) {
  std::set<Date> days;
  for (std::uint32_t a = 0; a < corpus.article_count(); ++a) days.insert(corpus.article(a).published);
  for (const auto& [day, counts] : mentions) days.insert(day);
  std::vector<Date> inside;
  for (Date day : days)
    if (request.window.contains(day)) inside.push_back(day);
  return inside;
}

// The window's ends as first_day / last_day see them. The benchmark protocol
// closes the window on the reference's first and last dates, which is why
// these two features earn their weight there.
DateWindow edges(const Corpus& corpus, const TimelineRequest& request) {
  DateWindow window = request.window;
  for (std::uint32_t a = 0; a < corpus.article_count(); ++a) {
    Date published = corpus.article(a).published;
    if (!request.window.from && (!window.from || published < *window.from)) window.from = published;
    if (!request.window.to && (!window.to || published > *window.to)) window.to = published;
  }
  return window;
}

std::vector<std::size_t> columns_of(std::span<const std::string> features) {
  const std::vector<std::string>& names = annals_date_feature_names();
  std::vector<std::size_t> columns;
  for (const std::string& name : features) {
    auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) throw std::invalid_argument("unknown annals date feature: " + name);
    columns.push_back(std::size_t(it - names.begin()));
  }
  return columns;
}

// Every feature of each day, in annals_date_feature_names() order.
std::vector<std::vector<double>> all_features(const Corpus& corpus, const TimelineRequest& request,
                                              const std::vector<Date>& days,
                                              const std::map<Date, DayMentions>& mentions) {
  DateFeatureTable news = extract_date_features(corpus, request, news_tls_date_features());
  std::map<Date, const std::vector<double>*> news_row;
  for (std::size_t i = 0; i < news.dates.size(); ++i) news_row[news.dates[i]] = &news.rows[i];
  const DateWindow window = edges(corpus, request);
  std::vector<std::vector<double>> mention = mention_features(mentions, days);

  std::vector<std::vector<double>> rows;
  for (std::size_t i = 0; i < days.size(); ++i) {
    auto it = news_row.find(days[i]);
    std::vector<double> row = it == news_row.end() ? std::vector<double>(news_tls_date_features().size(), 0.0)
                                                   : *it->second;
    row.push_back(days[i] == window.from ? 1.0 : 0.0);
    row.push_back(days[i] == window.to ? 1.0 : 0.0);
    row.insert(row.end(), mention[i].begin(), mention[i].end());
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

const std::vector<std::string>& annals_date_feature_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out = news_tls_date_features();
    out.push_back("first_day");
    out.push_back("last_day");
    for (const std::string& name : mention_feature_names()) out.push_back(name);
    return out;
  }();
  return names;
}

DateFeatureTable extract_annals_date_features(const Corpus& corpus, const TimelineRequest& request,
                                              std::span<const std::string> features) {
  const std::vector<std::size_t> columns = columns_of(features);
  const std::map<Date, DayMentions> mentions = count_day_mentions(corpus);
  DateFeatureTable table;
  table.dates = rankable_days(corpus, request, mentions);
  for (const std::vector<double>& all : all_features(corpus, request, table.dates, mentions)) {
    auto& row = table.rows.emplace_back();
    for (std::size_t j : columns) row.push_back(all[j]);
  }
  return table;
}

}  // namespace annals::tls
