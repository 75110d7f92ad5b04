#include "analysis/outlets.h"

namespace annals::analysis {

std::string url_host(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const auto at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  rest = rest.substr(0, rest.find(':'));
  std::string host(rest);
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

std::string outlet_of(const Article& article) {
  return article.outlet.empty() ? url_host(article.url) : article.outlet;
}

}  // namespace annals::analysis
