// A short line per timeline date, for people skimming the timeline.
#pragma once

#include <string>
#include <string_view>

namespace annals {

// At most this many words in a headline cut from a lead sentence.
inline constexpr std::size_t kHeadlineWords = 12;

// The title with its whitespace collapsed and a trailing " | Outlet" or
// " - Outlet" site suffix removed when it names `outlet`; "" for an empty title.
std::string clean_title(std::string_view title, std::string_view outlet);

// The lead sentence shortened for a headline: its first clause (cut at a
// comma, semicolon, colon or dash after at least four words) when the
// sentence is longer than kHeadlineWords words, else the sentence; a clause
// still too long is cut to kHeadlineWords words and "…". The final full
// stop is dropped, as in headlines.
std::string compressed_lead(std::string_view sentence);

}  // namespace annals
