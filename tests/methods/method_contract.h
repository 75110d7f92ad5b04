// The promises of Method::build, checked on any timeline.
#pragma once

#include <gtest/gtest.h>

#include "annals/method.h"
#include "corpus/keyword_filter.h"

namespace annals::tls {

inline void expect_method_contract(const Timeline& t, const Corpus& corpus, const TimelineRequest& request) {
  EXPECT_LE(t.entries.size(), request.dates);
  for (std::size_t i = 0; i < t.entries.size(); ++i) {
    const TimelineEntry& e = t.entries[i];
    if (i > 0) {
      EXPECT_LT(t.entries[i - 1].date, e.date) << "not chronological or repeated date";
    }
    EXPECT_FALSE(e.sentences.empty());
    EXPECT_LE(e.sentences.size(), request.sentences);
    if (request.from) {
      EXPECT_GE(e.date, *request.from);
    }
    if (request.to) {
      EXPECT_LE(e.date, *request.to);
    }
    for (auto s : e.sentences) EXPECT_TRUE(matches_keywords(corpus.sentences()[s].text, request.keywords));
  }
}

inline std::vector<std::string> dates_of(const Timeline& t) {
  std::vector<std::string> out;
  for (const auto& e : t.entries) out.push_back(e.date.to_string());
  return out;
}

}  // namespace annals::tls
