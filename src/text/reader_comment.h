// Reader comments appended to news pages.
#pragma once

#include <string_view>

namespace annals::text {

// True when the sentence opens a reader comment: a posting stamp of a date,
// "at", a time of day and a bar, as comment sections print them ("March 21,
// 2011 at 1:32 pm | I think ..."), possibly after the commenter's name.
// Everything from such a sentence on is readers' talk, not the article: its
// dates are posting times, and a busy comment thread would otherwise outweigh
// the news in every count of date mentions.
bool opens_reader_comment(std::string_view sentence);

}  // namespace annals::text
