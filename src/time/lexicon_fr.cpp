// French temporal vocabulary.
#include "time/holidays.h"
#include "time/lexicon.h"

namespace annals::tagging {

namespace {

Tense french_verb_tense(std::string_view w) {
  // Future: "sera", "annoncera", "viendront"; passé composé auxiliary "a" and
  // participles "annoncé", "arrivée".
  if (w.size() >= 4 && (w.ends_with("ra") || w.ends_with("ront") || w.ends_with("rons")))
    return Tense::kFuture;
  if (w == "a" || (w.size() >= 4 && (w.ends_with("\xC3\xA9") || w.ends_with("\xC3\xA9" "e") ||
                                     w.ends_with("\xC3\xA9s"))))
    return Tense::kPast;
  return Tense::kNone;
}

Lexicon build_french() {
  constexpr uint8_t abbr = kAbbreviation | kNeedsContext, cue = kTimeCue;
  using S = Sense;
  Lexicon lex = make_lexicon({
      {"janvier", {S::kMonth, 1}}, {"fevrier", {S::kMonth, 2}}, {"mars", {S::kMonth, 3}},
      {"avril", {S::kMonth, 4}}, {"mai", {S::kMonth, 5}}, {"juin", {S::kMonth, 6}},
      {"juillet", {S::kMonth, 7}}, {"aout", {S::kMonth, 8}}, {"septembre", {S::kMonth, 9}},
      {"octobre", {S::kMonth, 10}}, {"novembre", {S::kMonth, 11}}, {"decembre", {S::kMonth, 12}},
      {"janv", {S::kMonth, 1, abbr}}, {"fev", {S::kMonth, 2, abbr}}, {"fevr", {S::kMonth, 2, abbr}},
      {"avr", {S::kMonth, 4, abbr}}, {"juil", {S::kMonth, 7, abbr}}, {"sept", {S::kMonth, 9, abbr}},
      {"oct", {S::kMonth, 10, abbr}}, {"nov", {S::kMonth, 11, abbr}}, {"dec", {S::kMonth, 12, abbr}},
      {"lundi", {S::kWeekday, 0}}, {"mardi", {S::kWeekday, 1}}, {"mercredi", {S::kWeekday, 2}},
      {"jeudi", {S::kWeekday, 3}}, {"vendredi", {S::kWeekday, 4}}, {"samedi", {S::kWeekday, 5}},
      {"dimanche", {S::kWeekday, 6}},
      {"aujourd hui", {S::kDayOffset, 0}}, {"hier", {S::kDayOffset, -1}},
      {"demain", {S::kDayOffset, 1}}, {"avant hier", {S::kDayOffset, -2}},
      {"apres demain", {S::kDayOffset, 2}}, {"ce matin", {S::kDayOffset, 0}},
      {"ce soir", {S::kDayOffset, 0}}, {"cet apres midi", {S::kDayOffset, 0}},
      {"cette nuit", {S::kDayOffset, 0}}, {"cette apres midi", {S::kDayOffset, 0}},
      // "Nowadays" is not a day.
      {"de nos jours", {S::kNone}},
      {"lendemain", {S::kDayOffset, 1, kAnaphoric}}, {"la veille", {S::kDayOffset, -1, kAnaphoric}},
      {"le jour meme", {S::kDayOffset, 0, kAnaphoric}},
      {"matin", {S::kPartOfDay}}, {"matinee", {S::kPartOfDay}}, {"soir", {S::kPartOfDay}},
      {"soiree", {S::kPartOfDay}}, {"nuit", {S::kPartOfDay}}, {"apres midi", {S::kPartOfDay}},
      {"midi", {S::kPartOfDay}},
      {"jour", {S::kUnit, kUnitDay}}, {"jours", {S::kUnit, kUnitDay}},
      {"journee", {S::kUnit, kUnitDay}}, {"semaine", {S::kUnit, kUnitWeek}},
      {"semaines", {S::kUnit, kUnitWeek}}, {"mois", {S::kUnit, kUnitMonth}},
      {"an", {S::kUnit, kUnitYear, cue}}, {"ans", {S::kUnit, kUnitYear}},
      {"annee", {S::kUnit, kUnitYear, cue}}, {"annees", {S::kUnit, kUnitYear, kPlural}},
      {"un", {S::kCount, 1}}, {"une", {S::kCount, 1}}, {"deux", {S::kCount, 2}},
      {"trois", {S::kCount, 3}}, {"quatre", {S::kCount, 4}}, {"cinq", {S::kCount, 5}},
      {"six", {S::kCount, 6}}, {"sept", {S::kCount, 7}}, {"huit", {S::kCount, 8}},
      {"neuf", {S::kCount, 9}}, {"dix", {S::kCount, 10}}, {"onze", {S::kCount, 11}},
      {"douze", {S::kCount, 12}},
      {"vingt", {S::kDecadeWord, 2}}, {"trente", {S::kDecadeWord, 3}},
      {"quarante", {S::kDecadeWord, 4}}, {"cinquante", {S::kDecadeWord, 5}},
      {"soixante", {S::kDecadeWord, 6}},
      {"dernier", {S::kPast, 0, cue}}, {"derniere", {S::kPast, 0, cue}},
      {"passe", {S::kPast}}, {"passee", {S::kPast}},
      {"prochain", {S::kNext, 0, cue}}, {"prochaine", {S::kNext, 0, cue}},
      {"ce", {S::kThis, 0, cue}}, {"cet", {S::kThis, 0, cue}}, {"cette", {S::kThis, 0, cue}},
      {"il y a", {S::kAgoBefore}}, {"plus tard", {S::kLater}}, {"apres", {S::kLater, 0, cue}},
      {"plus tot", {S::kEarlier}}, {"avant", {S::kEarlier, 0, cue}}, {"auparavant", {S::kEarlier}},
      {"de", {S::kOf}}, {"d", {S::kOf}}, {"du", {S::kOf}},
      {"le", {S::kArticle}}, {"la", {S::kArticle}}, {"l", {S::kArticle, 0, cue}},
      {"les", {S::kArticle}}, {"son", {S::kArticle}}, {"sa", {S::kArticle}}, {"ses", {S::kArticle}},
      {"leur", {S::kArticle}}, {"leurs", {S::kArticle}},
      {"au", {S::kRangeTo}}, {"et", {S::kRangeTo}},
      {"en", {S::kNone, 0, cue}}, {"depuis", {S::kNone, 0, cue | kPastCue}}, {"jusqu", {S::kNone, 0, cue}},
      {"entre", {S::kNone, 0, cue}}, {"debut", {S::kNone, 0, cue}}, {"fin", {S::kNone, 0, cue}},
      {"mi", {S::kNone, 0, cue}}, {"courant", {S::kNone, 0, cue}}, {"vers", {S::kNone, 0, cue}},
      {"des", {S::kNone, 0, cue}}, {"pendant", {S::kNone, 0, cue}}, {"durant", {S::kNone, 0, cue}},
      {"va", {S::kNone, 0, kFutureCue}}, {"vont", {S::kNone, 0, kFutureCue}},
      {"ont", {S::kNone, 0, kPastCue}}, {"etait", {S::kNone, 0, kPastCue}},
      {"avait", {S::kNone, 0, kPastCue}}, {"fut", {S::kNone, 0, kPastCue}},
      {"etaient", {S::kNone, 0, kPastCue}}, {"avaient", {S::kNone, 0, kPastCue}},
      // Holidays; a bare name that is also a word or a name needs a cue ("à Noël", holidays.cpp).
      {"noel", {S::kHoliday, kChristmasDay, kNeedsContext}}, {"jour de noel", {S::kHoliday, kChristmasDay}},
      {"la veille de noel", {S::kHoliday, kChristmasEve}}, {"nouvel an", {S::kHoliday, kNewYearsDay, kNeedsContext}},
      {"jour de l an", {S::kHoliday, kNewYearsDay}}, {"saint sylvestre", {S::kHoliday, kNewYearsEve, kNeedsContext}},
      {"toussaint", {S::kHoliday, kAllSaints, kNeedsContext}}, {"paques", {S::kHoliday, kEasterSunday, kNeedsContext}},
      {"lundi de paques", {S::kHoliday, kEasterMonday}}, {"vendredi saint", {S::kHoliday, kGoodFriday}},
      // "la Révolution du 17 Février" began that day: its day stays a date (date_names.cpp).
      {"revolution", {S::kEventName}}, {"revolte", {S::kEventName}},
  });
  lex.verb_tense = french_verb_tense;
  lex.holiday_cues = {"a", "pour"};
  lex.holiday_qualifiers = {"juive", "orthodoxe", "chinois"};
  return lex;
}

}  // namespace

const Lexicon& french_lexicon() {
  static const Lexicon lexicon = build_french();
  return lexicon;
}

}  // namespace annals::tagging
