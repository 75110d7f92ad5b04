// libFuzzer target for the dataset layouts' file naming: the bytes are a
// path, each '/'-separated part is entered as a folder and the last one
// classified as a file. Build with -DANNALS_FUZZ=ON and clang.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ingest/dataset_layout.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view path(reinterpret_cast<const char*>(data), size);
  annals::ingest::Place place;
  std::size_t slash;
  while ((slash = path.find('/')) != std::string_view::npos) {
    place = place.enter(std::string(path.substr(0, slash)));
    path.remove_prefix(slash + 1);
    // A dated folder is a real day; one that only looks like it is named.
    if (place.date && !place.impossible_date.empty()) std::abort();
    if (place.date && place.date->to_string() != place.folder) std::abort();
  }
  const bool sibling = size > 0 && data[0] % 2 == 1;
  if (const auto file = annals::ingest::classify_dataset_file(path, place, sibling)) {
    if (!place.date || !annals::ingest::is_article_name(path)) std::abort();
  }
  const std::string txt = annals::ingest::txt_sibling(path);
  if (!txt.empty() && !txt.ends_with(".txt")) std::abort();
  return 0;
}
