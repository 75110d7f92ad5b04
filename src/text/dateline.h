// Wire datelines: "CARROWMOUTH, March 6 (Meridian) - ", "VENICE, Louisiana
// (Reuters) - ", "Tripoli, Libya (CNN) -- " open a wire story's first
// sentence. They are metadata (where it was filed, by which agency), not
// part of what a reader should read as the sentence.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace annals::text {

struct DatelineSpan {
  std::string_view place;   // "CARROWMOUTH", "VENICE, Louisiana" (a date after a comma is left out)
  std::string_view agency;  // "Meridian", "Reuters"
  std::size_t length = 0;   // bytes from the sentence's start to where the sentence proper begins
};

// The dateline opening `sentence`, or nullopt. A dateline is: a place of at
// most eight words, each starting with a capital letter or a digit (commas
// allowed, no sentence punctuation), an agency in parentheses, a dash (-, --,
// – or —) and the sentence proper, which must follow and not start in lower
// case. Or a place in capitals and "--", "–" or "—" with no agency in parentheses
// ("NEW ORLEANS -- ", "AP WASHINGTON -- ": a leading "AP" is the agency; a
// filing date may follow the place, "NEW YORK, Sept. 29 -- "),
// maybe repeated with its agency ("WASHINGTON -- WASHINGTON (AP) -- "). Or,
// within the first 300 bytes, such a dateline whose place starts
// with an ALL-CAPS word, after a glued headline and time stamp (Timeline17's
// Reuters pages): then `length` covers those too.
std::optional<DatelineSpan> find_dateline(std::string_view sentence);

// Whether `text` holds a clock time, a digit, "." or ":" and two digits
// ("08.06", "1:40"): what every page stamp has (also text/lead_furniture.cpp).
bool has_clock_time(std::string_view text);

}  // namespace annals::text
