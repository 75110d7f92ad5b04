// Hashing of string keys for Abseil's hash containers on the analysis hot
// paths, which look words up by std::string_view without allocating.
#pragma once

#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace annals {

// Transparent: a table keyed by std::string is searched with a string_view.
// Words are short, so keys of up to 16 bytes are hashed inline with one
// 64x64->128-bit multiply of their bytes (wyhash's mixing step), which costs a
// fraction of a library call. Longer keys use Abseil's string hash (through
// absl::string_view: Debian's Abseil hashes a std::string_view with std::hash).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    const std::size_t n = s.size();
    if (n > 16) return absl::Hash<absl::string_view>{}(absl::string_view(s.data(), n));
    std::uint64_t a = 0, b = 0;
    if (n > 8) {  // two overlapping words
      std::memcpy(&a, s.data(), 8);
      std::memcpy(&b, s.data() + n - 8, 8);
    } else if (n >= 4) {  // two overlapping halves
      std::uint32_t lo, hi;
      std::memcpy(&lo, s.data(), 4);
      std::memcpy(&hi, s.data() + n - 4, 4);
      a = lo;
      b = hi;
    } else if (n > 0) {  // first, middle and last byte
      a = (std::uint64_t(static_cast<unsigned char>(s[0])) << 16) |
          (std::uint64_t(static_cast<unsigned char>(s[n / 2])) << 8) | static_cast<unsigned char>(s[n - 1]);
    }
    __extension__ using Wide = unsigned __int128;  // GCC and Clang on 64-bit targets
    Wide product = Wide(a ^ 0xa0761d6478bd642fu) * (b ^ 0xe7037ed1a0b428dbu ^ static_cast<std::uint64_t>(n));
    return static_cast<std::size_t>(static_cast<std::uint64_t>(product >> 64) ^ static_cast<std::uint64_t>(product));
  }
};

}  // namespace annals
