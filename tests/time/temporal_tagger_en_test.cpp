// English tagging cases. Most use an article of Thursday 2017-06-08.
#include "tagging_case.h"

namespace annals {
namespace {

constexpr const char* kThu = "2017-06-08";  // a Thursday
using V = std::vector<std::string>;

const TagCase kAbsolute[] = {
    {kThu, "The deal was signed on June 8, 2017, in Paris.", {"2017-06-08"}},
    {kThu, "The deal was signed on June 8 , 2017 , in Paris .", {"2017-06-08"}},
    {kThu, "It opened 8 June 2017.", {"2017-06-08"}},
    {kThu, "It opened on the 8th of June.", {"2017-06-08"}},
    {kThu, "The report is dated 2017-06-08.", {"2017-06-08"}},
    {kThu, "Results came out on Jan. 5, 2016.", {"2016-01-05"}},
    {kThu, "The attacks of Sept. 11, 2001 changed everything.", {"2001-09-11"}},
    {kThu, "He was born on December 25, 1950.", {"1950-12-25"}},
    {kThu, "It happened on Friday, June 2, 2017.", {"2017-06-02"}},
    {kThu, "It happened on Friday , June 2 , 2017 .", {"2017-06-02"}},
    {kThu, "The ruling of 3 March 2015 stands.", {"2015-03-03"}},
    {kThu, "Payment is due Oct. 31, 2017.", {"2017-10-31"}},
    {kThu, "The law took effect on Feb. 1, 2009.", {"2009-02-01"}},
    {kThu, "Filed on Aug 14 2012 by the clerk.", {"2012-08-14"}},
    {kThu, "The strike began on 1st May 2016.", {"2016-05-01"}},
    {kThu, "On the 22nd of March, 2016 bombs exploded.", {"2016-03-22"}},
    {kThu, "The 2nd of January 2011 was cold.", {"2011-01-02"}},
    {kThu, "It was Nov. 3, 2015.", {"2015-11-03"}},
    {kThu, "The leap day 29 February 2016 passed quietly.", {"2016-02-29"}},
    {kThu, "Tuesday, Jan. 10, 2017 was the day.", {"2017-01-10"}},
    {kThu, "It rained on Wednesday 7 June.", {"2017-06-07"}},
    {kThu, "JUNE 8, 2017 is printed on the cover.", {"2017-06-08"}},
    {kThu, "The treaty of 9 November 1989 was historic.", {"1989-11-09"}},
    {kThu, "Dated Sept 30, 2016 and stamped.", {"2016-09-30"}},
    {kThu, "(July 4, 1976)", {"1976-07-04"}},
};

const TagCase kNumeric[] = {
    {kThu, "The form says 6/18/2017.", {"2017-06-18"}},
    {kThu, "The form says 18/6/2017.", {"2017-06-18"}},
    {kThu, "The form says 6/8/2017, which could be either.", {}},
    {kThu, "Posted 12/25/2016 at noon.", {"2016-12-25"}},
    {kThu, "Posted 3/3/2017.", {"2017-03-03"}},
    {kThu, "Posted 03/15/17.", {"2017-03-15"}},
    {kThu, "Posted 2017/06/01 by the editor.", {"2017-06-01"}},
    {kThu, "The score was 3/4 in favor.", {}},
    {kThu, "Version 2.0.1 shipped.", {}},
    {kThu, "See 1/2/3/4 for the steps.", {}},
    {kThu, "Posted 2017-13-01 by mistake.", {}},
};

const TagCase kYearInference[] = {
    {kThu, "The vote is on June 12.", {"2017-06-12"}},
    {kThu, "The vote was on June 1.", {"2017-06-01"}},
    {"2011-01-02", "The fire broke out on December 30.", {"2010-12-30"}},
    {"2011-01-02", "The fire broke out on Dec. 31.", {"2010-12-31"}},
    {"2010-12-30", "The new law takes effect on January 3.", {"2011-01-03"}},
    {"2010-12-30", "The summit will open on Jan. 4.", {"2011-01-04"}},
    {"2011-01-02", "Police said the man died on 28 December.", {"2010-12-28"}},
    {"2010-12-30", "Parliament will meet on the 5th of January.", {"2011-01-05"}},
    {kThu, "The protests began on February 14.", {"2017-02-14"}},
    {"2011-10-20", "The protests began on February 14.", {"2011-02-14"}},
    {"2011-10-20", "Elections will be held on February 14.", {"2012-02-14"}},
    {"2016-03-01", "It happened on February 29.", {"2016-02-29"}},
    {kThu, "The strike began Sept. 3.", {"2016-09-03"}},
    {kThu, "Talks resumed on Jan. 5.", {"2017-01-05"}},
    {kThu, "Shops will close on Dec. 24.", {"2017-12-24"}},
    {kThu, "The debate on Oct. 2nd was tense.", {"2016-10-02"}},
    {"2011-08-18", "Eighty people have died since February 15.", {"2011-02-15"}},
};

const TagCase kRanges[] = {
    {kThu, "The festival runs June 20-22.", {"2017-06-20", "2017-06-22"}},
    {kThu, "The festival ran from June 3 to June 5.", {"2017-06-03", "2017-06-05"}},
    {kThu, "Talks were held between March 18 and 20.", {"2017-03-18", "2017-03-20"}},
    {kThu, "Talks were held 3-5 March 2015.", {"2015-03-03", "2015-03-05"}},
    {kThu, "The fair ran March 3-5, 2015.", {"2015-03-03", "2015-03-05"}},
    {kThu, "Votes were counted on March 3 and 12 people were hurt.", {"2017-03-03"}},
    {kThu, "From 2009 to 2011, prices fell.", {"2009", "2011"}},
};

const TagCase kPartial[] = {
    {kThu, "Prices rose in March.", {"2017-03"}},
    {kThu, "The company will report in March.", {"2018-03"}},
    {kThu, "Prices rose in September.", {"2016-09"}},
    {kThu, "The plant will close in September.", {"2017-09"}},
    {kThu, "Sales fell in March 2011.", {"2011-03"}},
    {kThu, "Sales fell in March , 2011 .", {"2011-03"}},
    {kThu, "The law was passed in 2011.", {"2011"}},
    {kThu, "In 2011 prices rose.", {"2011"}},
    {kThu, "Growth slowed in the 1990s.", {"199"}},
    {kThu, "It was popular in the '90s.", {"199"}},
    {kThu, "Jazz boomed in the 1920's.", {"192"}},
    {kThu, "This year the harvest was poor.", {"2017"}},
    {kThu, "Earlier this year the bank failed.", {"2017"}},
    {kThu, "Sales fell last year.", {"2016"}},
    {kThu, "Elections are due next year.", {"2018"}},
    {kThu, "Rents rose last month.", {"2017-05"}},
    {kThu, "The plan starts next month.", {"2017-07"}},
    {kThu, "Earlier this month, rates fell.", {"2017-06"}},
    {kThu, "The 2008 crisis hurt everyone.", {"2008"}},
    {kThu, "By May the stocks had run out.", {"2017-05"}},
    {kThu, "Stocks ran low at the end of May.", {"2017-05"}},
    {kThu, "In mid-March the snow melted.", {"2017-03"}},
    {kThu, "Last March the river flooded.", {"2017-03"}},
    {kThu, "Next March the bridge opens.", {"2018-03"}},
    {kThu, "Sales in June were strong.", {"2017-06"}},
    {kThu, "The vote this May was close.", {"2017-05"}},
    {kThu, "In early August the army pulled out.", {"2016-08"}},
    {kThu, "Late last year the bank failed.", {"2016"}},
    {kThu, "The spending peaked in 2009 and 2010.", {"2009", "2010"}},
    {kThu, "The war ended in 1945.", {"1945"}},
};

const TagCase kRelative[] = {
    {kThu, "Today the market fell.", {"2017-06-08"}},
    {kThu, "Yesterday the market fell.", {"2017-06-07"}},
    {kThu, "The market opens tomorrow.", {"2017-06-09"}},
    {kThu, "The talks resume tonight.", {"2017-06-08"}},
    {kThu, "Fighting broke out last night.", {"2017-06-07"}},
    {kThu, "This morning the rain stopped.", {"2017-06-08"}},
    {kThu, "This afternoon ministers met.", {"2017-06-08"}},
    {kThu, "This evening the mayor speaks.", {"2017-06-08"}},
    {kThu, "Yesterday morning a bomb exploded.", {"2017-06-07"}},
    {kThu, "The day before yesterday it snowed.", {"2017-06-06"}},
    {kThu, "The day after tomorrow they vote.", {"2017-06-10"}},
    {kThu, "He left two days ago.", {"2017-06-06"}},
    {kThu, "He left 3 days ago.", {"2017-06-05"}},
    {kThu, "She resigned a week ago.", {"2017-06-01"}},
    {kThu, "The firm collapsed two weeks ago.", {"2017-05-25"}},
    {kThu, "The war began a month ago.", {"2017-05"}},
    {kThu, "They married two years ago.", {"2015"}},
    {kThu, "The ban was lifted three months ago.", {"2017-03"}},
    {kThu, "The firm failed a year ago.", {"2016"}},
    {kThu, "Last week the minister quit.", {}},
    {kThu, "Next week the minister quits.", {}},
    {kThu, "The talks ended on June 1; two days later the truce broke.", {"2017-06-01", "2017-06-03"}},
    {kThu, "Two days later the truce broke.", {}},
    {kThu, "The deal was signed on May 3 and the next day shares rose.", {"2017-05-03", "2017-05-04"}},
    {kThu, "The next day shares rose.", {}},
    {kThu, "On June 1, the minister resigned; the previous day he had denied it.",
     {"2017-06-01", "2017-05-31"}},
    {kThu, "On March 3, 2015, a week earlier than planned, the bridge opened.",
     {"2015-03-03", "2015-02-24"}},
    {kThu, "Officials said on June 5 that the same day a second blast hit.", {"2017-06-05", "2017-06-05"}},
    {kThu, "Later today the court will rule.", {"2017-06-08"}},
    {kThu, "Three years ago this month the dam failed.", {"2014", "2017-06"}},
};

// Bare weekdays: past by default and with a past verb, coming with a future one.
const TagCase kWeekdays[] = {
    {kThu, "The minister resigned on Friday.", {"2017-06-02"}},
    {kThu, "The minister will resign on Friday.", {"2017-06-09"}},
    {kThu, "On Monday the court ruled.", {"2017-06-05"}},
    {kThu, "The court will rule on Monday.", {"2017-06-12"}},
    {kThu, "Police said on Tuesday that two men were held.", {"2017-06-06"}},
    {kThu, "Talks on Saturday.", {"2017-06-03"}},
    {kThu, "He arrived last Friday.", {"2017-06-02"}},
    {kThu, "He leaves next Tuesday.", {"2017-06-13"}},
    {kThu, "He arrived last Thursday.", {"2017-06-01"}},
    {kThu, "He arrives next Thursday.", {"2017-06-15"}},
    {kThu, "The vote is this Thursday.", {"2017-06-08"}},
    {kThu, "Friday night's attack killed five.", {"2017-06-02"}},
    {kThu, "He will fly to Rome on Sunday.", {"2017-06-11"}},
    {kThu, "She said on Wednesday she would run.", {"2017-06-07"}},
    {kThu, "She said the vote would take place on Wednesday.", {"2017-06-14"}},
    {kThu, "Ministers met on Sunday.", {"2017-06-04"}},
    {kThu, "The results will be announced on Thursday.", {"2017-06-08"}},
    {kThu, "ON FRIDAY NIGHT the lights went out.", {"2017-06-02"}},
    {"2011-01-02", "The bomb exploded on Friday.", {"2010-12-31"}},
    {"2010-12-30", "Markets will reopen on Monday.", {"2011-01-03"}},
    {kThu, "The talks, which will resume on Saturday, stalled on Tuesday.", {"2017-06-10", "2017-06-06"}},
    {kThu, "Friday's vote was cancelled.", {"2017-06-02"}},
    {kThu, "Wednesday evening the council met.", {"2017-06-07"}},
};

// Numbers and words that are not dates.
const TagCase kNotDates[] = {
    {kThu, "More than 2,000 people marched.", {}},
    {kThu, "The bill cost $2011 in total.", {}},
    {kThu, "About 2000 people marched.", {}},
    {kThu, "The fighting lasted for three weeks.", {}},
    {kThu, "The meeting starts at 10:30 a.m.", {}},
    {kThu, "Version 2.2011 was released.", {}},
    {kThu, "Airbus delivered its A380 jets.", {}},
    {kThu, "Inflation hit 20% in the year.", {}},
    {kThu, "He scored 3-1 in the final.", {}},
    {kThu, "The vote was 52-48.", {}},
    {kThu, "Room 1203 was empty.", {}},
    {kThu, "It weighs 1,998 kilograms.", {}},
    {kThu, "The patient is 5 feet tall.", {}},
    {kThu, "March for our lives drew thousands.", {}},
    {kThu, "They march on the capital.", {}},
    {kThu, "The new iPhone 8 is out.", {}},
    {kThu, "Ms. May met the Queen.", {}},
    {kThu, "May said she would resign.", {}},
    {kThu, "Protesters may march again.", {}},
    {kThu, "The March on Washington drew crowds.", {}},
    {kThu, "He served for two years.", {}},
    {kThu, "Six months of talks failed.", {}},
    {kThu, "The rate rose 0.25 points.", {}},
    {kThu, "Jan said no.", {}},
    {kThu, "A 2000-page report was leaked.", {}},
    {kThu, "It cost 2011 euros.", {}},
    {kThu, "The 24/7 service closed.", {}},
    {kThu, "The past year was hard.", {}},
    {kThu, "Call 911 now.", {}},
    {kThu, "The august institution replied.", {}},
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
