// The promises of Method::build, checked on any timeline.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "annals/method.h"
#include "methods/registry.h"
#include "corpus/keyword_filter.h"

namespace annals::tls {

inline void expect_method_contract(const Selection& t, const Corpus& corpus, const TimelineRequest& request) {
  EXPECT_LE(t.entries.size(), request.dates);
  for (std::size_t i = 0; i < t.entries.size(); ++i) {
    const DateSummary& e = t.entries[i];
    if (i > 0) {
      EXPECT_LT(t.entries[i - 1].date, e.date) << "not chronological or repeated date";
    }
    EXPECT_FALSE(e.sentences.empty());
    EXPECT_LE(e.sentences.size(), request.sentences);
    if (request.window.from) {
      EXPECT_GE(e.date, *request.window.from);
    }
    if (request.window.to) {
      EXPECT_LE(e.date, *request.window.to);
    }
    for (auto s : e.sentences) EXPECT_TRUE(matches_keywords(corpus.sentences()[s].text, request.keywords));
  }
}

// The registered method `name` with these parameters (the rest at their defaults).
inline std::unique_ptr<Method> registered(const std::string& name, std::map<std::string, std::string> parameters = {}) {
  MethodSpec spec;
  spec.name = name;
  spec.parameters = std::move(parameters);
  return make_method(spec);
}

inline std::vector<std::string> dates_of(const Selection& t) {
  std::vector<std::string> out;
  for (const auto& e : t.entries) out.push_back(e.date.to_string());
  return out;
}

}  // namespace annals::tls
