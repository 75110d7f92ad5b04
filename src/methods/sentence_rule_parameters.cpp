#include "methods/sentence_rule_parameters.h"

#include "annals/error.h"

namespace annals::tls {

MethodDefinition with_sentence_rules(MethodDefinition definition, SentenceRules defaults) {
  definition.parameters
      .boolean("distinct_sentences", defaults.distinct,
               "no sentence, nor a near-copy of it (>= 0.8 of its content words shared), twice in the timeline; "
               "a repeat gives way to the next-best candidate")
      .integer("max_sentence_words", long(defaults.max_words), 0, 100000,
               "summary sentences have at most this many words (0: no limit)")
      .integer("min_sentence_words", long(defaults.min_words), 0, 100000,
               "summary sentences have at least this many words (0: no limit)")
      .boolean("true_days", defaults.true_days,
               "no sentence under a day when it names other days and not that one (\"on Friday\" under Thursday)");
  auto make = std::move(definition.make);
  const std::string name = definition.name;
  definition.make = [make, name](const Parameters& p, const std::string* model) {
    SentenceRules rules = sentence_rules_of(p, name);
    std::unique_ptr<Method> method = make(p, model);
    method->set_sentence_rules(rules);
    return method;
  };
  return definition;
}

SentenceRules sentence_rules_of(const Parameters& p, std::string_view method) {
  SentenceRules rules{.distinct = p.get_boolean("distinct_sentences"),
                      .max_words = std::size_t(p.get_integer("max_sentence_words")),
                      .min_words = std::size_t(p.get_integer("min_sentence_words")),
                      .true_days = p.get_boolean("true_days")};
  if (rules.max_words > 0 && rules.min_words > rules.max_words)
    throw UsageError("method " + std::string(method) + ": min_sentence_words (" + std::to_string(rules.min_words) +
                     ") is above max_sentence_words (" + std::to_string(rules.max_words) + ")");
  return rules;
}

}  // namespace annals::tls
