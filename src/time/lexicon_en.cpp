// English temporal vocabulary.
#include "time/holidays.h"
#include "time/lexicon.h"

namespace annals::tagging {

namespace {

Tense english_verb_tense(std::string_view w) {
  // Regular past forms ("announced", "killed"); "need", "speed" are too short or rare in news.
  if (w.size() >= 5 && w.ends_with("ed") && w[0] >= 'a' && w[0] <= 'z') return Tense::kPast;
  return Tense::kNone;
}

Lexicon build_english() {
  constexpr uint8_t ctx = kNeedsContext, abbr = kAbbreviation | kNeedsContext, cue = kTimeCue;
  using S = Sense;
  Lexicon lex = make_lexicon({
      {"january", {S::kMonth, 1}}, {"february", {S::kMonth, 2}}, {"march", {S::kMonth, 3, ctx}},
      {"april", {S::kMonth, 4}}, {"may", {S::kMonth, 5, ctx}}, {"june", {S::kMonth, 6}},
      {"july", {S::kMonth, 7}}, {"august", {S::kMonth, 8}}, {"september", {S::kMonth, 9}},
      {"october", {S::kMonth, 10}}, {"november", {S::kMonth, 11}}, {"december", {S::kMonth, 12}},
      {"jan", {S::kMonth, 1, abbr}}, {"feb", {S::kMonth, 2, abbr}}, {"mar", {S::kMonth, 3, abbr}},
      {"apr", {S::kMonth, 4, abbr}}, {"jun", {S::kMonth, 6, abbr}}, {"jul", {S::kMonth, 7, abbr}},
      {"aug", {S::kMonth, 8, abbr}}, {"sep", {S::kMonth, 9, abbr}}, {"sept", {S::kMonth, 9, abbr}},
      {"oct", {S::kMonth, 10, abbr}}, {"nov", {S::kMonth, 11, abbr}}, {"dec", {S::kMonth, 12, abbr}},
      {"monday", {S::kWeekday, 0}}, {"tuesday", {S::kWeekday, 1}}, {"wednesday", {S::kWeekday, 2}},
      {"thursday", {S::kWeekday, 3}}, {"friday", {S::kWeekday, 4}}, {"saturday", {S::kWeekday, 5}},
      {"sunday", {S::kWeekday, 6}},
      {"today", {S::kDayOffset, 0}}, {"tonight", {S::kDayOffset, 0}},
      {"yesterday", {S::kDayOffset, -1}}, {"tomorrow", {S::kDayOffset, 1}},
      {"last night", {S::kDayOffset, -1}}, {"this morning", {S::kDayOffset, 0}},
      {"this afternoon", {S::kDayOffset, 0}}, {"this evening", {S::kDayOffset, 0}},
      {"the day before yesterday", {S::kDayOffset, -2}},
      {"the day after tomorrow", {S::kDayOffset, 2}},
      {"the next day", {S::kDayOffset, 1, kAnaphoric}},
      {"the following day", {S::kDayOffset, 1, kAnaphoric}},
      {"the day after", {S::kDayOffset, 1, kAnaphoric}},
      {"the previous day", {S::kDayOffset, -1, kAnaphoric}},
      {"the day before", {S::kDayOffset, -1, kAnaphoric}},
      {"the same day", {S::kDayOffset, 0, kAnaphoric}},
      {"morning", {S::kPartOfDay}}, {"afternoon", {S::kPartOfDay}}, {"evening", {S::kPartOfDay}},
      {"night", {S::kPartOfDay}},
      {"day", {S::kUnit, kUnitDay}}, {"days", {S::kUnit, kUnitDay}},
      {"week", {S::kUnit, kUnitWeek}}, {"weeks", {S::kUnit, kUnitWeek}},
      {"month", {S::kUnit, kUnitMonth}}, {"months", {S::kUnit, kUnitMonth}},
      {"year", {S::kUnit, kUnitYear, cue}}, {"years", {S::kUnit, kUnitYear, kPlural}},
      {"a", {S::kCount, 1}}, {"an", {S::kCount, 1}}, {"one", {S::kCount, 1}},
      {"two", {S::kCount, 2}}, {"three", {S::kCount, 3}}, {"four", {S::kCount, 4}},
      {"five", {S::kCount, 5}}, {"six", {S::kCount, 6}}, {"seven", {S::kCount, 7}},
      {"eight", {S::kCount, 8}}, {"nine", {S::kCount, 9}}, {"ten", {S::kCount, 10}},
      {"eleven", {S::kCount, 11}}, {"twelve", {S::kCount, 12}},
      {"last", {S::kPast, 0, cue}}, {"next", {S::kNext, 0, cue}}, {"this", {S::kThis, 0, cue}},
      {"ago", {S::kAgoAfter}}, {"later", {S::kLater}}, {"earlier", {S::kEarlier}},
      {"of", {S::kOf}}, {"the", {S::kArticle, 0, cue}},
      {"to", {S::kRangeTo}}, {"through", {S::kRangeTo}}, {"and", {S::kRangeTo}},
      {"in", {S::kNone, 0, cue}}, {"by", {S::kNone, 0, cue}},
      {"until", {S::kNone, 0, cue}}, {"till", {S::kNone, 0, cue}},
      {"since", {S::kNone, 0, cue | kPastCue}}, {"from", {S::kNone, 0, cue}},
      {"during", {S::kNone, 0, cue}}, {"before", {S::kNone, 0, cue}}, {"after", {S::kNone, 0, cue}},
      {"early", {S::kNone, 0, cue}}, {"late", {S::kNone, 0, cue}}, {"mid", {S::kNone, 0, cue}},
      {"end", {S::kNone, 0, cue}}, {"beginning", {S::kNone, 0, cue}}, {"between", {S::kNone, 0, cue}},
      {"spring", {S::kNone, 0, cue}}, {"summer", {S::kNone, 0, cue}}, {"autumn", {S::kNone, 0, cue}},
      {"fall", {S::kNone, 0, cue}}, {"winter", {S::kNone, 0, cue}}, {"throughout", {S::kNone, 0, cue}},
      {"will", {S::kNone, 0, kFutureCue | kAuxiliary}}, {"ll", {S::kNone, 0, kFutureCue | kAuxiliary}},
      // "said X would happen on Friday" speaks of the coming Friday.
      {"would", {S::kNone, 0, kFutureCue | kAuxiliary}},
      {"be", {S::kNone, 0, kAuxiliary}}, {"been", {S::kNone, 0, kAuxiliary}},
      {"being", {S::kNone, 0, kAuxiliary}}, {"is", {S::kNone, 0, kAuxiliary}},
      {"are", {S::kNone, 0, kAuxiliary}}, {"has", {S::kNone, 0, kAuxiliary}},
      {"have", {S::kNone, 0, kAuxiliary}},
      {"shall", {S::kNone, 0, kFutureCue}}, {"going", {S::kNone, 0, kFutureCue}},
      {"plans", {S::kNone, 0, kFutureCue}}, {"expected", {S::kNone, 0, kFutureCue}},
      {"scheduled", {S::kNone, 0, kFutureCue}}, {"due", {S::kNone, 0, kFutureCue}},
      {"upcoming", {S::kNone, 0, kFutureCue}},
      {"was", {S::kNone, 0, kPastCue | kAuxiliary}}, {"were", {S::kNone, 0, kPastCue | kAuxiliary}},
      {"had", {S::kNone, 0, kPastCue | kAuxiliary}}, {"did", {S::kNone, 0, kPastCue}},
      {"said", {S::kNone, 0, kPastCue}}, {"told", {S::kNone, 0, kPastCue}},
      {"met", {S::kNone, 0, kPastCue}}, {"held", {S::kNone, 0, kPastCue}},
      {"began", {S::kNone, 0, kPastCue}}, {"took", {S::kNone, 0, kPastCue}},
      {"made", {S::kNone, 0, kPastCue}}, {"went", {S::kNone, 0, kPastCue}},
      {"came", {S::kNone, 0, kPastCue}}, {"left", {S::kNone, 0, kPastCue}},
      {"won", {S::kNone, 0, kPastCue}}, {"lost", {S::kNone, 0, kPastCue}},
      {"fell", {S::kNone, 0, kPastCue}}, {"rose", {S::kNone, 0, kPastCue}},
      {"sent", {S::kNone, 0, kPastCue}}, {"gave", {S::kNone, 0, kPastCue}},
      {"saw", {S::kNone, 0, kPastCue}}, {"found", {S::kNone, 0, kPastCue}},
      {"spoke", {S::kNone, 0, kPastCue}}, {"wrote", {S::kNone, 0, kPastCue}},
      {"became", {S::kNone, 0, kPastCue}}, {"struck", {S::kNone, 0, kPastCue}},
      // Holidays; a bare name that is also a word or a name needs a cue ("by Christmas", holidays.cpp).
      {"christmas", {S::kHoliday, kChristmasDay, ctx}}, {"christmas day", {S::kHoliday, kChristmasDay}},
      {"christmas eve", {S::kHoliday, kChristmasEve}}, {"boxing day", {S::kHoliday, kBoxingDay}},
      {"new year s day", {S::kHoliday, kNewYearsDay}}, {"new year s eve", {S::kHoliday, kNewYearsEve}},
      {"valentine s day", {S::kHoliday, kValentinesDay}}, {"halloween", {S::kHoliday, kHalloween, ctx}},
      {"all saints day", {S::kHoliday, kAllSaints}}, {"bastille day", {S::kHoliday, kBastilleDay}},
      {"the fourth of july", {S::kHoliday, kIndependenceUs}}, {"fourth of july", {S::kHoliday, kIndependenceUs}},
      {"easter", {S::kHoliday, kEasterSunday, ctx}}, {"easter sunday", {S::kHoliday, kEasterSunday}},
      {"easter monday", {S::kHoliday, kEasterMonday}}, {"good friday", {S::kHoliday, kGoodFriday}},
      {"thanksgiving", {S::kHoliday, kThanksgivingUs, ctx}}, {"thanksgiving day", {S::kHoliday, kThanksgivingUs}},
      // Groups and places named after a day: "the April 6 Youth Movement",
      // "the 14 July Square"; "the April 20 Deepwater Horizon explosion" is a
      // date, and so is "the February 17 Revolution", which began that day.
      {"movement", {S::kNameHead}}, {"youth", {S::kNameHead}}, {"coalition", {S::kNameHead}},
      {"alliance", {S::kNameHead}}, {"front", {S::kNameHead}}, {"party", {S::kNameHead}},
      {"group", {S::kNameHead}}, {"committee", {S::kNameHead}}, {"brigade", {S::kNameHead}},
      {"brigades", {S::kNameHead}}, {"martyrs", {S::kNameHead}}, {"revolution", {S::kEventName}},
      {"uprising", {S::kEventName}},
      {"square", {S::kNameHead}}, {"street", {S::kNameHead}}, {"bridge", {S::kNameHead}},
      {"avenue", {S::kNameHead}}, {"stadium", {S::kNameHead}}, {"club", {S::kNameHead}},
  });
  lex.month_before_day = true;
  lex.capitalized_names = true;
  lex.modifiers_before_noun = true;
  lex.holiday_cues = {"on", "at", "over", "for"};
  lex.verb_tense = english_verb_tense;
  return lex;
}

}  // namespace

const Lexicon& english_lexicon() {
  static const Lexicon lexicon = build_english();
  return lexicon;
}

}  // namespace annals::tagging
