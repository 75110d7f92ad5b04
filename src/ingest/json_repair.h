// Lenient fixes for JSON that simdjson rejects as a whole.
#pragma once

#include <string>

namespace annals::ingest {

struct JsonRepairs {
  bool numbers_quoted = false;       // numbers beyond 64-bit integers or doubles
  bool surrogates_replaced = false;  // \u escapes of unpaired UTF-16 surrogates
};

// simdjson fails a whole record for one number it cannot hold (1e400, a
// 30-digit integer) and for a lone surrogate escape ("\ud800"), even in a
// field annals never reads. This turns such numbers into strings with the
// same digits, and such escapes into "\ufffd", so that the record can be
// parsed again; everything else is copied unchanged, malformed JSON included.
JsonRepairs repair_json(std::string& json);

}  // namespace annals::ingest
