// libFuzzer target for write-then-read round trips: the bytes describe a
// timeline, which is written in each format annals reads back (text with and
// without sources, json, tilse) and read again; anything but the same
// timeline (round_trip_checks.h) is a finding. Build with -DANNALS_FUZZ=ON.
//
// Input: fields separated by 0xFF. A field opening with 0xFE starts a new
// date (its next byte is the gap in days); any other field is a sentence of
// the current date, "text 0xFD outlet". Text is repaired to UTF-8 first, as
// every sentence a timeline holds is.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "formats/python_text.h"
#include "fuzz_file.h"
#include "round_trip_checks.h"

namespace {

annals::Timeline timeline_of(std::string_view bytes) {
  annals::Timeline timeline;
  annals::Date date = *annals::Date::parse_iso("2020-01-01");
  for (std::size_t start = 0; start <= bytes.size();) {
    const std::size_t end = std::min(bytes.find('\xFF', start), bytes.size());
    const std::string_view field = bytes.substr(start, end - start);
    start = end + 1;
    if (field.starts_with('\xFE') || timeline.entries.empty()) {
      date = date + (field.size() > 1 ? 1 + static_cast<unsigned char>(field[1]) : 1);
      timeline.entries.emplace_back().date = date;
      if (field.starts_with('\xFE')) continue;
    }
    const std::size_t split = std::min(field.find('\xFD'), field.size());
    annals::TimelineSentence sentence;
    sentence.text = annals::eval::decode_utf8_replace(field.substr(0, split));
    if (split < field.size()) sentence.outlet = annals::eval::decode_utf8_replace(field.substr(split + 1));
    timeline.entries.back().sentences.push_back(std::move(sentence));
  }
  std::erase_if(timeline.entries, [](const annals::TimelineEntry& e) { return e.sentences.empty(); });
  return timeline;
}

void check(const std::string& error) {
  if (error.empty()) return;
  std::fprintf(stderr, "round trip: %s\n", error.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static annals::fuzz::FuzzFile file;
  const annals::Timeline timeline = timeline_of(std::string_view(reinterpret_cast<const char*>(data), size));
  auto file_of = [](const std::string& text) {
    return file.write(reinterpret_cast<const uint8_t*>(text.data()), text.size());
  };
  for (bool sources : {true, false}) check(annals::fuzz::text_round_trip_error(timeline, sources, file_of));
  check(annals::fuzz::json_round_trip_error(timeline));
  check(annals::fuzz::tilse_round_trip_error(timeline));
  return 0;
}
