#include "annals/date.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace annals {
namespace {

TEST(DateTest, ParsesAndPrintsIsoDays) {
  auto d = Date::parse_iso("2009-06-25");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year(), 2009);
  EXPECT_EQ(d->month(), 6u);
  EXPECT_EQ(d->day(), 25u);
  EXPECT_EQ(d->to_string(), "2009-06-25");
}

TEST(DateTest, RejectsMalformedAndImpossibleDays) {
  EXPECT_FALSE(Date::parse_iso("2009-02-29"));
  EXPECT_FALSE(Date::parse_iso("2009-6-25"));
  EXPECT_FALSE(Date::parse_iso("2009-06-25x"));
  EXPECT_FALSE(Date::parse_iso("2011-04-0"));
  EXPECT_TRUE(Date::parse_iso("2008-02-29"));
}

TEST(DateTest, YearsOutsideTheCalendarAreRejected) {
  EXPECT_FALSE(Date::parse_iso("0000-12-31"));
  EXPECT_FALSE(Date::from_ymd(0, 1, 1));
  EXPECT_FALSE(Date::from_ymd(-5, 1, 1));
  EXPECT_FALSE(Date::from_ymd(10000, 1, 1));
  EXPECT_EQ(Date::parse_iso("0001-01-01"), Date::first());
  EXPECT_EQ(Date::parse_iso("9999-12-31"), Date::last());
  EXPECT_EQ(Date::first().days(), Date::kFirstDay);
  EXPECT_EQ(Date::last().days(), Date::kLastDay);
}

TEST(DateTest, ArithmeticSaturatesAtTheCalendarsEnds) {
  // --extend-days 2147483647 once overflowed int32 here (undefined behaviour).
  const Date d = *Date::parse_iso("2011-01-15");
  EXPECT_EQ(d + 2147483647, Date::last());
  EXPECT_EQ(d - 2147483647, Date::first());
  EXPECT_EQ(d + INT64_MIN, Date::first());
  EXPECT_EQ(d - INT64_MIN, Date::last());
  EXPECT_EQ(Date::last() + 1, Date::last());
  EXPECT_EQ(Date::first() - 1, Date::first());
  EXPECT_EQ((Date::last() - 1).to_string(), "9999-12-30");
  EXPECT_EQ(Date::last() - Date::first(), Date::kLastDay - Date::kFirstDay);
  EXPECT_EQ(Date::from_days(INT64_MAX), Date::last());
  EXPECT_EQ(Date::from_days(-3000000), Date::first());
  EXPECT_EQ(Date::first().to_string(), "0001-01-01");
}

TEST(DateTest, ArithmeticCrossesMonthAndYear) {
  auto d = *Date::parse_iso("2010-12-31");
  EXPECT_EQ((d + 1).to_string(), "2011-01-01");
  EXPECT_EQ(*Date::parse_iso("2011-03-01") - *Date::parse_iso("2011-02-01"), 28);
}

TEST(DateTest, WeekdayIsIsoOrder) {
  EXPECT_EQ(Date::parse_iso("2017-06-08")->weekday(), 3u);  // a Thursday
  EXPECT_EQ(Date::parse_iso("1970-01-01")->weekday(), 3u);
  EXPECT_EQ(Date::parse_iso("2024-12-29")->weekday(), 6u);  // a Sunday
}

TEST(DateTest, DaysInMonthKnowsLeapYears) {
  EXPECT_EQ(days_in_month(2000, 2), 29u);
  EXPECT_EQ(days_in_month(1900, 2), 28u);
  EXPECT_EQ(days_in_month(2023, 13), 0u);
}


TEST(DatePeriodTest, WritesWhatTheGranularityKnows) {
  const Date first = *Date::parse_iso("2011-03-01");
  EXPECT_EQ(iso_string(*Date::parse_iso("2011-03-07"), Granularity::kDay), "2011-03-07");
  EXPECT_EQ(iso_string(first, Granularity::kMonth), "2011-03");
  EXPECT_EQ(iso_string(*Date::parse_iso("1918-01-01"), Granularity::kYear), "1918");
  EXPECT_EQ(iso_string(*Date::parse_iso("1990-01-01"), Granularity::kDecade), "199");
}

TEST(DatePeriodTest, ReadsDaysMonthsAndYears) {
  auto month = parse_iso_period("2011-03");
  ASSERT_TRUE(month);
  EXPECT_EQ(month->first_day, *Date::parse_iso("2011-03-01"));
  EXPECT_EQ(month->granularity, Granularity::kMonth);
  auto year = parse_iso_period("1918");
  ASSERT_TRUE(year);
  EXPECT_EQ(year->first_day, *Date::parse_iso("1918-01-01"));
  EXPECT_EQ(year->granularity, Granularity::kYear);
  auto day = parse_iso_period("2011-03-07");
  ASSERT_TRUE(day);
  EXPECT_EQ(day->first_day, *Date::parse_iso("2011-03-07"));
  EXPECT_EQ(day->granularity, Granularity::kDay);
  for (const char* bad : {"2011-13", "2011-3", "201", "2011-03-32", "2011-03-07 ", "11-03", "0000", "2011/03"})
    EXPECT_FALSE(parse_iso_period(bad)) << bad;
  EXPECT_TRUE(has_iso_period_shape("2011-13"));
  EXPECT_FALSE(has_iso_period_shape("2011-1"));
}

TEST(DatePeriodTest, KnowsItsLastDay) {
  const DatePeriod february{*Date::parse_iso("2012-02-01"), Granularity::kMonth};
  EXPECT_EQ(february.last_day(), *Date::parse_iso("2012-02-29"));
  EXPECT_TRUE(february.contains(*Date::parse_iso("2012-02-29")));
  EXPECT_FALSE(february.contains(*Date::parse_iso("2012-03-01")));
  const DatePeriod year{*Date::parse_iso("1918-01-01"), Granularity::kYear};
  EXPECT_EQ(year.last_day(), *Date::parse_iso("1918-12-31"));
  const DatePeriod day{*Date::parse_iso("2011-03-07"), Granularity::kDay};
  EXPECT_TRUE(day.contains(*Date::parse_iso("2011-03-07")));
  EXPECT_FALSE(day.contains(*Date::parse_iso("2011-03-08")));
}

}  // namespace
}  // namespace annals
