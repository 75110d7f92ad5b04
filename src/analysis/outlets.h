// Naming the outlet of an article when its record does not.
#pragma once

#include <string>
#include <string_view>

#include "annals/article.h"

namespace annals::analysis {

// The host of an http(s) URL without "www." and without port or
// credentials ("https://www.bbc.co.uk/news/x" -> "bbc.co.uk"); "" when the
// text has no host.
std::string url_host(std::string_view url);

// The outlet people should read for the article: its own when it has one,
// else its URL's host (readers give no outlet for records without
// `source`/`outlet`, but a URL always names who published it).
std::string outlet_of(const Article& article);

}  // namespace annals::analysis
