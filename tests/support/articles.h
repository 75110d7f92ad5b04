// Small hand-written articles for tests.
#pragma once

#include <string>

#include "annals/article.h"
#include "annals/request.h"

namespace annals::testing {

// A day from its ISO form; tests write only valid ones.
inline Date day(const char* iso) { return *Date::parse_iso(iso); }

// A request for the days from `from` to `to`, both included.
inline TimelineRequest window(const char* from, const char* to) {
  TimelineRequest r;
  r.window.from = day(from);
  r.window.to = day(to);
  return r;
}

inline Article make_article(std::string id, std::string date, std::string text, std::string outlet = "",
                            std::string url = "", std::string title = "") {
  Article a;
  a.id = std::move(id);
  a.published = *Date::parse_iso(date);
  a.text = std::move(text);
  a.outlet = std::move(outlet);
  a.url = std::move(url);
  a.title = std::move(title);
  a.language = "en";
  return a;
}

}  // namespace annals::testing
