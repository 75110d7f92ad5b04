// Checks every piece of input text passes before it may become an article.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace annals::ingest {

// How much of a file is looked at to tell its kind.
inline constexpr std::size_t kSniffBytes = 4096;

// Why the first bytes of a file show it is no UTF-8 text, or "" when they do
// not: "UTF-16 (convert to UTF-8)" for a UTF-16 byte order mark or NULs
// in every other byte of ASCII-range text, "binary file (contains NUL
// bytes)" for other NULs, which no text format here contains.
std::string_view not_text_reason(std::string_view head);

// Replaces each ill-formed UTF-8 sequence by U+FFFD. Returns false when the
// text was already valid (the common case, checked without copying). The
// choice to repair rather than reject keeps an article whose one stray
// Latin-1 byte would otherwise cost the whole text; callers report a warning.
bool repair_utf8(std::string& text);

// True when the text holds nothing but ASCII whitespace.
bool is_blank(std::string_view text);

// The value in double quotes for a message, cut after about 60 bytes (at a
// character boundary) so that one absurd field cannot flood the terminal.
std::string quoted_excerpt(std::string_view value);

}  // namespace annals::ingest
