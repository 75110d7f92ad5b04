// CLUST: events as clusters of articles, each placed on the day it is about.
#include "methods/clust_method.h"

#include <algorithm>
#include <map>
#include <set>

#include "vectors/article_vectors.h"
#include "algorithms/markov_clustering.h"
#include "candidates/publication_collector.h"
#include "corpus/publication_index.h"

#include "corpus/sentence_day.h"
#include "vectors/temporal_article_graph.h"

namespace annals::tls {

namespace {

struct Cluster {
  std::vector<std::uint32_t> articles;  // corpus article indices, by publication day
  Date date;
  std::size_t mentions_of_date = 0;  // sentences in the window dated to `date`
};

// The day the cluster's sentences mention most; ties go to the day met first
// reading its articles in publication order (Counter.most_common). Without
// any day mention, the earliest publication day.
Date cluster_date(const Corpus& corpus, const std::vector<std::uint32_t>& articles) {
  std::map<Date, std::size_t> count;
  std::vector<Date> first_seen;
  for (std::uint32_t a : articles)
    for (const Sentence& s : corpus.sentences_of(a))
      if (auto day = sentence_day(s); day && count[*day]++ == 0) first_seen.push_back(*day);
  if (first_seen.empty()) return corpus.article(articles.front()).published;
  Date best = first_seen.front();
  for (Date d : first_seen)
    if (count[d] > count[best]) best = d;
  return best;
}

std::vector<Cluster> clusters_of(const Corpus& corpus, const std::vector<std::uint32_t>& articles,
                                 const algorithms::MarkovClusteringOptions& options) {
  std::vector<Date> days;
  for (std::uint32_t a : articles) days.push_back(corpus.article(a).published);
  auto graph = temporal_article_graph(article_vectors(corpus, articles), days);
  std::vector<Cluster> clusters;
  for (const auto& members : algorithms::markov_clusters(articles.size(), std::move(graph), options)) {
    Cluster c;
    for (std::uint32_t m : members) c.articles.push_back(articles[m]);
    std::stable_sort(c.articles.begin(), c.articles.end(), [&](std::uint32_t x, std::uint32_t y) {
      return corpus.article(x).published < corpus.article(y).published;
    });
    c.date = cluster_date(corpus, c.articles);
    clusters.push_back(std::move(c));
  }
  return clusters;
}

// news-tls's ClusterDateMentionCountRanker sorts by how often the cluster's
// day is mentioned in the whole window, and then (stably) by size, so the
// count only orders clusters of equal size.
void rank(std::vector<Cluster>& clusters, const Corpus& corpus, const std::vector<std::uint32_t>& articles) {
  std::map<Date, std::size_t> mentions;
  for (std::uint32_t a : articles)
    for (const Sentence& s : corpus.sentences_of(a))
      if (auto day = sentence_day(s)) ++mentions[*day];
  for (Cluster& c : clusters) c.mentions_of_date = mentions[c.date];
  std::stable_sort(clusters.begin(), clusters.end(), [](const Cluster& x, const Cluster& y) {
    if (x.articles.size() != y.articles.size()) return x.articles.size() > y.articles.size();
    return x.mentions_of_date > y.mentions_of_date;
  });
}

std::vector<std::uint32_t> lead_sentences(const Corpus& corpus, const std::vector<std::uint32_t>& articles,
                                          std::uint32_t lead) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t a : articles) append_lead_sentences(corpus, a, lead, out);
  return out;
}

}  // namespace

Selection ClustMethod::build(const Corpus& corpus, const TimelineRequest& request) const {
  std::vector<std::uint32_t> articles;
  PublicationIndex index(corpus);
  for (const auto& [day, on_day] : index.days())
    articles.insert(articles.end(), on_day.begin(), on_day.end());
  auto clusters = clusters_of(corpus, articles, clustering_);
  rank(clusters, corpus, articles);

  auto leads = lead_sentences(corpus, articles, lead_sentences_);
  TfidfModel model(corpus, leads);
  TimelineGuard guard(corpus, sentence_rules());
  SummaryRequest summary_request{request.sentences, &request.keywords, &guard};
  Selection timeline;
  std::set<Date> used;
  for (const Cluster& c : clusters) {
    if (timeline.entries.size() >= request.dates) break;
    // A mentioned day can lie outside the window; news-tls would keep it,
    // but the Method contract only allows days inside (and given ones, when
    // the request gives dates: clusters then only summarise those days).
    if (used.count(c.date) || !request.may_show(c.date)) continue;
    const auto candidates = lead_sentences(corpus, c.articles, lead_sentences_);
    auto summary =
        guard.choose(c.date, [&] { return summarizer_->summarize(corpus, model, candidates, summary_request); });
    if (summary.empty()) continue;
    used.insert(c.date);
    timeline.entries.push_back({c.date, std::move(summary)});
  }
  sort_chronologically(timeline);
  return timeline;
}

MethodDefinition clust_method() {
  MethodDefinition d;
  d.name = "clust";
  d.description = "news-tls CLUST: Markov clusters of articles a day apart, dated by most mentioned day; CENTROID-OPT";
  d.parameters.number("inflation", 2, 1.01, 10, "Markov clustering inflation: higher gives more, smaller clusters")
      .integer("lead_sentences", kLeadSentences, 1, 1000, "sentences of each article a cluster's summary is chosen from")
      .choice("summarizer", "centroid-opt", summarizer_names(), "how a cluster's summary is chosen");
  d.make = [](const Parameters& p, const std::string*) {
    algorithms::MarkovClusteringOptions clustering;
    clustering.inflation = p.get_number("inflation");
    return std::make_unique<ClustMethod>(clustering, std::uint32_t(p.get_integer("lead_sentences")),
                                         make_summarizer(p.get_text("summarizer")));
  };
  return d;
}

}  // namespace annals::tls
