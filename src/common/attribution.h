// How annals' text output attributes a sentence, and how its text reader
// takes the attribution back off: "The dam failed. — Reuters (also: Herald,
// Ledger)". Shared by the writer and the reader so that written text reads
// back as the same sentences.
//
// Every field is written escaped (written_text.h), so the only literal
// " — " and " (also: " in a written paragraph are its own suffixes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/written_text.h"

namespace annals::attribution {

using written_text::kAlsoOpen;
using written_text::kOutletSeparator;
inline constexpr std::string_view kAlsoSeparator = ", ";

struct Attributed {
  std::string text;                 // the sentence, unescaped
  std::string outlet;               // "" when the paragraph names none
  std::vector<std::string> also;    // the outlets after "(also: "
};

// Splits a written paragraph into the sentence and its attribution.
inline Attributed split(std::string_view paragraph) {
  Attributed out;
  const std::size_t also_at = paragraph.find(kAlsoOpen);
  if (also_at != std::string_view::npos && paragraph.ends_with(')')) {
    std::string_view list = paragraph.substr(also_at + kAlsoOpen.size());
    list.remove_suffix(1);
    for (std::size_t start = 0; start <= list.size();) {
      const std::size_t end = std::min(list.find(kAlsoSeparator, start), list.size());
      out.also.push_back(written_text::unescape(list.substr(start, end - start)));
      start = end + kAlsoSeparator.size();
    }
    paragraph = paragraph.substr(0, also_at);
  }
  if (const auto dash = paragraph.find(kOutletSeparator); dash != std::string_view::npos) {
    out.outlet = written_text::unescape(paragraph.substr(dash + kOutletSeparator.size()));
    paragraph = paragraph.substr(0, dash);
  }
  out.text = written_text::unescape(paragraph);
  return out;
}

}  // namespace annals::attribution
