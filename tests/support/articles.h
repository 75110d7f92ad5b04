// Small hand-written articles for tests.
#pragma once

#include <string>

#include "annals/article.h"

namespace annals::testing {

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
