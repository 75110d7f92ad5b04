// Text that was UTF-8, read once as Windows-1252 (or Latin-1) and written
// back as UTF-8: "TambiÃ©n", "â€™", "Â£". Some pages of the Crisis corpus
// carry it; a reader sees garbage and the metrics see no word.
#pragma once

#include <string>
#include <string_view>

namespace annals::text {

// Repairs every run of two or three characters whose Windows-1252 bytes
// form one UTF-8 sequence of a letter of the Latin, Greek, Cyrillic, Hebrew
// or Arabic scripts, a Latin-1 sign or a punctuation mark ("Ã©" -> "é",
// "â€™" -> "’"; a byte order mark read so is removed); all other text,
// correct text in any script among it, is copied unchanged. Returns the
// number of repairs. Four-byte sequences (emoji) and text mis-read twice
// are left as they are.
std::size_t repair_mojibake(std::string& utf8);

}  // namespace annals::text
