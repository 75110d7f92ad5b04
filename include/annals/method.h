// Timeline methods: the interface every method implements, and the registry
// that creates them by name.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/corpus.h"
#include "annals/date.h"
#include "annals/date_model.h"
#include "annals/timeline.h"

namespace annals {

struct TimelineRequest {
  std::size_t dates = 10;     // L: number of dates wanted
  std::size_t sentences = 2;  // K: summary sentences per date
  // Case-folded keywords; when any are given a summary sentence must contain
  // one of them as a substring of its case-folded text (as news-tls does).
  std::vector<std::string> keywords;
  // Only articles published in [from, to] are used, and only dates inside it are chosen.
  std::optional<Date> from;
  std::optional<Date> to;
};

class Method {
 public:
  virtual ~Method() = default;
  // Never returns more than request.dates entries nor more than
  // request.sentences sentences per entry; entries are chronological.
  virtual Timeline build(const Corpus& corpus, const TimelineRequest& request) const = 0;
};

struct MethodInfo {
  std::string name;
  std::string description;
  // Ranks dates with a learned DateModel (MethodConfig::date_model), so a
  // benchmark must train it without the topic under test.
  bool supervised = false;
};

// What a method may be given besides the request; every field is optional.
struct MethodConfig {
  // Date ranking model of the supervised methods ("datewise"). When null they
  // use the model shipped in models/ (see default_date_model()).
  std::shared_ptr<const DateModel> date_model;
};

// The registered methods, default first.
const std::vector<MethodInfo>& methods();
// nullptr when no method has that name.
const MethodInfo* find_method(std::string_view name);
std::unique_ptr<Method> make_method(std::string_view name, const MethodConfig& config = {});

}  // namespace annals
