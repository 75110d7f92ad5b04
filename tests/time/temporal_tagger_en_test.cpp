// English tagging cases. Most use an article of Thursday 2017-06-08.
#include "tagging_case.h"

namespace annals {
namespace {

constexpr const char* kThursday = "2017-06-08";  // a Thursday
using V = std::vector<std::string>;

const TagCase kAbsolute[] = {
    {kThursday, "The deal was signed on June 8, 2017, in Paris.", {"2017-06-08"}},
    {kThursday, "The deal was signed on June 8 , 2017 , in Paris .", {"2017-06-08"}},
    {kThursday, "It opened 8 June 2017.", {"2017-06-08"}},
    {kThursday, "It opened on the 8th of June.", {"2017-06-08"}},
    {kThursday, "The report is dated 2017-06-08.", {"2017-06-08"}},
    {kThursday, "Results came out on Jan. 5, 2016.", {"2016-01-05"}},
    {kThursday, "The attacks of Sept. 11, 2001 changed everything.", {"2001-09-11"}},
    {kThursday, "He was born on December 25, 1950.", {"1950-12-25"}},
    {kThursday, "It happened on Friday, June 2, 2017.", {"2017-06-02"}},
    {kThursday, "It happened on Friday , June 2 , 2017 .", {"2017-06-02"}},
    {kThursday, "The ruling of 3 March 2015 stands.", {"2015-03-03"}},
    {kThursday, "Payment is due Oct. 31, 2017.", {"2017-10-31"}},
    {kThursday, "The law took effect on Feb. 1, 2009.", {"2009-02-01"}},
    {kThursday, "Filed on Aug 14 2012 by the clerk.", {"2012-08-14"}},
    {kThursday, "The strike began on 1st May 2016.", {"2016-05-01"}},
    {kThursday, "On the 22nd of March, 2016 bombs exploded.", {"2016-03-22"}},
    {kThursday, "The 2nd of January 2011 was cold.", {"2011-01-02"}},
    {kThursday, "It was Nov. 3, 2015.", {"2015-11-03"}},
    {kThursday, "The leap day 29 February 2016 passed quietly.", {"2016-02-29"}},
    {kThursday, "Tuesday, Jan. 10, 2017 was the day.", {"2017-01-10"}},
    {kThursday, "It rained on Wednesday 7 June.", {"2017-06-07"}},
    {kThursday, "JUNE 8, 2017 is printed on the cover.", {"2017-06-08"}},
    {kThursday, "The treaty of 9 November 1989 was historic.", {"1989-11-09"}},
    {kThursday, "Dated Sept 30, 2016 and stamped.", {"2016-09-30"}},
    {kThursday, "(July 4, 1976)", {"1976-07-04"}},
};

const TagCase kNumeric[] = {
    {kThursday, "The form says 6/18/2017.", {"2017-06-18"}},
    {kThursday, "The form says 18/6/2017.", {"2017-06-18"}},
    {kThursday, "The form says 6/8/2017, which could be either.", {}},
    {kThursday, "Posted 12/25/2016 at noon.", {"2016-12-25"}},
    {kThursday, "Posted 3/3/2017.", {"2017-03-03"}},
    {kThursday, "Posted 03/15/17.", {"2017-03-15"}},
    {kThursday, "Posted 2017/06/01 by the editor.", {"2017-06-01"}},
    {kThursday, "The score was 3/4 in favor.", {}},
    {kThursday, "Version 2.0.1 shipped.", {}},
    {kThursday, "See 1/2/3/4 for the steps.", {}},
    {kThursday, "Posted 2017-13-01 by mistake.", {}},
};

const TagCase kYearInference[] = {
    {kThursday, "The vote is on June 12.", {"2017-06-12"}},
    {kThursday, "The vote was on June 1.", {"2017-06-01"}},
    {"2011-01-02", "The fire broke out on December 30.", {"2010-12-30"}},
    {"2011-01-02", "The fire broke out on Dec. 31.", {"2010-12-31"}},
    {"2010-12-30", "The new law takes effect on January 3.", {"2011-01-03"}},
    {"2010-12-30", "The summit will open on Jan. 4.", {"2011-01-04"}},
    {"2011-01-02", "Police said the man died on 28 December.", {"2010-12-28"}},
    {"2010-12-30", "Parliament will meet on the 5th of January.", {"2011-01-05"}},
    {kThursday, "The protests began on February 14.", {"2017-02-14"}},
    {"2011-10-20", "The protests began on February 14.", {"2011-02-14"}},
    {"2011-10-20", "Elections will be held on February 14.", {"2012-02-14"}},
    {"2016-03-01", "It happened on February 29.", {"2016-02-29"}},
    {kThursday, "The strike began Sept. 3.", {"2016-09-03"}},
    {kThursday, "Talks resumed on Jan. 5.", {"2017-01-05"}},
    {kThursday, "Shops will close on Dec. 24.", {"2017-12-24"}},
    {kThursday, "The debate on Oct. 2nd was tense.", {"2016-10-02"}},
    {"2011-08-18", "Eighty people have died since February 15.", {"2011-02-15"}},
};

const TagCase kRanges[] = {
    {kThursday, "The festival runs June 20-22.", {"2017-06-20", "2017-06-22"}},
    {kThursday, "The festival ran from June 3 to June 5.", {"2017-06-03", "2017-06-05"}},
    {kThursday, "Talks were held between March 18 and 20.", {"2017-03-18", "2017-03-20"}},
    {kThursday, "Talks were held 3-5 March 2015.", {"2015-03-03", "2015-03-05"}},
    {kThursday, "The fair ran March 3-5, 2015.", {"2015-03-03", "2015-03-05"}},
    {kThursday, "Votes were counted on March 3 and 12 people were hurt.", {"2017-03-03"}},
    {kThursday, "From 2009 to 2011, prices fell.", {"2009", "2011"}},
};

const TagCase kPartial[] = {
    {kThursday, "Prices rose in March.", {"2017-03"}},
    {kThursday, "The company will report in March.", {"2018-03"}},
    {kThursday, "Prices rose in September.", {"2016-09"}},
    {kThursday, "The plant will close in September.", {"2017-09"}},
    {kThursday, "Sales fell in March 2011.", {"2011-03"}},
    {kThursday, "Sales fell in March , 2011 .", {"2011-03"}},
    {kThursday, "The law was passed in 2011.", {"2011"}},
    {kThursday, "In 2011 prices rose.", {"2011"}},
    {kThursday, "Growth slowed in the 1990s.", {"199"}},
    {kThursday, "It was popular in the '90s.", {"199"}},
    {kThursday, "Jazz boomed in the 1920's.", {"192"}},
    {kThursday, "This year the harvest was poor.", {"2017"}},
    {kThursday, "Earlier this year the bank failed.", {"2017"}},
    {kThursday, "Sales fell last year.", {"2016"}},
    {kThursday, "Elections are due next year.", {"2018"}},
    {kThursday, "Rents rose last month.", {"2017-05"}},
    {kThursday, "The plan starts next month.", {"2017-07"}},
    {kThursday, "Earlier this month, rates fell.", {"2017-06"}},
    {kThursday, "The 2008 crisis hurt everyone.", {"2008"}},
    {kThursday, "By May the stocks had run out.", {"2017-05"}},
    {kThursday, "Stocks ran low at the end of May.", {"2017-05"}},
    {kThursday, "In mid-March the snow melted.", {"2017-03"}},
    {kThursday, "Last March the river flooded.", {"2017-03"}},
    {kThursday, "Next March the bridge opens.", {"2018-03"}},
    {kThursday, "Sales in June were strong.", {"2017-06"}},
    {kThursday, "The vote this May was close.", {"2017-05"}},
    {kThursday, "In early August the army pulled out.", {"2016-08"}},
    {kThursday, "Late last year the bank failed.", {"2016"}},
    {kThursday, "The spending peaked in 2009 and 2010.", {"2009", "2010"}},
    {kThursday, "The war ended in 1945.", {"1945"}},
};

const TagCase kRelative[] = {
    {kThursday, "Today the market fell.", {"2017-06-08"}},
    {kThursday, "Yesterday the market fell.", {"2017-06-07"}},
    {kThursday, "The market opens tomorrow.", {"2017-06-09"}},
    {kThursday, "The talks resume tonight.", {"2017-06-08"}},
    {kThursday, "Fighting broke out last night.", {"2017-06-07"}},
    {kThursday, "This morning the rain stopped.", {"2017-06-08"}},
    {kThursday, "This afternoon ministers met.", {"2017-06-08"}},
    {kThursday, "This evening the mayor speaks.", {"2017-06-08"}},
    {kThursday, "Yesterday morning a bomb exploded.", {"2017-06-07"}},
    {kThursday, "The day before yesterday it snowed.", {"2017-06-06"}},
    {kThursday, "The day after tomorrow they vote.", {"2017-06-10"}},
    {kThursday, "He left two days ago.", {"2017-06-06"}},
    {kThursday, "He left 3 days ago.", {"2017-06-05"}},
    {kThursday, "She resigned a week ago.", {"2017-06-01"}},
    {kThursday, "The firm collapsed two weeks ago.", {"2017-05-25"}},
    {kThursday, "The war began a month ago.", {"2017-05"}},
    {kThursday, "They married two years ago.", {"2015"}},
    {kThursday, "The ban was lifted three months ago.", {"2017-03"}},
    {kThursday, "The firm failed a year ago.", {"2016"}},
    {kThursday, "Last week the minister quit.", {}},
    {kThursday, "Next week the minister quits.", {}},
    {kThursday, "The talks ended on June 1; two days later the truce broke.", {"2017-06-01", "2017-06-03"}},
    {kThursday, "Two days later the truce broke.", {}},
    {kThursday, "The deal was signed on May 3 and the next day shares rose.", {"2017-05-03", "2017-05-04"}},
    {kThursday, "The next day shares rose.", {}},
    {kThursday, "On June 1, the minister resigned; the previous day he had denied it.",
     {"2017-06-01", "2017-05-31"}},
    {kThursday, "On March 3, 2015, a week earlier than planned, the bridge opened.",
     {"2015-03-03", "2015-02-24"}},
    {kThursday, "Officials said on June 5 that the same day a second blast hit.", {"2017-06-05", "2017-06-05"}},
    {kThursday, "Later today the court will rule.", {"2017-06-08"}},
    {kThursday, "Three years ago this month the dam failed.", {"2014", "2017-06"}},
};

// Bare weekdays: past by default and with a past verb, coming with a future one.
const TagCase kWeekdays[] = {
    {kThursday, "The minister resigned on Friday.", {"2017-06-02"}},
    {kThursday, "The minister will resign on Friday.", {"2017-06-09"}},
    {kThursday, "On Monday the court ruled.", {"2017-06-05"}},
    {kThursday, "The court will rule on Monday.", {"2017-06-12"}},
    {kThursday, "Police said on Tuesday that two men were held.", {"2017-06-06"}},
    {kThursday, "Talks on Saturday.", {"2017-06-03"}},
    {kThursday, "He arrived last Friday.", {"2017-06-02"}},
    {kThursday, "He leaves next Tuesday.", {"2017-06-13"}},
    {kThursday, "He arrived last Thursday.", {"2017-06-01"}},
    {kThursday, "He arrives next Thursday.", {"2017-06-15"}},
    {kThursday, "The vote is this Thursday.", {"2017-06-08"}},
    {kThursday, "Friday night's attack killed five.", {"2017-06-02"}},
    {kThursday, "He will fly to Rome on Sunday.", {"2017-06-11"}},
    {kThursday, "She said on Wednesday she would run.", {"2017-06-07"}},
    {kThursday, "She said the vote would take place on Wednesday.", {"2017-06-14"}},
    {kThursday, "Ministers met on Sunday.", {"2017-06-04"}},
    {kThursday, "The results will be announced on Thursday.", {"2017-06-08"}},
    {kThursday, "ON FRIDAY NIGHT the lights went out.", {"2017-06-02"}},
    {"2011-01-02", "The bomb exploded on Friday.", {"2010-12-31"}},
    {"2010-12-30", "Markets will reopen on Monday.", {"2011-01-03"}},
    {kThursday, "The talks, which will resume on Saturday, stalled on Tuesday.", {"2017-06-10", "2017-06-06"}},
    {kThursday, "Friday's vote was cancelled.", {"2017-06-02"}},
    {kThursday, "Wednesday evening the council met.", {"2017-06-07"}},
};

// Numbers and words that are not dates.
const TagCase kNotDates[] = {
    {kThursday, "More than 2,000 people marched.", {}},
    {kThursday, "The bill cost $2011 in total.", {}},
    {kThursday, "About 2000 people marched.", {}},
    {kThursday, "The fighting lasted for three weeks.", {}},
    {kThursday, "The meeting starts at 10:30 a.m.", {}},
    {kThursday, "Version 2.2011 was released.", {}},
    {kThursday, "Airbus delivered its A380 jets.", {}},
    {kThursday, "Inflation hit 20% in the year.", {}},
    {kThursday, "He scored 3-1 in the final.", {}},
    {kThursday, "The vote was 52-48.", {}},
    {kThursday, "Room 1203 was empty.", {}},
    {kThursday, "It weighs 1,998 kilograms.", {}},
    {kThursday, "The patient is 5 feet tall.", {}},
    {kThursday, "March for our lives drew thousands.", {}},
    {kThursday, "They march on the capital.", {}},
    {kThursday, "The new iPhone 8 is out.", {}},
    {kThursday, "Ms. May met the Queen.", {}},
    {kThursday, "May said she would resign.", {}},
    {kThursday, "Protesters may march again.", {}},
    {kThursday, "The March on Washington drew crowds.", {}},
    {kThursday, "He served for two years.", {}},
    {kThursday, "Six months of talks failed.", {}},
    {kThursday, "The rate rose 0.25 points.", {}},
    {kThursday, "Jan said no.", {}},
    {kThursday, "A 2000-page report was leaked.", {}},
    {kThursday, "It cost 2011 euros.", {}},
    {kThursday, "The 24/7 service closed.", {}},
    {kThursday, "The past year was hard.", {}},
    {kThursday, "Call 911 now.", {}},
    {kThursday, "The august institution replied.", {}},
};

TEST(EnglishTagging, AbsoluteDates) { for (const auto& c : kAbsolute) expect_tagged("en", c); }
TEST(EnglishTagging, NumericDatesFollowUsOrderWhenUnambiguous) { for (const auto& c : kNumeric) expect_tagged("en", c); }
TEST(EnglishTagging, YearOfADayAndMonthIsInferredAcrossNewYear) { for (const auto& c : kYearInference) expect_tagged("en", c); }
TEST(EnglishTagging, RangesYieldBothEnds) { for (const auto& c : kRanges) expect_tagged("en", c); }
TEST(EnglishTagging, PartialDatesGiveMonthYearOrDecade) { for (const auto& c : kPartial) expect_tagged("en", c); }
TEST(EnglishTagging, RelativeExpressions) { for (const auto& c : kRelative) expect_tagged("en", c); }
TEST(EnglishTagging, WeekdaysFollowTense) { for (const auto& c : kWeekdays) expect_tagged("en", c); }
TEST(EnglishTagging, NonDatesAreLeftAlone) { for (const auto& c : kNotDates) expect_tagged("en", c); }

TEST(EnglishTagging, HasAtLeast150Cases) {
  std::size_t n = std::size(kAbsolute) + std::size(kNumeric) + std::size(kYearInference) + std::size(kRanges) +
                  std::size(kPartial) + std::size(kRelative) + std::size(kWeekdays) + std::size(kNotDates);
  EXPECT_GE(n, 150u);
}

}  // namespace
}  // namespace annals
