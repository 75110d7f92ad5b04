#include "methods/datewise_method.h"

#include <algorithm>

#include "annals/error.h"
#include "dates/mention_count_ranker.h"
#include "dates/publication_count_ranker.h"
#include "dates/supervised_date_ranker.h"
#include "vectors/tfidf.h"

namespace annals::tls {

DatewiseMethod::DatewiseMethod(std::unique_ptr<DateRanker> ranker, CollectorFactory candidates,
                               std::unique_ptr<Summarizer> summarizer)
    : ranker_(std::move(ranker)), candidates_(std::move(candidates)), summarizer_(std::move(summarizer)) {}

Selection DatewiseMethod::build(const Corpus& corpus, const TimelineRequest& request) const {
  std::vector<std::uint32_t> all(corpus.sentences().size());
  for (std::uint32_t s = 0; s < all.size(); ++s) all[s] = s;
  TfidfModel model(corpus, all);
  auto collector = candidates_(corpus, request);

  SummaryRequest summary_request;
  summary_request.sentences = request.sentences;
  summary_request.keywords = &request.keywords;
  TimelineGuard guard(corpus, sentence_rules());
  summary_request.guard = &guard;
  Selection timeline;
  for (Date day : days_to_summarise(request, [&] { return ranker_->rank(corpus, request); })) {
    if (timeline.entries.size() >= request.dates) break;
    const auto candidates = collector->collect(day, model);
    auto summary = guard.choose(day, [&] { return summarizer_->summarize(corpus, model, candidates, summary_request); });
    if (!summary.empty()) timeline.entries.push_back({day, std::move(summary)});
  }
  sort_chronologically(timeline);
  return timeline;
}

Parameters& add_summarizer_parameter(Parameters& parameters) {
  return parameters.choice("summarizer", "centroid-opt", summarizer_names(),
                           "how a date's summary is chosen from its candidates");
}

std::shared_ptr<const DateModel> date_model_for(const Parameters& p, const std::string* trained,
                                                std::string_view method, std::span<const std::string> known,
                                                std::shared_ptr<const DateModel> shipped) {
  std::shared_ptr<const DateModel> model = std::move(shipped);
  try {
    if (trained) model = std::make_shared<const DateModel>(DateModel::parse_json(*trained));
    else if (const std::string& path = p.get_text("model"); !path.empty())
      model = std::make_shared<const DateModel>(DateModel::read(path));
  } catch (const std::runtime_error& e) {
    throw UsageError("method " + std::string(method) + ": " + e.what());
  }
  // Caught here rather than when the first timeline asks for the feature.
  for (const std::string& feature : model->features)
    if (std::find(known.begin(), known.end(), feature) == known.end())
      throw UsageError("method " + std::string(method) + ": the date model uses feature '" + feature +
                       "', which this method does not compute");
  return model;
}

std::string train_date_model_json(std::span<const TrainingExample> examples, DateTrainingOptions options,
                                  std::string_view method) {
  std::vector<DateTrainingExample> dated;
  for (const TrainingExample& e : examples) {
    std::set<Date> reference;
    for (const auto& [date, summary] : e.reference->dates) reference.insert(date);
    dated.push_back({e.corpus, e.request, std::move(reference)});
  }
  try {
    return train_date_model(dated, options).to_json();
  } catch (const std::invalid_argument& e) {
    throw Error("method " + std::string(method) + ": " + e.what());
  }
}

namespace {

const std::vector<std::string> kCandidateChoices = {"pm-mean", "published"};

CollectorFactory candidates_named(const std::string& name) {
  CandidateSelection selection = name == "published" ? CandidateSelection::kPublished : CandidateSelection::kPmMean;
  return [selection](const Corpus& corpus, const TimelineRequest&) {
    return make_candidate_collector(selection, corpus);
  };
}

// The parameters every member of the family has.
Parameters family_parameters(const std::string& candidates) {
  Parameters p;
  p.choice("candidates", candidates, kCandidateChoices,
           "pm-mean: sentences dated to the day plus leads, filtered by similarity; published: leads of the day's "
           "and the next day's articles");
  add_summarizer_parameter(p);
  return p;
}

MethodDefinition family_member(std::string name, std::string description, const std::string& candidates,
                               std::function<std::unique_ptr<DateRanker>()> ranker) {
  MethodDefinition d;
  d.name = std::move(name);
  d.description = std::move(description);
  d.parameters = family_parameters(candidates);
  d.make = [ranker](const Parameters& p, const std::string*) {
    return std::make_unique<DatewiseMethod>(ranker(), candidates_named(p.get_text("candidates")),
                                            make_summarizer(p.get_text("summarizer")));
  };
  return d;
}

}  // namespace

MethodDefinition pubcount_method() {
  return family_member("pubcount", "news-tls PUBCOUNT: busiest publication days; their leads (P), CENTROID-OPT summaries",
                       "published", [] { return std::make_unique<PublicationCountRanker>(); });
}

MethodDefinition datewise_mc_method() {
  return family_member("datewise-mc", "DATEWISE with MENTION-COUNT date ranking: the most mentioned days", "pm-mean",
                       [] { return std::make_unique<MentionCountRanker>(); });
}

MethodDefinition datewise_method() {
  MethodDefinition d;
  d.name = "datewise";
  d.description = "news-tls DATEWISE: supervised date ranking; PM-MEAN candidates, CENTROID-OPT summaries";
  d.parameters = family_parameters("pm-mean");
  d.parameters.path("model", "date model from `annals train` (JSON); default: the one shipped, trained on t17-dev");
  d.make = [](const Parameters& p, const std::string* trained) {
    auto model = date_model_for(p, trained, "datewise", date_feature_names(), default_date_model());
    return std::make_unique<DatewiseMethod>(std::make_unique<SupervisedDateRanker>(std::move(model)),
                                            candidates_named(p.get_text("candidates")),
                                            make_summarizer(p.get_text("summarizer")));
  };
  d.train = [](std::span<const TrainingExample> examples, const Parameters&, const std::string& description) {
    DateTrainingOptions options;
    options.trained_on = description;
    return train_date_model_json(examples, std::move(options), "datewise");
  };
  return d;
}

}  // namespace annals::tls
