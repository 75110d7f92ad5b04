// Choosing a reader for a file when the user did not name the format.
#pragma once

#include <optional>
#include <string_view>

#include "annals/loader.h"

namespace annals::ingest {

// By file name: .jsonl, .json, .gz (.jsonl.gz) -> JSON Lines; .csv -> CSV.
std::optional<InputFormat> format_from_name(std::string_view name);

// By the first bytes of the (decompressed) content: "{" -> JSON Lines; a first
// non-blank line "date YYYY-MM-DD" (or YYYY-MM, YYYY) -> annals text; a header naming date and
// text columns -> CSV. nullopt when none fits.
std::optional<InputFormat> format_from_content(std::string_view head);

}  // namespace annals::ingest
