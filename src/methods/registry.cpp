// The one place that lists the methods: adding a method is one line here.
#include "methods/registry.h"

#include "annals/error.h"
#include "methods/annals_method.h"
#include "methods/baseline_method.h"
#include "methods/chieu_method.h"
#include "methods/clust_method.h"
#include "methods/datewise_method.h"
#include "methods/martschat_method.h"
#include "methods/sentence_rule_parameters.h"

namespace annals::tls {

namespace {

// Every method may see each story once; the engine reads this parameter to
// build the method's corpus (Corpus::copies_merged). The reproductions of
// published methods keep their published behaviour (all copies) by default.
MethodDefinition with_merge_copies(MethodDefinition definition, bool merge) {
  definition.parameters.boolean("merge_copies", merge,
                                "keep one article per story (syndicated copies and updates merged) for selection");
  return definition;
}

}  // namespace

const std::vector<MethodDefinition>& method_definitions() {
  // Each method with its readability defaults: the readable rules where
  // they cost no AR1-F or AR2-F on t17-dev, the published behaviour where
  // they do (docs/methods.md, docs/results.md). true_days costs none.
  // The first is the default: annals, the best-scoring method on every
  // development dataset, with every readable rule and syndicated copies merged.
  static const std::vector<MethodDefinition> definitions = {
      with_merge_copies(with_sentence_rules(annals_method(), kReadableSentences), true),
      with_merge_copies(with_sentence_rules(baseline_method(), {.true_days = true}), true),
      with_merge_copies(with_sentence_rules(pubcount_method(), {.true_days = true}), false),
      with_merge_copies(with_sentence_rules(datewise_method(), kReadableSentences), false),
      with_merge_copies(with_sentence_rules(datewise_mc_method(), kReadableSentences), false),
      with_merge_copies(with_sentence_rules(clust_method(), kReadableSentences), false),
      // Its one sentence per date rarely breaks a length rule, but refusing
      // those that do costs score; refusing repeats does not.
      with_merge_copies(with_sentence_rules(chieu_method(), {.distinct = true, .true_days = true}), false),
      with_merge_copies(with_sentence_rules(martschat_method(), {.true_days = true}), false),
  };
  return definitions;
}

const MethodDefinition& definition_of(std::string_view name) {
  const auto& all = method_definitions();
  if (name.empty()) return all.front();
  for (const MethodDefinition& definition : all)
    if (definition.name == name) return definition;
  std::string names;
  for (const MethodDefinition& definition : all) names += (names.empty() ? "" : ", ") + definition.name;
  throw UsageError("unknown method '" + std::string(name) + "'; available: " + names);
}

std::unique_ptr<Method> make_method(const MethodSpec& spec) {
  const MethodDefinition& definition = definition_of(spec.name);
  return definition.make(definition.parameters.with(spec.parameters, definition.name), spec.model.get());
}

}  // namespace annals::tls

namespace annals::tls {

bool merges_copies(const MethodSpec& spec) {
  const MethodDefinition& definition = definition_of(spec.name);
  return definition.parameters.with(spec.parameters, definition.name).get_boolean("merge_copies");
}

}  // namespace annals::tls
