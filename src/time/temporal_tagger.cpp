#include "annals/temporal_tagger.h"

#include <limits>

#include "time/lexemes.h"
#include "time/lexicon.h"
#include "time/mention_prefilter.h"
#include "time/recognizer.h"
#include "time/tense.h"
#include "time/token_scanner.h"

namespace annals {

std::optional<Date> TimeMention::day() const {
  if (granularity != Granularity::kDay) return std::nullopt;
  return Date::parse_iso(value);
}

struct TemporalTagger::Rules {
  explicit Rules(const tagging::Lexicon& l) : lexicon(&l), prefilter(l) {}
  const tagging::Lexicon* lexicon;
  tagging::MentionPrefilter prefilter;
};

TemporalTagger::TemporalTagger(std::string_view language)
    : rules_(std::make_unique<Rules>(tagging::lexicon_for(language))) {}
TemporalTagger::~TemporalTagger() = default;
TemporalTagger::TemporalTagger(TemporalTagger&&) noexcept = default;
TemporalTagger& TemporalTagger::operator=(TemporalTagger&&) noexcept = default;

namespace {

using Recognizer = bool (*)(const tagging::Scan&, std::size_t, tagging::Found&);

// Tried in this order at each position; the first match wins. Written-out
// dates come before relative ones so that "Friday, June 8" is one date.
constexpr Recognizer kRecognizers[] = {
    tagging::match_numeric_date, tagging::match_named_date, tagging::match_day_offset,
    tagging::match_unit_offset,  tagging::match_weekday,    tagging::match_holiday,
    tagging::match_decade,       tagging::match_year,
};

}  // namespace

std::vector<TimeMention> TemporalTagger::tag(std::string_view sentence, Date published) const {
  std::vector<TimeMention> out;
  // Offsets are 32-bit: longer "sentences" are not text any analysis would show.
  if (sentence.size() >= std::numeric_limits<uint32_t>::max() || !rules_->prefilter.may_mention(sentence))
    return out;
  std::vector<tagging::Lexeme> lexemes =
      tagging::to_lexemes(sentence, tagging::scan_tokens(sentence), *rules_->lexicon);
  tagging::TenseIndex tense(lexemes);
  tagging::Scan scan{lexemes, *rules_->lexicon, published, tense, std::nullopt};
  for (std::size_t i = 0; i < lexemes.size();) {
    tagging::Found found;
    bool matched = false;
    if (tagging::may_start_date(lexemes[i]))
      for (Recognizer r : kRecognizers)
        if ((matched = r(scan, i, found))) break;
    if (!matched) {
      ++i;
      continue;
    }
    for (int k = 0; k < found.count; ++k) {
      const tagging::Found::Mention& m = found.mentions[k];
      TimeMention mention{m.begin, m.end, m.value.to_string(), m.value.granularity};
      if (auto d = mention.day()) scan.anchor = d;
      out.push_back(std::move(mention));
    }
    i = found.next > i ? found.next : i + 1;
  }
  return out;
}

}  // namespace annals
