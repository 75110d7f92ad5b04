// Text that was UTF-8, read once as Windows-1252 (or Latin-1) and written
// back as UTF-8: "TambiÃ©n", "â€™", "Â£". Some pages of the Crisis corpus
// carry it; a reader sees garbage and the metrics see no word.
#pragma once

#include <string>
#include <string_view>

namespace annals::text {

// Repairs every run of characters whose Windows-1252 bytes form one valid
// UTF-8 sequence of a printable character ("Ã©" -> "é", "â€™" -> "’");
// all other text is copied unchanged. Returns the number of repairs.
std::size_t repair_mojibake(std::string& utf8);

}  // namespace annals::text
