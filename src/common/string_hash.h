// Hashing of string keys for Abseil's hash containers on the analysis hot
// paths, which look words up by std::string_view without allocating.
#pragma once

#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>

#include <cstddef>
#include <string_view>

namespace annals {

// Transparent: a table keyed by std::string is searched with a string_view.
// (Debian's Abseil has its own string_view and hashes a std::string_view with
// std::hash, which costs several times as much on short words; hashing
// through absl::string_view takes Abseil's own string hash.)
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    return absl::Hash<absl::string_view>{}(absl::string_view(s.data(), s.size()));
  }
};

}  // namespace annals
