#include "summaries/timeline_guard.h"

#include <algorithm>

#include "corpus/sentence_day.h"
#include "text/near_copy.h"

namespace annals::tls {

TimelineGuard::TimelineGuard(const Corpus& corpus, SentenceRules rules) : corpus_(corpus), rules_(rules) {}

std::vector<std::uint32_t> TimelineGuard::words_of(std::uint32_t sentence) const {
  return text::content_word_set(corpus_.sentences()[sentence].terms);
}

bool TimelineGuard::fits_length(std::uint32_t sentence) const {
  if (rules_.max_words == 0 && rules_.min_words == 0) return true;
  const std::size_t words = text::word_count(corpus_.sentences()[sentence].proper);
  return words >= rules_.min_words && (rules_.max_words == 0 || words <= rules_.max_words);
}

bool TimelineGuard::admits(std::uint32_t sentence, Date date, Granularity granularity) const {
  if (corpus_.sentences()[sentence].boilerplate || !fits_length(sentence)) return false;
  if (rules_.true_days && says_other_day(corpus_.sentences()[sentence], {date, granularity})) return false;
  if (!rules_.distinct) return true;
  const auto words = words_of(sentence);
  return std::none_of(taken_.begin(), taken_.end(), [&](const Taken& t) {
    // Appended to its date's summary, the sentence is read after every
    // sentence taken for that date or an earlier one.
    return t.date <= date ? text::is_near_copy(words, t.words) : text::is_near_copy(t.words, words);
  });
}

bool TimelineGuard::admits(std::uint32_t sentence) const {
  return !set_aside_.count(sentence) && admits(sentence, date_);
}

void TimelineGuard::take(std::uint32_t sentence, Date date) {
  if (rules_.distinct) taken_.push_back({words_of(sentence), date});
}

std::optional<std::size_t> TimelineGuard::first_inner_copy(const std::vector<std::uint32_t>& summary) const {
  std::vector<std::vector<std::uint32_t>> words;
  for (std::size_t i = 0; i < summary.size(); ++i) {
    words.push_back(words_of(summary[i]));
    for (std::size_t j = 0; j < i; ++j)
      if (text::is_near_copy(words[i], words[j])) return i;
  }
  return std::nullopt;
}

std::vector<std::uint32_t> TimelineGuard::choose(Date date,
                                                 const std::function<std::vector<std::uint32_t>()>& summarize) {
  date_ = date;
  std::vector<std::uint32_t> summary = summarize();
  // Each round sets one more candidate aside, so this ends.
  while (rules_.distinct) {
    auto copy = first_inner_copy(summary);
    if (!copy) break;
    set_aside_.insert(summary[*copy]);
    summary = summarize();
  }
  set_aside_.clear();
  for (std::uint32_t s : summary) take(s, date);
  return summary;
}

}  // namespace annals::tls
