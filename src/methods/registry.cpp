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

const std::vector<MethodDefinition>& method_definitions() {
  // Each method with its readability defaults: the readable rules where
  // they cost no AR1-F or AR2-F on t17-dev, the published behaviour where
  // they do (docs/methods.md, docs/results.md).
  static const std::vector<MethodDefinition> definitions = {
      with_sentence_rules(baseline_method(), kPublishedSentences),
      with_sentence_rules(pubcount_method(), kPublishedSentences),
      with_sentence_rules(datewise_method(), kReadableSentences),
      with_sentence_rules(datewise_mc_method(), kReadableSentences),
      // Not the default: issue 11's targets are not met yet. Its 15..40-word
      // band already keeps most fragments out; the other rules cost score.
      with_sentence_rules(annals_method(), {.min_words = 6}),
      with_sentence_rules(clust_method(), kReadableSentences),
      // Its one sentence per date rarely breaks a length rule, but refusing
      // those that do costs score; refusing repeats does not.
      with_sentence_rules(chieu_method(), {.distinct = true}),
      with_sentence_rules(martschat_method(), kPublishedSentences),
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
