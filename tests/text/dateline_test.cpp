#include "text/dateline.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

struct DatelineCase {
  const char* sentence;
  const char* place;   // nullptr: no dateline
  const char* agency;
  const char* rest;
};

// Hand-written, in the four languages the tagger reads.
const DatelineCase kCases[] = {
    {"CARROWMOUTH, March 6 (Meridian) - The water authority issued a warning.", "CARROWMOUTH", "Meridian",
     "The water authority issued a warning."},
    {"VENICE, Louisiana (Reuters) - Crews worked through the night.", "VENICE, Louisiana", "Reuters",
     "Crews worked through the night."},
    {"Tripoli, Libya (CNN) -- Gunfire was heard near the port.", "Tripoli, Libya", "CNN",
     "Gunfire was heard near the port."},
    {"WASHINGTON (AP) \xE2\x80\x94 The Senate voted on Tuesday.", "WASHINGTON", "AP", "The Senate voted on Tuesday."},
    {"MADRID, 3 mar (EFE) \xE2\x80\x93 El Gobierno aprob\xC3\xB3 el plan.", "MADRID", "EFE", "El Gobierno aprob\xC3\xB3 el plan."},
    {"\xC3\x89VRY (AFP) - La pr\xC3\xA9" "fecture a ferm\xC3\xA9 le pont.", "\xC3\x89VRY", "AFP",
     "La pr\xC3\xA9" "fecture a ferm\xC3\xA9 le pont."},
    {"ROMA, 5 marzo (ANSA) - Il governo ha approvato il decreto.", "ROMA", "ANSA", "Il governo ha approvato il decreto."},
    // Glued behind a headline and a time stamp.
    {"GALLIANO, Louisiana | Mon May 24, 2010 7:32 pm EDT GALLIANO, Louisiana (Reuters) - The government acted.",
     "GALLIANO, Louisiana", "Reuters", "The government acted."},
    {"Spill threat widens, shares drop VENICE, La. | Mon May 31, 2010 11:12 pm IST VENICE, La. (Reuters) - Oil "
     "could reach the coast.",
     "VENICE, La.", "Reuters", "Oil could reach the coast."},
    {"NEW ORLEANS\\/WASHINGTON | Tue Jun 22, 2010 7:30 pm EDT NEW ORLEANS\\/WASHINGTON (Reuters) - A judge ruled.",
     "NEW ORLEANS\\/WASHINGTON", "Reuters", "A judge ruled."},
    // A place in capitals and a dash, no agency in parentheses (a leading "AP" is the agency).
    {"NEW ORLEANS -- Engineers removed the cap on Thursday.", "NEW ORLEANS", "", "Engineers removed the cap on Thursday."},
    {"AP ON THE GULF OF MEXICO -- Key ships were ordered to leave.", "ON THE GULF OF MEXICO", "AP",
     "Key ships were ordered to leave."},
    {"WASHINGTON -- WASHINGTON (AP) -- The lobbyist said the cap was no limit.", "WASHINGTON", "AP",
     "The lobbyist said the cap was no limit."},
    {"WASHINGTON -- NEW YORK (AP) -- The lobbyist said the cap was no limit.", "WASHINGTON", "",
     "NEW YORK (AP) -- The lobbyist said the cap was no limit."},
    {"NEW  ORLEANS \xE2\x80\x94 Engineers removed the cap.", "NEW  ORLEANS", "", "Engineers removed the cap."},
    {"AP MOUTH OF THE MISSISSIPPI RIVER -- Oil reached the marsh.", "MOUTH OF THE MISSISSIPPI RIVER", "AP",
     "Oil reached the marsh."},
    // The filing date after the place; a single dash after one place word, as French papers open.
    {"CARROWMOUTH, Sept. 29 -- Without a plan, the harbour board said no.", "CARROWMOUTH", "",
     "Without a plan, the harbour board said no."},
    {"NEW YORK, March 30 -- The board met.", "NEW YORK", "", "The board met."},
    {"CARROWMOUTH, December 5 -- The board met.", "CARROWMOUTH", "", "The board met."},
    // Not datelines: rubrics, quotations, a place repeated as another, prose.
    {"BREAKING NEWS -- The pier has closed.", nullptr, nullptr, nullptr},
    {"VID\xC3\x89O \xE2\x80\x93 Des tirs ont \xC3\xA9t\xC3\xA9 entendus au Caire.", nullptr, nullptr, nullptr},
    {"\xE2\x80\x9CNEVER AGAIN\xE2\x80\x9D -- The protesters marched to the pier.", nullptr, nullptr, nullptr},
    {"NEW ORLEANS -- -- The pier has closed.", nullptr, nullptr, nullptr},
    {"NATO -- the alliance -- met on Monday.", nullptr, nullptr, nullptr},
    {"NATO - The alliance met on Monday.", nullptr, nullptr, nullptr},         // the sentence needs its first word
    {"KUWAIT - Protests are new in the harbour towns.", nullptr, nullptr, nullptr},
    {"CARROWMOUTH, Sept. 45 -- The board met.", nullptr, nullptr, nullptr},   // no day of a month
    {"CARROWMOUTH, Sept. 0 -- The board met.", nullptr, nullptr, nullptr},
    {"REPORTAGE \xE2\x80\x93 Le port de Carrowmouth a rouvert.", nullptr, nullptr, nullptr},  // a rubric
    {"CARROWMOUTH, BP - The board met.", nullptr, nullptr, nullptr},
    {"NEW ORLEANS -- ", nullptr, nullptr, nullptr},
    {"VID\xC3\x89O - Des tirs ont \xC3\xA9t\xC3\xA9 entendus au Caire.", nullptr, nullptr, nullptr},  // a rubric
    {"Officials in the City of London (UK) - a borough - met.", nullptr, nullptr, nullptr},
    {"The BBC (British Broadcasting Corporation) - said the minister.", nullptr, nullptr, nullptr},
    {"Reporters from the BBC (London) - Reuters and AP were also there.", nullptr, nullptr, nullptr},
    {"The minister (Labour) - who resigned on Friday - spoke again.", nullptr, nullptr, nullptr},
    {"Mr. Smith (CNN) - said the talks had failed.", nullptr, nullptr, nullptr},
    {"Officials said (Reuters) that the dam held.", nullptr, nullptr, nullptr},
    {"LONDON (Reuters) -", nullptr, nullptr, nullptr},
    {"(Reuters) - The dam held.", nullptr, nullptr, nullptr},
    {"Rain fell across the valley on Sunday (March 2) - the wettest day in years.", nullptr, nullptr, nullptr},
};

class DatelineTest : public ::testing::TestWithParam<DatelineCase> {};

TEST_P(DatelineTest, FindsThePlaceTheAgencyAndWhereTheSentenceBegins) {
  const DatelineCase& c = GetParam();
  const auto found = find_dateline(c.sentence);
  if (!c.place) {
    EXPECT_FALSE(found) << c.sentence;
    return;
  }
  ASSERT_TRUE(found) << c.sentence;
  EXPECT_EQ(found->place, c.place);
  EXPECT_EQ(found->agency, c.agency);
  EXPECT_EQ(std::string_view(c.sentence).substr(found->length), c.rest);
}

INSTANTIATE_TEST_SUITE_P(Languages, DatelineTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace annals::text
