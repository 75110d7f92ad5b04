#include "readability/timeline_defects.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "annals/temporal_tagger.h"
#include "readability/sentence_defects.h"
#include "text/near_copy.h"
#include "text/term_extractor.h"

namespace annals::readability {

std::string_view defect_name(Defect defect) {
  static constexpr std::array<std::string_view, kDefectClasses> names = {
      "cross_date_repeat", "in_date_repeat", "boilerplate", "dateline",        "glued_furniture",
      "half_quotation",    "overlong",       "fragment",    "coarse_day_entry"};
  return names[std::size_t(defect)];
}

DefectCounts& DefectCounts::operator+=(const DefectCounts& other) {
  sentences += other.sentences;
  entries += other.entries;
  defective_sentences += other.defective_sentences;
  for (std::size_t c = 0; c < kDefectClasses; ++c) by_class[c] += other.by_class[c];
  return *this;
}

double DefectCounts::per_100(Defect d) const { return sentences ? 100.0 * double((*this)[d]) / double(sentences) : 0; }

double DefectCounts::defective_per_100() const {
  return sentences ? 100.0 * double(defective_sentences) / double(sentences) : 0;
}

namespace {

std::string language_of(const TimelineSentence& s) { return s.language.empty() ? "en" : s.language; }

const TemporalTagger& tagger_for(const std::string& language) {
  static thread_local std::map<std::string, std::unique_ptr<TemporalTagger>> taggers;
  auto& tagger = taggers[language];
  if (!tagger) tagger = std::make_unique<TemporalTagger>(language);
  return *tagger;
}

std::optional<Date> published_day(const TimelineSentence& s) {
  return Date::parse_iso(std::string_view(s.published).substr(0, 10));
}

// Whether the sentence names day `d` itself, or only its month or year.
struct DayEvidence {
  bool day = false, coarser = false;
};

DayEvidence evidence_for(Date d, const TimelineSentence& s, Date published) {
  const std::string month = d.to_string().substr(0, 7), year = d.to_string().substr(0, 4);
  DayEvidence found;
  for (const TimeMention& m : tagger_for(language_of(s)).tag(s.text, published)) {
    if (m.granularity == Granularity::kDay) found.day = found.day || m.day() == d;
    else if (m.value == month || (d.month() == 1 && m.value == year)) found.coarser = true;
  }
  return found;
}

// Content word sets of sentences in reading order, per language.
class ContentWords {
 public:
  std::vector<std::uint32_t> of(const TimelineSentence& s) {
    const std::string language = language_of(s);
    auto& extractor = extractors_[language];
    if (!extractor) extractor = std::make_unique<text::TermExtractor>(language, dictionary_);
    std::vector<std::uint32_t> terms;
    extractor->extract(s.text, terms);
    return text::content_word_set(terms);
  }

 private:
  text::TermDictionary dictionary_;
  std::map<std::string, std::unique_ptr<text::TermExtractor>> extractors_;
};

struct ReadSentence {
  std::vector<std::uint32_t> words;
  std::size_t entry;
};

// The repeat class of a sentence against everything read before it.
std::optional<Defect> repeat_class(const std::vector<std::uint32_t>& words, std::size_t entry,
                                   const std::vector<ReadSentence>& read) {
  bool same_date = false;
  for (const ReadSentence& earlier : read) {
    if (!text::is_near_copy(words, earlier.words)) continue;
    if (earlier.entry != entry) return Defect::kCrossDateRepeat;
    same_date = true;
  }
  return same_date ? std::optional(Defect::kInDateRepeat) : std::nullopt;
}

std::vector<Defect> sentence_classes(std::string_view text) {
  std::vector<Defect> found;
  if (is_boilerplate(text)) found.push_back(Defect::kBoilerplate);
  if (has_wire_dateline(text)) found.push_back(Defect::kDateline);
  if (is_glued_furniture(text)) found.push_back(Defect::kGluedFurniture);
  if (is_half_quotation(text)) found.push_back(Defect::kHalfQuotation);
  if (is_overlong(text)) found.push_back(Defect::kOverlong);
  if (is_fragment(text)) found.push_back(Defect::kFragment);
  return found;
}

}  // namespace

bool is_coarse_day_entry(const TimelineEntry& entry) {
  const Date d = entry.date;
  // A month or year entry says no more than its sentences: it is no day.
  if (entry.granularity != Granularity::kDay || d.day() != 1) return false;
  bool coarser = false;
  for (const TimelineSentence& s : entry.sentences) {
    std::optional<Date> published = published_day(s);
    if (published && (*published == d || *published == d + 1)) return false;
    DayEvidence evidence = evidence_for(d, s, published.value_or(d));
    if (evidence.day) return false;
    coarser = coarser || evidence.coarser;
  }
  return coarser;
}

std::vector<std::vector<Defect>> classify_sentences(const Timeline& timeline) {
  std::vector<std::vector<Defect>> classes;
  ContentWords content;
  std::vector<ReadSentence> read;
  for (std::size_t e = 0; e < timeline.entries.size(); ++e) {
    const TimelineEntry& entry = timeline.entries[e];
    const bool coarse = is_coarse_day_entry(entry);
    for (const TimelineSentence& s : entry.sentences) {
      std::vector<Defect> found = sentence_classes(s.text);
      std::vector<std::uint32_t> words = content.of(s);
      if (auto repeat = repeat_class(words, e, read)) found.push_back(*repeat);
      if (coarse) found.push_back(Defect::kCoarseDayEntry);
      classes.push_back(std::move(found));
      read.push_back({std::move(words), e});
    }
  }
  return classes;
}

DefectCounts count_defects(const Timeline& timeline) {
  DefectCounts counts;
  counts.entries = timeline.entries.size();
  for (const std::vector<Defect>& found : classify_sentences(timeline)) {
    ++counts.sentences;
    for (Defect d : found) ++counts[d];
    counts.defective_sentences += !found.empty();
  }
  return counts;
}

}  // namespace annals::readability
