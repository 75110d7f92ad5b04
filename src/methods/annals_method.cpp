#include "methods/annals_method.h"

#include "annals/error.h"
#include "candidates/keyword_fallback_collector.h"
#include "candidates/length_band_collector.h"
#include "candidates/pm_mean_collector.h"
#include "candidates/wide_pool_collector.h"
#include "dates/annals_date_features.h"
#include "dates/supervised_date_ranker.h"
#include "methods/datewise_method.h"
#include "summaries/centroid_opt_summarizer.h"

namespace annals::tls {

namespace {

// What annals collects for a day, from its parameters.
struct CandidateSettings {
  WordBand band;
  std::uint32_t lead_sentences;
};

WordBand band_of(const Parameters& p) {
  WordBand band{std::size_t(p.get_integer("min_words")), std::size_t(p.get_integer("max_words"))};
  if (band.min_words > band.max_words)
    throw UsageError("method annals: min_words (" + std::to_string(band.min_words) + ") is above max_words (" +
                     std::to_string(band.max_words) + ")");
  return band;
}

CandidateSettings candidate_settings(const Parameters& p) {
  return {band_of(p), std::uint32_t(p.get_integer("lead_sentences"))};
}

// PM-MEAN, or the wide pool for a day where PM-MEAN has no keyword sentence
// (its similarity filter can drop the few sentences that name the topic),
// then the length band.
CollectorFactory annals_candidates(CandidateSettings settings) {
  return [settings](const Corpus& corpus, const TimelineRequest& request) -> std::unique_ptr<CandidateCollector> {
    auto pool = std::make_unique<KeywordFallbackCollector>(
        corpus, request.keywords, std::make_unique<PmMeanCollector>(corpus, settings.lead_sentences),
        std::make_unique<WidePoolCollector>(corpus));
    return std::make_unique<LengthBandCollector>(corpus, request.keywords, settings.band, std::move(pool));
  };
}

// A date's summary says each thing once: CENTROID-OPT, unlike news-tls',
// also passes over a candidate close to one it has chosen.
std::unique_ptr<Summarizer> annals_summarizer(const Parameters& p) {
  const std::string& name = p.get_text("summarizer");
  if (name == "centroid-opt") return std::make_unique<CentroidOptSummarizer>(p.get_number("redundancy"));
  return make_summarizer(name);
}

DateTrainingOptions training_options(const std::string& description) {
  DateTrainingOptions options;
  options.features = annals_date_feature_names();
  options.extract = extract_annals_date_features;
  options.trained_on = description + "; annals date features, logistic regression, C = 1";
  return options;
}

}  // namespace

MethodDefinition annals_method() {
  MethodDefinition d;
  d.name = "annals";
  d.description =
      "annals' own method: DATEWISE with 11 learned date features, PM-MEAN with a wide fallback, "
      "8-40-word candidates, CENTROID-OPT";
  d.parameters.path("model", "date model from `annals train --method annals` (JSON); default: the one shipped, "
                             "trained on t17-dev")
      .integer("min_words", 8, 0, 1000, "candidates shorter than this many words are dropped (unless none is left "
                                         "with a keyword)")
      .integer("max_words", 40, 1, 1000, "candidates longer than this many words are dropped (unless none is left "
                                         "with a keyword)")
      .integer("lead_sentences", 7, 1, 1000,
               "PM-MEAN takes this many first sentences of each article as leads of its publication day and the day "
               "before (news-tls: 6)");
  add_summarizer_parameter(d.parameters)
      .number("redundancy", 0.5, 0.0, 1.0,
              "with summarizer centroid-opt: a candidate whose cosine to a sentence already chosen for the date is "
              "above this is passed over (news-tls: 0.9999, only copies)");
  d.make = [](const Parameters& p, const std::string* trained) {
    const CandidateSettings settings = candidate_settings(p);
    auto model = date_model_for(p, trained, "annals", annals_date_feature_names(), annals_date_model());
    return std::make_unique<DatewiseMethod>(
        std::make_unique<SupervisedDateRanker>(std::move(model), extract_annals_date_features),
        annals_candidates(settings), annals_summarizer(p));
  };
  d.train = [](std::span<const TrainingExample> examples, const Parameters&, const std::string& description) {
    return train_date_model_json(examples, training_options(description), "annals");
  };
  return d;
}

}  // namespace annals::tls
