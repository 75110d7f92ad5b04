// A hand-written tagging case: a sentence, the day its article was published,
// and the values the tagger must find in it, in order. Expected values are
// worked out by hand from the language, never produced by the tagger.
#pragma once

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "annals/date.h"
#include "annals/temporal_tagger.h"

namespace annals {

// The Thursday on which most Spanish, French and Italian cases are published.
inline constexpr const char* kThu = "2011-02-17";

struct TagCase {
  const char* published;
  const char* sentence;
  std::vector<std::string> values;
};

inline void PrintTo(const TagCase& c, std::ostream* os) { *os << '"' << c.sentence << '"'; }

inline void expect_tagged(const char* language, const TagCase& c) {
  std::optional<Date> published = Date::parse_iso(c.published);
  ASSERT_TRUE(published) << c.published;
  std::vector<std::string> values;
  for (const TimeMention& m : TemporalTagger(language).tag(c.sentence, *published))
    values.push_back(m.value);
  EXPECT_EQ(values, c.values) << "sentence: " << c.sentence << "\npublished: " << c.published;
}

}  // namespace annals
