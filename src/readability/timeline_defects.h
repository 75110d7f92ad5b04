// The defects a reader notices in a whole timeline, counted per class: the
// sentence-level classes of sentence_defects.h, repeats (text::is_near_copy
// in reading order: dates chronologically, each summary in order) and day
// entries that only a coarser mention supports.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "annals/timeline.h"

namespace annals::readability {

enum class Defect {
  kCrossDateRepeat,  // a near-copy of a sentence read under an earlier date
  kInDateRepeat,     // a near-copy of an earlier sentence of the same date (and of none before)
  kBoilerplate,
  kDateline,
  kGluedFurniture,
  kHalfQuotation,
  kOverlong,
  kFragment,
  kCoarseDayEntry,  // a sentence of an entry on the 1st that only a month or year mention supports
};
inline constexpr std::size_t kDefectClasses = 9;

// "cross_date_repeat", "in_date_repeat", "boilerplate", "dateline",
// "glued_furniture", "half_quotation", "overlong", "fragment", "coarse_day_entry".
std::string_view defect_name(Defect defect);

struct DefectCounts {
  std::size_t sentences = 0;
  std::size_t entries = 0;
  std::size_t defective_sentences = 0;  // with at least one defect
  std::array<std::size_t, kDefectClasses> by_class{};

  std::size_t& operator[](Defect d) { return by_class[std::size_t(d)]; }
  std::size_t operator[](Defect d) const { return by_class[std::size_t(d)]; }
  DefectCounts& operator+=(const DefectCounts& other);
  // Per 100 summary sentences (0 without sentences).
  double per_100(Defect d) const;
  double defective_per_100() const;
};

// A day entry (granularity kDay; a month or year entry claims no day) on the
// 1st of a month is "from a coarser mention" when none of its sentences
// mentions that day, none was published on it or the day after (leads of a
// day's coverage need not name it), and one mentions its month (or, on
// January 1, its year) without the day. Sentences are tagged in
// their `language` (English when unknown) against their publication day.
bool is_coarse_day_entry(const TimelineEntry& entry);

// The defects of each sentence of the timeline, in reading order (entry by
// entry, each in summary order).
std::vector<std::vector<Defect>> classify_sentences(const Timeline& timeline);

// Every class over every sentence of the timeline.
DefectCounts count_defects(const Timeline& timeline);

}  // namespace annals::readability
