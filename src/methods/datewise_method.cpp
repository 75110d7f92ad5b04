#include "methods/datewise_method.h"

#include "annals/error.h"
#include "dates/date_model_trainer.h"
#include "dates/mention_count_ranker.h"
#include "dates/publication_count_ranker.h"
#include "dates/supervised_date_ranker.h"
#include "vectors/tfidf.h"

namespace annals::tls {

DatewiseMethod::DatewiseMethod(std::unique_ptr<DateRanker> ranker, CandidateSelection candidates,
                               std::unique_ptr<Summarizer> summarizer)
    : ranker_(std::move(ranker)), candidates_(candidates), summarizer_(std::move(summarizer)) {}

Selection DatewiseMethod::build(const Corpus& corpus, const TimelineRequest& request) const {
  std::vector<std::uint32_t> all(corpus.sentences().size());
  for (std::uint32_t s = 0; s < all.size(); ++s) all[s] = s;
  TfidfModel model(corpus, all);
  auto collector = make_candidate_collector(candidates_, corpus);

  SummaryRequest summary_request;
  summary_request.sentences = request.sentences;
  summary_request.keywords = &request.keywords;
  Selection timeline;
  for (Date day : ranker_->rank(corpus, request)) {
    if (timeline.entries.size() >= request.dates) break;
    auto summary = summarizer_->summarize(corpus, model, collector->collect(day, model), summary_request);
    if (!summary.empty()) timeline.entries.push_back({day, std::move(summary)});
  }
  sort_chronologically(timeline);
  return timeline;
}

namespace {

const std::vector<std::string> kCandidateChoices = {"pm-mean", "published"};

CandidateSelection candidates_named(const std::string& name) {
  return name == "published" ? CandidateSelection::kPublished : CandidateSelection::kPmMean;
}

// The parameters every member of the family has.
Parameters family_parameters(const std::string& candidates) {
  Parameters p;
  p.choice("candidates", candidates, kCandidateChoices,
           "pm-mean: sentences dated to the day plus leads, filtered by similarity; published: leads of the day's "
           "and the next day's articles")
      .choice("summarizer", "centroid-opt", summarizer_names(), "how a date's summary is chosen from its candidates");
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

// The date model a datewise run uses: trained in this process, named by the
// `model` parameter, or shipped.
std::shared_ptr<const DateModel> date_model_for(const Parameters& p, const std::string* trained) {
  try {
    if (trained) return std::make_shared<const DateModel>(DateModel::parse_json(*trained));
    const std::string& path = p.get_text("model");
    if (!path.empty()) return std::make_shared<const DateModel>(DateModel::read(path));
  } catch (const std::runtime_error& e) {
    throw UsageError(std::string("method datewise: ") + e.what());
  }
  return default_date_model();
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
    return std::make_unique<DatewiseMethod>(std::make_unique<SupervisedDateRanker>(date_model_for(p, trained)),
                                            candidates_named(p.get_text("candidates")),
                                            make_summarizer(p.get_text("summarizer")));
  };
  d.train = [](std::span<const TrainingExample> examples, const Parameters&, const std::string& description) {
    std::vector<DateTrainingExample> dated;
    for (const TrainingExample& e : examples) {
      std::set<Date> reference;
      for (const auto& [date, summary] : e.reference->dates) reference.insert(date);
      dated.push_back({e.corpus, e.request, std::move(reference)});
    }
    DateTrainingOptions options;
    options.trained_on = description;
    try {
      return train_date_model(dated, options).to_json();
    } catch (const std::invalid_argument& e) {
      throw Error(std::string("method datewise: ") + e.what());
    }
  };
  return d;
}

}  // namespace annals::tls
