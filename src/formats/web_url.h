// Which article URLs an export may turn into links, shared by the formats
// a browser or Markdown viewer renders.
#pragma once

#include <cctype>
#include <string_view>

namespace annals::formats {

// Only absolute http(s) URLs become links; javascript:, data: and the rest
// never reach an href. The scheme must open the string: browsers skip leading
// blanks, so " javascript:" must not pass as "not http".
inline bool is_web_url(std::string_view url) {
  auto starts_with_nocase = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    return true;
  };
  return starts_with_nocase("http://") || starts_with_nocase("https://");
}

}  // namespace annals::formats
