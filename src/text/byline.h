// A byline that runs into the sentence after it: "By Pam Benson, CNN National
// Security Producer Khamis Gadhafi, son of ...", "By Ana Ruiz Science
// reporter, BBC News The pier ...". The writer's job word is where it ends;
// without one its end cannot be told ("By Ana Ruiz BBC News, Los Angeles Fans
// sing ..."), and it is left whole.
#pragma once

#include <cstddef>
#include <string_view>

namespace annals::text {

// Bytes of such a byline at the start of `sentence` (through the job, a
// second job word as in "Staff Writer", and a newsroom after it: "BBC
// News"), or 0. It must name a writer: "By" then a capitalised name that is
// no day, month or other word prose goes on with ("By Sunday, the editor,
// ..."), capitalised desk words and at most two lower-case ones, then the
// job, then what opens a sentence.
std::size_t byline_length(std::string_view sentence);

}  // namespace annals::text
