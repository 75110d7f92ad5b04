// Python's string semantics where tilse's results depend on them: UTF-8
// decoding with U+FFFD replacement, str.splitlines(), str.strip() and
// str.split() with Python's (Unicode) whitespace set.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace annals::eval {

// Returns `bytes` as valid UTF-8: every maximal invalid subsequence becomes
// U+FFFD, as Python's codecs "replace" error handler does.
std::string decode_utf8_replace(std::string_view bytes);

// str.splitlines() on valid UTF-8: breaks at \n, \r, \r\n, \v, \f, \x1c-\x1e,
// U+0085, U+2028 and U+2029; the line ends are not kept.
std::vector<std::string_view> python_splitlines(std::string_view text);

// str.strip() on valid UTF-8.
std::string_view python_strip(std::string_view text);

// str.split() on valid UTF-8: runs of Python whitespace separate the fields,
// and there are no empty fields.
std::vector<std::string_view> python_split(std::string_view text);

}  // namespace annals::eval
