// The DATEWISE family (news-tls `DatewiseTimelineGenerator`): rank dates
// first, then summarise each date from its candidates.
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string_view>

#include "annals/date_model.h"
#include "candidates/candidate_collector.h"
#include "dates/date_features.h"
#include "dates/date_model_trainer.h"
#include "dates/date_ranker.h"
#include "methods/registry.h"
#include "summaries/summarizer.h"

namespace annals::tls {

// The candidate collector of one request (some collectors read its keywords).
using CollectorFactory =
    std::function<std::unique_ptr<CandidateCollector>(const Corpus& corpus, const TimelineRequest& request)>;

// Walks the ranked dates, summarising each date's candidates; a date whose
// candidates yield no summary (e.g. none has a keyword) is skipped and the
// next one taken, until L dates are filled. TF-IDF is fitted on every
// sentence of the corpus.
class DatewiseMethod final : public Method {
 public:
  DatewiseMethod(std::unique_ptr<DateRanker> ranker, CollectorFactory candidates,
                 std::unique_ptr<Summarizer> summarizer);
  Selection build(const Corpus& corpus, const TimelineRequest& request) const override;

 private:
  std::unique_ptr<DateRanker> ranker_;
  CollectorFactory candidates_;
  std::unique_ptr<Summarizer> summarizer_;
};

// news-tls PUBCOUNT: publication-count date ranking, P candidates.
MethodDefinition pubcount_method();
// news-tls DATEWISE: supervised date ranking, PM-MEAN candidates.
MethodDefinition datewise_method();
// DATEWISE with MENTION-COUNT date ranking.
MethodDefinition datewise_mc_method();

// What the supervised members share (datewise, annals).

// Declares the `summarizer` parameter (default centroid-opt).
Parameters& add_summarizer_parameter(Parameters& parameters);

// The date model a run uses: trained in this process, named by the `model`
// parameter, or `shipped`. Throws UsageError naming `method` when the model
// cannot be read or names a feature outside `known`.
std::shared_ptr<const DateModel> date_model_for(const Parameters& parameters, const std::string* trained,
                                                std::string_view method, std::span<const std::string> known,
                                                std::shared_ptr<const DateModel> shipped);

// Fits a date model on the examples' reference dates (logistic regression
// over `options.features` read by `options.extract`) and returns its JSON.
// Throws Error naming `method` when the examples cannot train one.
std::string train_date_model_json(std::span<const TrainingExample> examples, DateTrainingOptions options,
                                  std::string_view method);

}  // namespace annals::tls
