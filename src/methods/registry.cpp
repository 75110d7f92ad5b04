// The one place that lists the methods: adding a method is one line here.
#include <functional>

#include "annals/method.h"
#include "methods/baseline_method.h"
#include "methods/chieu_method.h"
#include "methods/clust_method.h"
#include "methods/datewise_method.h"
#include "methods/martschat_method.h"
#include "dates/mention_count_ranker.h"
#include "dates/publication_count_ranker.h"
#include "dates/supervised_date_ranker.h"

namespace annals {

namespace {
struct Entry {
  MethodInfo info;
  std::function<std::unique_ptr<Method>(const MethodConfig&)> make;
};

const std::vector<Entry>& registry() {
  static const std::vector<Entry> entries = {
      {{"baseline", "busiest publication days; lead sentences closest to the day's centroid"},
       [](const MethodConfig&) { return std::make_unique<tls::BaselineMethod>(); }},
      {{"pubcount", "news-tls PUBCOUNT: busiest publication days; their leads (P), CENTROID-OPT summaries"},
       [](const MethodConfig&) {
         return std::make_unique<tls::DatewiseMethod>(std::make_unique<tls::PublicationCountRanker>(),
                                                      tls::CandidateSelection::kPublished);
       }},
      {{"datewise", "news-tls DATEWISE: supervised date ranking; PM-MEAN candidates, CENTROID-OPT summaries", true},
       [](const MethodConfig& config) {
         auto model = config.date_model ? config.date_model : default_date_model();
         return std::make_unique<tls::DatewiseMethod>(std::make_unique<tls::SupervisedDateRanker>(model));
       }},
      {{"datewise-mc", "DATEWISE with MENTION-COUNT date ranking: the most mentioned days"},
       [](const MethodConfig&) {
         return std::make_unique<tls::DatewiseMethod>(std::make_unique<tls::MentionCountRanker>());
       }},
      {{"clust", "news-tls CLUST: Markov clusters of articles a day apart, dated by most mentioned day; CENTROID-OPT"},
       [](const MethodConfig&) { return std::make_unique<tls::ClustMethod>(); }},
      {{"chieu2004", "Chieu & Lee 2004: sentences by interest around their date, burstiness keeps dates apart"},
       [](const MethodConfig&) { return std::make_unique<tls::ChieuMethod>(); }},
      {{"martschat2018", "Martschat & Markert 2018: submodular coverage, temporal diversity, date references"},
       [](const MethodConfig&) { return std::make_unique<tls::MartschatMethod>(); }},
  };
  return entries;
}
}  // namespace

const std::vector<MethodInfo>& methods() {
  static const std::vector<MethodInfo> infos = [] {
    std::vector<MethodInfo> out;
    for (const auto& e : registry()) out.push_back(e.info);
    return out;
  }();
  return infos;
}

const MethodInfo* find_method(std::string_view name) {
  for (const auto& info : methods())
    if (info.name == name) return &info;
  return nullptr;
}

std::unique_ptr<Method> make_method(std::string_view name, const MethodConfig& config) {
  for (const auto& e : registry())
    if (e.info.name == name) return e.make(config);
  return nullptr;
}

}  // namespace annals
