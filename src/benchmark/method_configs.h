// How `annals bench` configures each method run, and date-model training on
// prepared benchmark topics (also used by `annals train`).
#pragma once

#include <memory>
#include <string>

#include "annals/date_model.h"
#include "benchmark/runner.h"

namespace annals::benchmark {

// Fits a date model on the reference timelines of `topics`, skipping the
// topic named `held_out` (empty: use all). Throws std::invalid_argument when
// the references give only one class of dates.
std::shared_ptr<const DateModel> train_date_model_on(const std::vector<PreparedTopic>& topics,
                                                     const Topic* held_out, const std::string& trained_on);

// Supervised methods get a date model trained on the other topics of the run
// (leave-one-topic-out), so no task sees its own topic; a run with a single
// topic, or one whose other topics cannot train a model (reported as a
// warning), falls back to the shipped model. Other methods get MethodConfig{}.
// `diagnostics` must outlive the provider.
ConfigProvider default_method_configs(Diagnostics& diagnostics);

}  // namespace annals::benchmark
