// The --query / benchmark keyword restriction on summary sentences.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annals/request.h"
#include "corpus/corpus.h"

namespace annals::tls {

// True when `keywords` is empty or the case-folded sentence contains one of
// them as a substring (news-tls semantics: "oil" also matches "toil").
bool matches_keywords(std::string_view sentence, const std::vector<std::string>& keywords);

// True when one of `sentences` (indices into corpus.sentences()) matches the
// keywords, i.e. a summary can be chosen from them; false for none at all.
bool any_matches_keywords(const Corpus& corpus, std::span<const std::uint32_t> sentences,
                          const std::vector<std::string>& keywords);

}  // namespace annals::tls
