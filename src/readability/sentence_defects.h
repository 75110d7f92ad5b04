// What a reader notices in one summary sentence, whatever its timeline:
// page furniture (bylines, credits, captions, rights lines, share links,
// "Related" runs, series promos), wire datelines, furniture glued to the
// text, and lengths nobody reads. Patterns written from these classes in
// English, Spanish, French and Italian; every language's patterns apply to
// every sentence, since outlets quote and syndicate across languages.
#pragma once

#include <string_view>

namespace annals::readability {

// Lengths a reader accepts, in whitespace-separated words.
inline constexpr std::size_t kMaxWords = 60;
inline constexpr std::size_t kMinWords = 6;

// A byline ("By Jane Roe", "Por ...", "Par ...", "Reporting by ..."), a
// photo or video credit or caption ("Photograph: ...", "Foto: EFE"), a
// copyright or rights line, "Page last updated at ...", share, print,
// e-mail or subscribe furniture, a "Related"/"See also" run, a series
// promo ("Este post es parte de ..."), or highlight bullets ("NEW:", "* ...
// * ...").
bool is_boilerplate(std::string_view sentence);

// A wire dateline: "CITY, Month D (Agency) -", "PLACE (Reuters) -",
// "MADRID, 6 Mar. (EUROPA PRESS) -", "TRIPOLI, 6 mars (AFP) -".
bool has_wire_dateline(std::string_view sentence);

// Page furniture run together with the text: a clock time with its zone
// ("08.06 GMT", "10:19 pm BST"), a stamp such as "| Tue Apr 21, 2009", a
// credit ("Photograph:") after the start, or an overlong sentence with
// several such markers (bullets, bars, "Updated").
bool is_glued_furniture(std::string_view sentence);

// Half a quotation: quote marks that do not pair up (an odd number of
// straight double quotes, or more opening than closing curly quotes or
// guillemets, or the reverse), as left by a split inside a quotation.
bool is_half_quotation(std::string_view sentence);

bool is_overlong(std::string_view sentence);  // more than kMaxWords words
bool is_fragment(std::string_view sentence);  // fewer than kMinWords words

}  // namespace annals::readability
