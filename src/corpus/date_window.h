// The request's date window as the datewise methods read it.
#pragma once

#include <cstdint>
#include <vector>

#include "annals/corpus.h"
#include "annals/method.h"

namespace annals::tls {

bool in_window(const TimelineRequest& request, Date day);

// Articles published inside the window, ordered by publication day (ties in
// corpus order): news-tls reads its collections in that order, and first
// appearance breaks ties between equally ranked dates.
std::vector<std::uint32_t> articles_in_window(const Corpus& corpus, const TimelineRequest& request);

}  // namespace annals::tls
