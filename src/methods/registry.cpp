// The one place that lists the methods: adding a method is one line here.
#include "methods/registry.h"

#include "annals/error.h"
#include "methods/annals_method.h"
#include "methods/baseline_method.h"
#include "methods/chieu_method.h"
#include "methods/clust_method.h"
#include "methods/datewise_method.h"
#include "methods/martschat_method.h"

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
  static const std::vector<MethodDefinition> definitions = {
      with_merge_copies(baseline_method(), true),
      with_merge_copies(pubcount_method(), false),
      with_merge_copies(datewise_method(), false),
      with_merge_copies(datewise_mc_method(), false),
      with_merge_copies(annals_method(), false),  // not the default: issue 11's targets are not met yet
      with_merge_copies(clust_method(), false),
      with_merge_copies(chieu_method(), false),
      with_merge_copies(martschat_method(), false),
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
