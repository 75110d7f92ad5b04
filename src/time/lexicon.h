// The temporal vocabulary of one language: what each word (or fixed phrase)
// means to the date recognizers. The recognizers are shared by all languages;
// what differs between languages lives here.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include "common/string_hash.h"

namespace annals::tagging {

enum class Sense : uint8_t {
  kNone,
  kMonth,       // value 1..12
  kWeekday,     // value 0 (Monday) .. 6
  kDayOffset,   // today, yesterday...: value = days from the reference day
  kPartOfDay,   // morning, night: only glued onto a day
  kUnit,        // value: a Unit
  kCount,       // "two", "a": value
  kDecadeWord,  // "ninety" in "los años noventa": value = tens digit
  kPast,        // last, pasado, dernier, scorso
  kNext,        // next, próximo, prochain, prossimo
  kThis,        // this, este, ce, questo
  kAgoBefore,   // hace, il y a (before the amount)
  kAgoAfter,    // ago, fa (after the amount)
  kLater,       // later, después, plus tard, dopo (after the amount)
  kEarlier,     // earlier, antes, plus tôt, prima (after the amount)
  kOf,          // of, de, di: joins day, month and year
  kArticle,     // the, el, le, il
  kRangeTo,     // to, al, au: joins the two ends of a day range
  kNameHead,    // Movement, Square: a capitalized run with one after a day and month names something (English)
  kEventName,   // Revolution, Revolución: named after the day its event began, so that day stays a date
  kHoliday,     // Christmas Eve, Nochevieja, Pâques: value = a Holiday (holidays.h)
};

enum Unit : int8_t { kUnitDay, kUnitWeek, kUnitMonth, kUnitYear };

enum MeaningFlag : uint8_t {
  kNeedsContext = 1,  // a month or holiday name that is also a common word or a name ("May", "Christmas")
  kAbbreviation = 2,  // may be followed by a period ("Sept.")
  kAnaphoric = 4,     // counted from the last date of the sentence ("the next day")
  kTimeCue = 8,       // a preposition or modifier that introduces a bare year or month
  kFutureCue = 16,    // a word that puts the sentence in the future ("will")
  kPastCue = 32,      // a word that puts the sentence in the past ("was")
  kPlural = 64,       // "years", "años": before a number it can name a decade ("los años 90")
  kAuxiliary = 128,   // "has", "been", "will": the participle after it carries no tense of its own
};

struct Meaning {
  Sense sense = Sense::kNone;
  int8_t value = 0;
  uint8_t flags = 0;
};

enum class Tense : uint8_t { kNone, kPast, kFuture };

struct Lexicon {
  // Folded single words and phrases (folded words joined by one space).
  absl::flat_hash_map<std::string_view, Meaning, StringHash> words;
  absl::flat_hash_set<std::string_view, StringHash> phrase_starts;  // first word of each phrase
  // The month comes before the day: "June 8" and the US order 6/18/2017 (English).
  bool month_before_day = false;
  // Month and weekday names are written with a capital (English): lower-case
  // "may" is a verb, while elsewhere a capital in mid-sentence makes a name.
  bool capitalized_names = false;
  // Nouns take their modifiers before them (English): in "Christmas
  // presents", "the Boxing Day tsunami" the holiday names a thing, not a day.
  bool modifiers_before_noun = false;
  // Prepositions after which a bare holiday name is a day ("on Christmas",
  // "à Noël", "por Navidad"), besides the time cues; they carry no sense of
  // their own, so no other rule reads them.
  absl::flat_hash_set<std::string_view, StringHash> holiday_cues;
  // Words after a holiday name that make it another feast ("Pascua judía",
  // "Nouvel An chinois").
  absl::flat_hash_set<std::string_view, StringHash> holiday_qualifiers;
  // Tense suggested by a verb form, from its (unfolded, lower-case) ending.
  Tense (*verb_tense)(std::string_view word) = nullptr;

  // Per first byte, a bit per key length (31 = longer): most words of a
  // sentence are rejected here without hashing.
  uint32_t length_bits[256] = {};
  uint32_t phrase_start_bits[256] = {};  // the same for phrase_starts

  static uint32_t length_bit(std::size_t n) { return 1u << (n < 31 ? n : 31); }
  const Meaning* find(std::string_view folded) const {
    if (folded.empty() || !(length_bits[static_cast<unsigned char>(folded[0])] & length_bit(folded.size())))
      return nullptr;
    auto it = words.find(folded);
    return it == words.end() ? nullptr : &it->second;
  }
  bool starts_phrase(std::string_view folded) const {
    return !folded.empty() &&
           (phrase_start_bits[static_cast<unsigned char>(folded[0])] & length_bit(folded.size())) &&
           phrase_starts.contains(folded);
  }
};

struct LexiconEntry {
  std::string_view text;
  Meaning meaning;
};

// Builds the lookup tables from a list of entries.
Lexicon make_lexicon(std::initializer_list<LexiconEntry> entries);

const Lexicon& english_lexicon();
const Lexicon& spanish_lexicon();
const Lexicon& french_lexicon();
const Lexicon& italian_lexicon();

// "es", "fr", "it" (or their "xx-YY" variants); anything else gets English.
const Lexicon& lexicon_for(std::string_view language);

}  // namespace annals::tagging
