// Page furniture glued in front of a sentence proper. News pages often give
// the first "sentence" a photo credit ("Photograph: Win Mcnamee/Getty Images",
// "(AP Photo/Patrick Semansky)") or the headline and standfirst run into the
// page's time stamp ("... Friday 4 June 2010 18.15 BST", "13 July 2010 Last
// updated at 09:43 GMT", "Thu May 6, 2010 1:40 pm EDT (Reuters) - ", CNN's
// "(Updated: 1:19 a.m. Monday, Libya; 6:19 p.m. Sunday ET):"), a headline and
// caption into a photo credit, a headline into an agency mark ("... in
// control of Zuwara (CNN) -- "), or CNN's "By the CNN Wire Staff" and its
// highlights before the mark, a byline through the writer's job ("By Pam
// Benson, CNN National Security Producer"), a box heading in capitals ("HOW
// THE OIL FUNNEL WORKS") or a list bullet ("* April 28 - ..."). None of it
// is what a reader should read as the sentence.
#pragma once

#include <cstddef>
#include <string_view>

namespace annals::text {

// How many bytes at the start of `sentence` are such furniture (credits,
// a glued headline through its stamp or agency mark), so that what is shown
// starts with the sentence proper; 0 when there is none, or when what would
// be left is too short to be a sentence.
std::size_t furniture_prefix_length(std::string_view sentence);

// What follows a cut must open a sentence: a capital (or a letter outside
// ASCII, "Él", "À"), a digit or a quote at `at`, not the lower-case rest of one.
bool opens_sentence(std::string_view s, std::size_t at);

}  // namespace annals::text
