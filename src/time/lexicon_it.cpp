// Italian temporal vocabulary, written from the language (no Italian
// development data is available): standard news forms such as "il 3 marzo",
// "giovedì scorso", "tre giorni fa", "l'anno prossimo", "gli anni Novanta".
#include "time/holidays.h"
#include "time/lexicon.h"

namespace annals::tagging {

namespace {

Tense italian_verb_tense(std::string_view w) {
  // Future: "sarà", "annunceranno", "andremo"; passato remoto: "annunciò", "arrivarono".
  if (w.ends_with("r\xC3\xA0") || w.ends_with("ranno") || w.ends_with("remo")) return Tense::kFuture;
  if (w.size() >= 4 && (w.ends_with("\xC3\xB2") || w.ends_with("arono") || w.ends_with("irono")))
    return Tense::kPast;
  return Tense::kNone;
}

Lexicon build_italian() {
  constexpr uint8_t abbr = kAbbreviation | kNeedsContext, cue = kTimeCue;
  using S = Sense;
  Lexicon lex = make_lexicon({
      {"gennaio", {S::kMonth, 1}}, {"febbraio", {S::kMonth, 2}}, {"marzo", {S::kMonth, 3}},
      {"aprile", {S::kMonth, 4}}, {"maggio", {S::kMonth, 5}}, {"giugno", {S::kMonth, 6}},
      {"luglio", {S::kMonth, 7}}, {"agosto", {S::kMonth, 8}}, {"settembre", {S::kMonth, 9}},
      {"ottobre", {S::kMonth, 10}}, {"novembre", {S::kMonth, 11}}, {"dicembre", {S::kMonth, 12}},
      {"gen", {S::kMonth, 1, abbr}}, {"feb", {S::kMonth, 2, abbr}}, {"mar", {S::kMonth, 3, abbr}},
      {"apr", {S::kMonth, 4, abbr}}, {"mag", {S::kMonth, 5, abbr}}, {"giu", {S::kMonth, 6, abbr}},
      {"lug", {S::kMonth, 7, abbr}}, {"ago", {S::kMonth, 8, abbr}}, {"set", {S::kMonth, 9, abbr}},
      {"sett", {S::kMonth, 9, abbr}}, {"ott", {S::kMonth, 10, abbr}}, {"nov", {S::kMonth, 11, abbr}},
      {"dic", {S::kMonth, 12, abbr}},
      {"lunedi", {S::kWeekday, 0}}, {"martedi", {S::kWeekday, 1}}, {"mercoledi", {S::kWeekday, 2}},
      {"giovedi", {S::kWeekday, 3}}, {"venerdi", {S::kWeekday, 4}}, {"sabato", {S::kWeekday, 5}},
      {"domenica", {S::kWeekday, 6}},
      {"oggi", {S::kDayOffset, 0}}, {"ieri", {S::kDayOffset, -1}}, {"domani", {S::kDayOffset, 1}},
      {"l altro ieri", {S::kDayOffset, -2}}, {"altroieri", {S::kDayOffset, -2}},
      {"ieri l altro", {S::kDayOffset, -2}}, {"dopodomani", {S::kDayOffset, 2}},
      {"stamattina", {S::kDayOffset, 0}}, {"stamani", {S::kDayOffset, 0}},
      {"stamane", {S::kDayOffset, 0}}, {"stasera", {S::kDayOffset, 0}},
      {"stanotte", {S::kDayOffset, 0}}, {"oggigiorno", {S::kNone}},
      {"questa mattina", {S::kDayOffset, 0}}, {"questa sera", {S::kDayOffset, 0}},
      {"questo pomeriggio", {S::kDayOffset, 0}}, {"questa notte", {S::kDayOffset, 0}},
      {"il giorno dopo", {S::kDayOffset, 1, kAnaphoric}},
      {"il giorno successivo", {S::kDayOffset, 1, kAnaphoric}},
      {"l indomani", {S::kDayOffset, 1, kAnaphoric}},
      {"il giorno prima", {S::kDayOffset, -1, kAnaphoric}},
      {"il giorno precedente", {S::kDayOffset, -1, kAnaphoric}},
      {"lo stesso giorno", {S::kDayOffset, 0, kAnaphoric}},
      {"mattina", {S::kPartOfDay}}, {"mattino", {S::kPartOfDay}}, {"mattinata", {S::kPartOfDay}},
      {"pomeriggio", {S::kPartOfDay}}, {"sera", {S::kPartOfDay}}, {"serata", {S::kPartOfDay}},
      {"notte", {S::kPartOfDay}}, {"nottata", {S::kPartOfDay}},
      {"giorno", {S::kUnit, kUnitDay}}, {"giorni", {S::kUnit, kUnitDay}},
      {"settimana", {S::kUnit, kUnitWeek}}, {"settimane", {S::kUnit, kUnitWeek}},
      {"mese", {S::kUnit, kUnitMonth}}, {"mesi", {S::kUnit, kUnitMonth}},
      {"anno", {S::kUnit, kUnitYear, cue}}, {"anni", {S::kUnit, kUnitYear, kPlural}},
      {"un", {S::kCount, 1}}, {"uno", {S::kCount, 1}}, {"una", {S::kCount, 1}},
      {"due", {S::kCount, 2}}, {"tre", {S::kCount, 3}}, {"quattro", {S::kCount, 4}},
      {"cinque", {S::kCount, 5}}, {"sei", {S::kCount, 6}}, {"sette", {S::kCount, 7}},
      {"otto", {S::kCount, 8}}, {"nove", {S::kCount, 9}}, {"dieci", {S::kCount, 10}},
      {"undici", {S::kCount, 11}}, {"dodici", {S::kCount, 12}},
      {"venti", {S::kDecadeWord, 2}}, {"trenta", {S::kDecadeWord, 3}},
      {"quaranta", {S::kDecadeWord, 4}}, {"cinquanta", {S::kDecadeWord, 5}},
      {"sessanta", {S::kDecadeWord, 6}}, {"settanta", {S::kDecadeWord, 7}},
      {"ottanta", {S::kDecadeWord, 8}}, {"novanta", {S::kDecadeWord, 9}},
      {"scorso", {S::kPast, 0, cue}}, {"scorsa", {S::kPast, 0, cue}},
      {"passato", {S::kPast}}, {"passata", {S::kPast}},
      {"prossimo", {S::kNext, 0, cue}}, {"prossima", {S::kNext, 0, cue}},
      {"questo", {S::kThis, 0, cue}}, {"questa", {S::kThis, 0, cue}}, {"quest", {S::kThis, 0, cue}},
      {"fa", {S::kAgoAfter}}, {"dopo", {S::kLater, 0, cue}}, {"piu tardi", {S::kLater}},
      {"prima", {S::kEarlier, 0, cue}},
      {"di", {S::kOf}}, {"del", {S::kOf, 0, cue}},
      {"il", {S::kArticle, 0, cue}}, {"lo", {S::kArticle}}, {"la", {S::kArticle}},
      {"l", {S::kArticle}}, {"i", {S::kArticle}}, {"gli", {S::kArticle}}, {"le", {S::kArticle}},
      {"al", {S::kRangeTo}}, {"e", {S::kRangeTo}},
      {"nel", {S::kNone, 0, cue}}, {"dal", {S::kNone, 0, cue}}, {"fino", {S::kNone, 0, cue}},
      {"entro", {S::kNone, 0, cue}}, {"tra", {S::kNone, 0, cue}}, {"fra", {S::kNone, 0, cue}},
      {"durante", {S::kNone, 0, cue}}, {"inizio", {S::kNone, 0, cue}}, {"fine", {S::kNone, 0, cue}},
      {"meta", {S::kNone, 0, cue}}, {"a", {S::kNone, 0, cue}}, {"in", {S::kNone, 0, cue}},
      {"ha", {S::kNone, 0, kPastCue}}, {"hanno", {S::kNone, 0, kPastCue}},
      {"era", {S::kNone, 0, kPastCue}}, {"erano", {S::kNone, 0, kPastCue}},
      {"fu", {S::kNone, 0, kPastCue}}, {"aveva", {S::kNone, 0, kPastCue}},
      {"stato", {S::kNone, 0, kPastCue}}, {"stata", {S::kNone, 0, kPastCue}},
      {"stati", {S::kNone, 0, kPastCue}}, {"state", {S::kNone, 0, kPastCue}},
      // Holidays; a bare name that is also a word or a name needs a cue ("a Natale", holidays.cpp).
      {"natale", {S::kHoliday, kChristmasDay, kNeedsContext}}, {"vigilia di natale", {S::kHoliday, kChristmasEve}},
      {"capodanno", {S::kHoliday, kNewYearsDay, kNeedsContext}},
      {"san silvestro", {S::kHoliday, kNewYearsEve, kNeedsContext}}, {"epifania", {S::kHoliday, kEpiphany, kNeedsContext}},
      {"ferragosto", {S::kHoliday, kAssumption, kNeedsContext}}, {"ognissanti", {S::kHoliday, kAllSaints, kNeedsContext}},
      {"pasqua", {S::kHoliday, kEasterSunday, kNeedsContext}}, {"pasquetta", {S::kHoliday, kEasterMonday}},
      {"venerdi santo", {S::kHoliday, kGoodFriday}},
      // "la Rivoluzione del 17 Febbraio" began that day: its day stays a date (date_names.cpp).
      {"rivoluzione", {S::kEventName}}, {"rivolta", {S::kEventName}},
  });
  lex.verb_tense = italian_verb_tense;
  lex.holiday_cues = {"per"};
  lex.holiday_qualifiers = {"ebraica", "ortodossa", "cinese"};
  return lex;
}

}  // namespace

const Lexicon& italian_lexicon() {
  static const Lexicon lexicon = build_italian();
  return lexicon;
}

}  // namespace annals::tagging
