// How annals' text output attributes a sentence, and how its text reader
// takes the attribution back off: "The dam failed. — Reuters (also: Herald,
// Ledger)". Shared by the writer and the reader so that written text reads
// back as the same sentences.
//
// The reader strips only what the writer wrote: the writer escapes a " — "
// or " (also: " inside a sentence by a backslash after the space (" \— "),
// adding one more backslash to any already there, so the only unescaped
// occurrences in a written paragraph are its own suffixes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace annals::attribution {

inline constexpr std::string_view kOutletSeparator = " — ";
inline constexpr std::string_view kAlsoOpen = " (also: ";
inline constexpr std::string_view kAlsoSeparator = ", ";

namespace detail {

// At `text[i]` (a space), the number of backslashes that follow it when
// they lead up to a suffix marker; npos when they do not.
inline std::size_t backslashes_before_marker(std::string_view text, std::size_t i) {
  std::size_t k = 0;
  while (i + 1 + k < text.size() && text[i + 1 + k] == '\\') ++k;
  const std::string_view rest = text.substr(i + 1 + k);
  const bool marker = rest.starts_with(kOutletSeparator.substr(1)) || rest.starts_with(kAlsoOpen.substr(1));
  return marker ? k : std::string_view::npos;
}

// Copies `text`, changing the backslashes before each marker by `delta` (+1 or -1).
inline std::string shift_backslashes(std::string_view text, int delta) {
  std::string out;
  out.reserve(text.size() + 4);
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] != ' ') continue;
    const std::size_t k = backslashes_before_marker(text, i);
    if (k == std::string_view::npos || (delta < 0 && k == 0)) continue;
    out.append(std::size_t(long(k) + delta), '\\');
    i += k;
  }
  return out;
}

}  // namespace detail

inline std::string escape(std::string_view sentence) { return detail::shift_backslashes(sentence, +1); }
inline std::string unescape(std::string_view written) { return detail::shift_backslashes(written, -1); }

struct Attributed {
  std::string text;                 // the sentence, unescaped
  std::string outlet;               // "" when the paragraph names none
  std::vector<std::string> also;    // the outlets after "(also: "
};

// Splits a written paragraph into the sentence and its attribution.
inline Attributed split(std::string_view paragraph) {
  Attributed out;
  if (paragraph.ends_with(')')) {
    if (const auto open = paragraph.rfind(kAlsoOpen); open != std::string_view::npos) {
      std::string_view list = paragraph.substr(open + kAlsoOpen.size());
      list.remove_suffix(1);
      for (std::size_t start = 0; start <= list.size();) {
        const std::size_t end = std::min(list.find(kAlsoSeparator, start), list.size());
        out.also.emplace_back(list.substr(start, end - start));
        start = end + kAlsoSeparator.size();
      }
      paragraph = paragraph.substr(0, open);
    }
  }
  if (const auto dash = paragraph.rfind(kOutletSeparator); dash != std::string_view::npos) {
    out.outlet = std::string(paragraph.substr(dash + kOutletSeparator.size()));
    paragraph = paragraph.substr(0, dash);
  }
  out.text = unescape(paragraph);
  return out;
}

}  // namespace annals::attribution
