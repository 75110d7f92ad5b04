#include "ingest/timestamp.h"

#include <gtest/gtest.h>

namespace annals::ingest {
namespace {

TEST(Timestamp, AcceptsIsoDatesAndDateTimes) {
  struct Case {
    const char* text;
    const char* date;
    std::optional<std::string> time;
  };
  const Case cases[] = {
      {"2011-01-25", "2011-01-25", std::nullopt},
      {"2011-01-25 00:00:00", "2011-01-25", "00:00:00"},
      {"2017-06-08T14:05:00Z", "2017-06-08", "14:05:00Z"},
      {"2017-06-08 14:05:00+02:00", "2017-06-08", "14:05:00+02:00"},
      {"2017-06-08T14:05:00.123456", "2017-06-08", "14:05:00.123456"},
      {"2017-06-08T23:59-0500", "2017-06-08", "23:59-0500"},
      {"2017-06-08T14:05+01", "2017-06-08", "14:05+01"},
  };
  for (const Case& c : cases) {
    const auto stamp = parse_timestamp(c.text);
    ASSERT_TRUE(stamp) << c.text;
    EXPECT_EQ(stamp->date.to_string(), c.date) << c.text;
    EXPECT_EQ(stamp->time, c.time) << c.text;
  }
}

TEST(Timestamp, RejectsEverythingElse) {
  for (const char* text : {"", "2011", "25/01/2011", "2011-02-30", "2011-01-25x", "2011-01-25T",
                           "2011-01-25T24:00", "2011-01-25T12:60", "2011-01-25 12:00:00 GMT",
                           "2011-01-25T12:00:00.", "2011-01-25T12:00+2:00", "Jan 25, 2011"}) {
    EXPECT_FALSE(parse_timestamp(text)) << text;
  }
}

}  // namespace
}  // namespace annals::ingest
