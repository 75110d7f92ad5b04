// Boilerplate learned from the corpus itself: a sentence that one outlet
// repeats, near-verbatim, across many of its stories is that outlet's page
// furniture (a series promo, a comment policy, a newsletter pitch, a site
// footer), in any language and with no hand-written list. Per request, since
// only many articles of an outlet show what it repeats.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "annals/analysis.h"

namespace annals {

// A sentence is boilerplate when its outlet repeats it in at least this many
// stories, and in at least kBoilerplateMinShare of the outlet's stories in
// the corpus. Stories, not articles: the updated versions of one report
// repeat all its sentences. Both measured on t17-dev and Crisis es/fr
// (docs/results.md): series promos reach a quarter of Global Voices' posts
// on a topic, the background lines that make good summaries ("the blast
// killed 11 workers") stay under a twentieth of their outlet's stories.
inline constexpr std::size_t kBoilerplateMinStories = 3;
inline constexpr double kBoilerplateMinShare = 0.1;
// Variants of one line count as one: two sentences of an outlet that begin
// or end with the same three content stems and each share at least this of
// their stems with the other ("Ce billet fait partie du dossier [spécial] de
// Global Voices sur ..."). Sentences are compared by their content stems in
// order with digits read as 0, so case, spacing, punctuation, stopwords and
// numbers never tell two copies apart.
inline constexpr double kBoilerplateVariantShare = 0.7;

// One article as the detector sees it: its record (whose outlet, or URL
// host, names the group it belongs to; an article with neither belongs to
// none, as nobody's furniture can be learned from it) and its story.
struct BoilerplateInput {
  const AnalyzedArticle* record = nullptr;
  std::uint32_t story = 0;
};

// Per article, the positions (ascending) of its boilerplate sentences. A
// sentence that names a day ("on April 20") tells news, never furniture, and
// is kept however often it recurs.
std::vector<std::vector<std::uint32_t>> find_boilerplate(std::span<const BoilerplateInput> articles);

}  // namespace annals
