// libFuzzer target for the temporal tagger: any bytes, any language, any
// publication day. Build with -DANNALS_FUZZ=ON and clang (see src/time/CMakeLists.txt).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "annals/date.h"
#include "annals/temporal_tagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const annals::TemporalTagger taggers[] = {annals::TemporalTagger("en"), annals::TemporalTagger("es"),
                                                   annals::TemporalTagger("fr"), annals::TemporalTagger("it")};
  if (size < 3) return 0;
  // First byte: language; next two: publication day around 1900..2080.
  const annals::TemporalTagger& tagger = taggers[data[0] % 4];
  annals::Date published = annals::Date::from_days(-25000 + (data[1] << 8 | data[2]) % 65536);
  std::string_view sentence(reinterpret_cast<const char*>(data + 3), size - 3);
  std::size_t previous_end = 0;
  for (const annals::TimeMention& m : tagger.tag(sentence, published)) {
    if (m.begin < previous_end || m.begin >= m.end || m.end > sentence.size() || m.value.empty()) std::abort();
    previous_end = m.end;
  }
  return 0;
}
