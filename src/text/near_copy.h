// How long a sentence is to a reader, and when two sentences say the same.
// One definition for the methods (which keep repeats out of a timeline) and
// for the readability benchmark (which counts the repeats left).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace annals::text {

// Whitespace-separated words of a sentence as shown (tokens, punctuation
// attached): what a reader counts, independent of the analysis.
std::size_t word_count(std::string_view text);

// Share of content words from which one sentence is a near-copy of another.
inline constexpr double kNearCopyShare = 0.8;

// The content words (stem ids) of a sentence as a sorted set, the form
// is_near_copy() compares.
std::vector<std::uint32_t> content_word_set(std::span<const std::uint32_t> terms);

// True when at least `share` of the content words of `sentence` are also
// words of `earlier`: the reader has read it already. Not symmetric: a
// shortened copy of a long sentence copies it, the long one read after the
// short one does not. Sets are sorted (content_word_set); a sentence
// without content words copies nothing.
bool is_near_copy(std::span<const std::uint32_t> sentence, std::span<const std::uint32_t> earlier,
                  double share = kNearCopyShare);

}  // namespace annals::text
