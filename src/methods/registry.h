// The registered methods: how each is built from its parameters and, for
// supervised ones, trained. Adding a method is one file that defines its
// MethodDefinition and one line in registry.cpp.
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "annals/eval/timeline_file.h"
#include "annals/method.h"
#include "methods/method.h"
#include "methods/parameters.h"

namespace annals::tls {

// One reference timeline over the corpus it was written for.
struct TrainingExample {
  const Corpus* corpus = nullptr;
  TimelineRequest request;  // its window, L, K and keywords, as at prediction
  const eval::TextTimeline* reference = nullptr;
};

struct MethodDefinition {
  std::string name;
  std::string description;  // one line
  Parameters parameters;    // with their defaults
  // Builds the method from validated parameters; `model` is the JSON of a
  // model trained in this process (MethodSpec::model), or null to use the
  // `model` parameter or the shipped model. Throws UsageError for a model
  // that cannot be read or does not fit.
  std::function<std::unique_ptr<Method>(const Parameters& parameters, const std::string* model)> make;
  // Set for supervised methods: fits a model on the examples and returns
  // its JSON; `description` says for people what it was fitted on.
  std::function<std::string(std::span<const TrainingExample> examples, const Parameters& parameters,
                            const std::string& description)>
      train;
};

// Every method, default first.
const std::vector<MethodDefinition>& method_definitions();

// The definition of `name` (empty: the default). Throws UsageError naming the
// registered methods when there is none.
const MethodDefinition& definition_of(std::string_view name);

// The method a spec describes. Throws UsageError as annals::validate does.
std::unique_ptr<Method> make_method(const MethodSpec& spec);

// Whether the spec's method works on one article per story (its
// `merge_copies` parameter). Throws UsageError as make_method does.
bool merges_copies(const MethodSpec& spec);

}  // namespace annals::tls
