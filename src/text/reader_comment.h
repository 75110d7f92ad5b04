// Reader comments appended to news pages.
#pragma once

#include <string_view>

namespace annals::text {

// True when the sentence holds a reader comment's posting stamp: a date with
// its year, an optional "at", a time of day and a bar, as comment sections
// print them before the comment ("March 21, 2011 at 1:32 pm | I think ...",
// after the commenter's name) or after it ("... Posted by : shane |
// September 24, 2008 4:50 PM | Report abuse"). News datelines put the bar
// before the time ("TRIPOLI | Tue Mar 1, 2011 6:36 pm EST") and do not match.
// Also the stamp that opens a BBC comment and names the commenter: "At 2:10
// pm on 02 Jun 2009, NAME wrote: ...".
bool has_posting_stamp(std::string_view sentence);

}  // namespace annals::text
