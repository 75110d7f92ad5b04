// Checks every piece of input text passes before it may become an article.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace annals::ingest {

// How much of a file is looked at to tell its kind.
inline constexpr std::size_t kSniffBytes = 4096;

// True when the bytes hold a NUL, which no text format here contains: the
// input is an image, an archive or similar, not text.
bool looks_binary(std::string_view head);

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
