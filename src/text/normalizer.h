// Unicode normalization and case folding (ICU).
#pragma once

#include <string>
#include <string_view>

namespace annals::text {

// NFC-normalizes valid UTF-8. Cheap when the text is already NFC, which is
// nearly always the case for news text, so callers need not check first.
std::string normalize_nfc(std::string_view utf8);

// Full Unicode case folding ("Straße" -> "strasse", "ÉTÉ" -> "été").
std::string fold_case(std::string_view utf8);

// Replaces every ill-formed UTF-8 sequence with U+FFFD. Returns the number of
// replacements made, so that loaders can report them.
std::size_t repair_utf8(std::string& text);

}  // namespace annals::text
