// libFuzzer target for date model files (--date-model): any bytes either
// give a model whose sizes agree or throw std::runtime_error, as date_model.h
// promises; any other exception is a finding. Build with -DANNALS_FUZZ=ON.
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string_view>

#include "annals/date_model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    const annals::DateModel model =
        annals::DateModel::parse_json(std::string_view(reinterpret_cast<const char*>(data), size));
    if (model.features.size() != model.weights.size()) std::abort();
    (void)annals::DateModel::parse_json(model.to_json());
  } catch (const std::runtime_error&) {
  }
  return 0;
}
