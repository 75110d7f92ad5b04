// Holidays: the day each falls on in a year, and holiday names in sentences
// of each language. Expected days are worked out by hand (Easter from
// published tables), never produced by the tagger.
#include "time/holidays.h"

#include <gtest/gtest.h>

#include "tagging_case.h"

namespace annals {
namespace {

std::string day_of(tagging::Holiday holiday, int year) {
  const std::optional<Date> day = tagging::holiday_in_year(holiday, year);
  return day ? day->to_string() : "none";
}

TEST(HolidayInYear, EasterAndTheDaysCountedFromIt) {
  EXPECT_EQ(day_of(tagging::kEasterSunday, 2008), "2008-03-23");
  EXPECT_EQ(day_of(tagging::kEasterSunday, 2009), "2009-04-12");
  EXPECT_EQ(day_of(tagging::kEasterSunday, 2011), "2011-04-24");
  EXPECT_EQ(day_of(tagging::kEasterSunday, 2024), "2024-03-31");
  EXPECT_EQ(day_of(tagging::kEasterSunday, 1818), "1818-03-22");  // the earliest possible
  EXPECT_EQ(day_of(tagging::kEasterSunday, 2038), "2038-04-25");  // the latest possible
  EXPECT_EQ(day_of(tagging::kGoodFriday, 2011), "2011-04-22");
  EXPECT_EQ(day_of(tagging::kEasterMonday, 2010), "2010-04-05");
  // Before the Gregorian calendar, and outside the dates annals holds, there is none.
  EXPECT_EQ(day_of(tagging::kEasterSunday, 1500), "none");
  EXPECT_EQ(day_of(tagging::kThanksgivingUs, 0), "none");
  EXPECT_EQ(day_of(tagging::kChristmasDay, 10000), "none");
}

TEST(HolidayInYear, FixedDaysAndThanksgiving) {
  EXPECT_EQ(day_of(tagging::kChristmasEve, 2010), "2010-12-24");
  EXPECT_EQ(day_of(tagging::kBoxingDay, 2010), "2010-12-26");
  EXPECT_EQ(day_of(tagging::kAssumption, 2011), "2011-08-15");
  EXPECT_EQ(day_of(tagging::kThanksgivingUs, 2008), "2008-11-27");
  EXPECT_EQ(day_of(tagging::kThanksgivingUs, 2010), "2010-11-25");
  EXPECT_EQ(day_of(tagging::kThanksgivingUs, 2024), "2024-11-28");  // November 1 a Friday
}

// Published on Thursday 17 February 2011 (kThu).
const TagCase kEnglishHolidays[] = {
    {kThu, "The troops came home on Christmas Day.", {"2010-12-25"}},
    {kThu, "Crowds gathered on New Year's Eve.", {"2010-12-31"}},
    {kThu, "He last spoke at Christmas 2008.", {"2008-12-25"}},
    {kThu, "Last Easter he resigned.", {"2010-04-04"}},
    {kThu, "Next Easter the talks resume.", {"2011-04-24"}},
    {kThu, "The vote is due on Good Friday.", {"2011-04-22"}},
    {kThu, "The leader will step down by Thanksgiving.", {"2011-11-24"}},
    {kThu, "On the Fourth of July, fireworks lit the sky.", {"2010-07-04"}},
    {kThu, "Retailers expect strong sales this Christmas.", {"2010-12-25"}},
    {"2011-12-28", "He was in jail at Christmas last year.", {"2010-12-25"}},
    {"2011-03-01", "He will be back at Easter next year.", {"2012-04-08"}},
    // Not days: a place, a season's trade, a bare name without a cue.
    {kThu, "Refugees were held on Christmas Island.", {}},
    {kThu, "Christmas shopping fell sharply.", {}},
    {kThu, "They sang Christmas carols in the square.", {}},
    // An article is no cue, and a holiday before a noun names a thing or an event.
    {kThu, "The Christmas market opened early.", {}},
    {kThu, "During the Christmas holidays the office was closed.", {}},
    {kThu, "Spending on Christmas presents fell.", {}},
    {kThu, "The New Year's Eve party was cancelled.", {}},
    {kThu, "The Boxing Day tsunami struck the coast.", {}},
    {kThu, "He signed the Good Friday Agreement in 1998.", {"1998"}},
    // Titles: a capitalised cue or modifier in mid-sentence.
    {kThu, "The band released Last Christmas in 1984.", {"1984"}},
    {kThu, "They watched The Nightmare Before Christmas again.", {}},
    // A count after the name is no year.
    {kThu, "On Christmas Eve 1200 people were rescued.", {"2010-12-24"}},
    // Prepositions that let a holiday be a day have no other sense.
    {kThu, "The March 15 Campaign For Youth held a rally.", {}},
};

const TagCase kSpanishHolidays[] = {
    {kThu, "En Nochevieja hubo fiesta en la plaza.", {"2010-12-31"}},
    {kThu, "Desde la Navidad no hay agua en el barrio.", {"2010-12-25"}},
    {kThu, "El Viernes Santo habrá procesiones.", {"2011-04-22"}},
    {kThu, "Antes de Navidad de 2009 llegó la ayuda.", {"2009-12-25"}},
    {kThu, "El barco viajó a la Isla de Pascua.", {}},
    {kThu, "La Navidad pasada fue triste.", {"2010-12-25"}},
    {kThu, "Durante la Pascua judía la ciudad calló.", {}},  // Passover
};

const TagCase kFrenchHolidays[] = {
    {kThu, "Il est parti à Noël.", {"2010-12-25"}},
    {kThu, "La veille de Noël, il neigeait.", {"2010-12-24"}},
    {kThu, "Le lundi de Pâques 2011 sera férié.", {"2011-04-25"}},
    {kThu, "Depuis la Toussaint, rien n'a changé.", {"2010-11-01"}},
    {kThu, "Noël Mamère a parlé hier.", {"2011-02-16"}},  // a name, not Christmas
    {kThu, "Il est parti Noël dernier.", {"2010-12-25"}},
    // "a" (has) lets a holiday be a day and still puts the sentence in the past.
    {"2011-06-15", "Le ministre a dit vendredi qu'il démissionnera.", {"2011-06-10"}},
    {kThu, "2010 a été une année difficile.", {"2010"}},
};

const TagCase kItalianHolidays[] = {
    {kThu, "A Natale la città era in festa.", {"2010-12-25"}},
    {kThu, "La vigilia di Natale nevicava.", {"2010-12-24"}},
    {kThu, "Dopo Pasqua si voterà.", {"2011-04-24"}},
    {kThu, "A Ferragosto il museo chiude.", {"2010-08-15"}},
    {kThu, "Natale Rossi ha parlato.", {}},
    {kThu, "Il Natale è una festa per tutti.", {}},  // an article is no cue
    {kThu, "Il Natale scorso è stato triste.", {"2010-12-25"}},
};

TEST(HolidayTagging, English) {
  for (const auto& c : kEnglishHolidays) expect_tagged("en", c);
}
TEST(HolidayTagging, Spanish) {
  for (const auto& c : kSpanishHolidays) expect_tagged("es", c);
}
TEST(HolidayTagging, French) {
  for (const auto& c : kFrenchHolidays) expect_tagged("fr", c);
}
TEST(HolidayTagging, Italian) {
  for (const auto& c : kItalianHolidays) expect_tagged("it", c);
}

TEST(HolidayTagging, TheMentionSpansTheModifierAndTheYear) {
  const std::string sentence = "Last Easter and Christmas, 2008 were quiet.";
  const auto mentions = TemporalTagger("en").tag(sentence, *Date::parse_iso(kThu));
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(sentence.substr(mentions[0].begin, mentions[0].end - mentions[0].begin), "Last Easter");
  EXPECT_EQ(sentence.substr(mentions[1].begin, mentions[1].end - mentions[1].begin), "Christmas, 2008");
}

}  // namespace
}  // namespace annals
