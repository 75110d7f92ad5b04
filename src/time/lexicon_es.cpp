// Spanish temporal vocabulary.
#include "time/holidays.h"
#include "time/lexicon.h"

namespace annals::tagging {

namespace {

Tense spanish_verb_tense(std::string_view w) {
  // Future: "será", "anunciarán", "iremos"; preterite: "anunció", "llegaron", "dijeron".
  if (w.ends_with("r\xC3\xA1") || w.ends_with("r\xC3\xA1n") || w.ends_with("remos")) return Tense::kFuture;
  if (w.size() >= 4 && (w.ends_with("\xC3\xB3") || w.ends_with("aron") || w.ends_with("ieron")))
    return Tense::kPast;
  return Tense::kNone;
}

Lexicon build_spanish() {
  constexpr uint8_t abbr = kAbbreviation | kNeedsContext, cue = kTimeCue;
  using S = Sense;
  Lexicon lex = make_lexicon({
      {"enero", {S::kMonth, 1}}, {"febrero", {S::kMonth, 2}}, {"marzo", {S::kMonth, 3}},
      {"abril", {S::kMonth, 4}}, {"mayo", {S::kMonth, 5}}, {"junio", {S::kMonth, 6}},
      {"julio", {S::kMonth, 7}}, {"agosto", {S::kMonth, 8}}, {"septiembre", {S::kMonth, 9}},
      {"setiembre", {S::kMonth, 9}}, {"octubre", {S::kMonth, 10}}, {"noviembre", {S::kMonth, 11}},
      {"diciembre", {S::kMonth, 12}},
      {"ene", {S::kMonth, 1, abbr}}, {"feb", {S::kMonth, 2, abbr}}, {"mar", {S::kMonth, 3, abbr}},
      {"abr", {S::kMonth, 4, abbr}}, {"jun", {S::kMonth, 6, abbr}}, {"jul", {S::kMonth, 7, abbr}},
      {"ago", {S::kMonth, 8, abbr}}, {"sep", {S::kMonth, 9, abbr}}, {"sept", {S::kMonth, 9, abbr}},
      {"oct", {S::kMonth, 10, abbr}}, {"nov", {S::kMonth, 11, abbr}}, {"dic", {S::kMonth, 12, abbr}},
      {"lunes", {S::kWeekday, 0}}, {"martes", {S::kWeekday, 1}}, {"miercoles", {S::kWeekday, 2}},
      {"jueves", {S::kWeekday, 3}}, {"viernes", {S::kWeekday, 4}}, {"sabado", {S::kWeekday, 5}},
      {"domingo", {S::kWeekday, 6}},
      {"hoy", {S::kDayOffset, 0}}, {"ayer", {S::kDayOffset, -1}}, {"manana", {S::kDayOffset, 1}},
      {"anoche", {S::kDayOffset, -1}}, {"la pasada noche", {S::kDayOffset, -1}},
      {"la noche pasada", {S::kDayOffset, -1}}, {"anteayer", {S::kDayOffset, -2}},
      {"antier", {S::kDayOffset, -2}}, {"antes de ayer", {S::kDayOffset, -2}},
      {"anteanoche", {S::kDayOffset, -2}}, {"pasado manana", {S::kDayOffset, 2}},
      {"esta manana", {S::kDayOffset, 0}}, {"esta tarde", {S::kDayOffset, 0}},
      {"esta noche", {S::kDayOffset, 0}}, {"esta madrugada", {S::kDayOffset, 0}},
      // "Nowadays" and "in the morning" are not days.
      {"hoy en dia", {S::kNone}}, {"hoy dia", {S::kNone}}, {"la manana", {S::kPartOfDay}},
      {"al dia siguiente", {S::kDayOffset, 1, kAnaphoric}},
      {"el dia siguiente", {S::kDayOffset, 1, kAnaphoric}},
      {"el dia anterior", {S::kDayOffset, -1, kAnaphoric}},
      {"la vispera", {S::kDayOffset, -1, kAnaphoric}},
      {"ese mismo dia", {S::kDayOffset, 0, kAnaphoric}},
      {"el mismo dia", {S::kDayOffset, 0, kAnaphoric}},
      {"tarde", {S::kPartOfDay}}, {"noche", {S::kPartOfDay}}, {"madrugada", {S::kPartOfDay}},
      {"mediodia", {S::kPartOfDay}},
      {"dia", {S::kUnit, kUnitDay}}, {"dias", {S::kUnit, kUnitDay}},
      {"semana", {S::kUnit, kUnitWeek}}, {"semanas", {S::kUnit, kUnitWeek}},
      {"mes", {S::kUnit, kUnitMonth}}, {"meses", {S::kUnit, kUnitMonth}},
      {"ano", {S::kUnit, kUnitYear, cue}}, {"anos", {S::kUnit, kUnitYear, kPlural}},
      {"un", {S::kCount, 1}}, {"una", {S::kCount, 1}}, {"uno", {S::kCount, 1}},
      {"dos", {S::kCount, 2}}, {"tres", {S::kCount, 3}}, {"cuatro", {S::kCount, 4}},
      {"cinco", {S::kCount, 5}}, {"seis", {S::kCount, 6}}, {"siete", {S::kCount, 7}},
      {"ocho", {S::kCount, 8}}, {"nueve", {S::kCount, 9}}, {"diez", {S::kCount, 10}},
      {"once", {S::kCount, 11}}, {"doce", {S::kCount, 12}},
      {"veinte", {S::kDecadeWord, 2}}, {"treinta", {S::kDecadeWord, 3}},
      {"cuarenta", {S::kDecadeWord, 4}}, {"cincuenta", {S::kDecadeWord, 5}},
      {"sesenta", {S::kDecadeWord, 6}}, {"setenta", {S::kDecadeWord, 7}},
      {"ochenta", {S::kDecadeWord, 8}}, {"noventa", {S::kDecadeWord, 9}},
      {"pasado", {S::kPast, 0, cue}}, {"pasada", {S::kPast, 0, cue}},
      {"proximo", {S::kNext, 0, cue}}, {"proxima", {S::kNext, 0, cue}},
      {"que viene", {S::kNext}},
      {"este", {S::kThis, 0, cue}}, {"esta", {S::kThis, 0, cue}},
      {"hace", {S::kAgoBefore}}, {"despues", {S::kLater, 0, cue}}, {"mas tarde", {S::kLater}},
      {"antes", {S::kEarlier, 0, cue}},
      {"de", {S::kOf}}, {"del", {S::kOf, 0, cue}},
      {"el", {S::kArticle, 0, cue}}, {"la", {S::kArticle}}, {"los", {S::kArticle}},
      {"las", {S::kArticle}}, {"su", {S::kArticle}}, {"sus", {S::kArticle}},
      {"al", {S::kRangeTo}}, {"a", {S::kRangeTo, 0, cue}}, {"y", {S::kRangeTo}},
      {"en", {S::kNone, 0, cue}}, {"desde", {S::kNone, 0, cue}}, {"hasta", {S::kNone, 0, cue}},
      {"para", {S::kNone, 0, cue}}, {"entre", {S::kNone, 0, cue}}, {"durante", {S::kNone, 0, cue}},
      {"principios", {S::kNone, 0, cue}}, {"finales", {S::kNone, 0, cue}},
      {"mediados", {S::kNone, 0, cue}}, {"inicios", {S::kNone, 0, cue}},
      {"comienzos", {S::kNone, 0, cue}}, {"fines", {S::kNone, 0, cue}},
      {"va", {S::kNone, 0, kFutureCue}}, {"van", {S::kNone, 0, kFutureCue}},
      {"vamos", {S::kNone, 0, kFutureCue}}, {"preve", {S::kNone, 0, kFutureCue}},
      {"fue", {S::kNone, 0, kPastCue}}, {"fueron", {S::kNone, 0, kPastCue}},
      {"dijo", {S::kNone, 0, kPastCue}}, {"hizo", {S::kNone, 0, kPastCue}},
      {"ha", {S::kNone, 0, kPastCue}}, {"han", {S::kNone, 0, kPastCue}},
      {"el manana", {S::kNone}},  // "the future"
      {"habia", {S::kNone, 0, kPastCue}}, {"era", {S::kNone, 0, kPastCue}},
      {"estuvo", {S::kNone, 0, kPastCue}}, {"tuvo", {S::kNone, 0, kPastCue}},
      // Holidays; a bare name that is also a word or a name needs a cue ("en Navidad", holidays.cpp).
      {"navidad", {S::kHoliday, kChristmasDay, kNeedsContext}}, {"dia de navidad", {S::kHoliday, kChristmasDay}},
      {"nochebuena", {S::kHoliday, kChristmasEve}}, {"nochevieja", {S::kHoliday, kNewYearsEve}},
      {"dia de ano nuevo", {S::kHoliday, kNewYearsDay}}, {"dia de reyes", {S::kHoliday, kEpiphany}},
      {"pascua", {S::kHoliday, kEasterSunday, kNeedsContext}}, {"domingo de pascua", {S::kHoliday, kEasterSunday}},
      {"domingo de resurreccion", {S::kHoliday, kEasterSunday}}, {"viernes santo", {S::kHoliday, kGoodFriday}},
      {"lunes de pascua", {S::kHoliday, kEasterMonday}},
      // "Revolución del 25 de Enero" began that day: its day stays a date (date_names.cpp).
      {"revolucion", {S::kEventName}}, {"revuelta", {S::kEventName}},
  });
  lex.verb_tense = spanish_verb_tense;
  lex.holiday_cues = {"por"};
  lex.holiday_qualifiers = {"judia", "ortodoxa", "china"};
  return lex;
}

}  // namespace

const Lexicon& spanish_lexicon() {
  static const Lexicon lexicon = build_spanish();
  return lexicon;
}

}  // namespace annals::tagging
