// The --query / benchmark keyword restriction on summary sentences.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "annals/request.h"

namespace annals::tls {

// True when `keywords` is empty or the case-folded sentence contains one of
// them as a substring (news-tls semantics: "oil" also matches "toil").
bool matches_keywords(std::string_view sentence, const std::vector<std::string>& keywords);


}  // namespace annals::tls
