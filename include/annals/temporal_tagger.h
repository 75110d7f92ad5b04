// Finding and resolving the dates that a sentence talks about.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/date.h"

namespace annals {

// One temporal expression found in a sentence and resolved against the
// article's publication date.
struct TimeMention {
  std::size_t begin = 0;    // byte offset of the expression in the sentence (UTF-8)
  std::size_t end = 0;      // one past its last byte
  std::string value;        // "YYYY-MM-DD", "YYYY-MM", "YYYY", or "YYY" for a decade
  Granularity granularity = Granularity::kDay;

  // The day referred to, when granularity is kDay.
  std::optional<Date> day() const;
};

// Rule-based tagger for en, es, fr, it. Stateless after construction and safe
// to share between threads.
class TemporalTagger {
 public:
  // Unknown languages fall back to English rules.
  explicit TemporalTagger(std::string_view language);
  ~TemporalTagger();
  TemporalTagger(TemporalTagger&&) noexcept;
  TemporalTagger& operator=(TemporalTagger&&) noexcept;

  // Mentions in `sentence`, in order of position, non-overlapping. Any bytes are accepted.
  std::vector<TimeMention> tag(std::string_view sentence, Date published) const;

 private:
  struct Rules;
  std::unique_ptr<Rules> rules_;
};

}  // namespace annals
