// What every reader shares: options, the result being filled, progress.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "annals/loader.h"
#include "ingest/input_stream.h"
#include "ingest/progress.h"

namespace annals::ingest {

// Longest line (or CSV record) accepted. simdjson could take more, but no
// article is this long; a longer line is broken input and rejected unread.
inline constexpr std::size_t kMaxLine = std::size_t{64} << 20;

struct ReadContext {
  const LoadOptions& options;
  LoadResult& result;
  Progress& progress;

  void error(const std::string& file, std::size_t line, std::string reason) {
    result.diagnostics.error(file, line, std::move(reason));
  }
  void warning(const std::string& file, std::size_t line, std::string reason) {
    result.diagnostics.warning(file, line, std::move(reason));
  }

  // Adds the article unless its text is blank (an error), after making every
  // field valid UTF-8 (a warning when that changed anything) and giving it
  // LoadOptions::default_language when it names none. The article's
  // source_file and source_line say where to point messages.
  void accept(Article article);
};

// Calls `on_line(line, line_number)` for each line of `in`, reporting binary
// input, damage and read errors under `file`. Each line is followed by
// LineReader::kPadding readable bytes. A line over kMaxLine is reported and
// skipped, unless `on_too_long(line_number, quotes)` is given: then that
// reports it, told how many '"' the line held.
using LineHandler = std::function<void(std::string_view line, std::size_t line_number)>;
using TooLongHandler = std::function<void(std::size_t line_number, std::uint64_t quotes)>;
void for_each_line(InputStream& in, const std::string& file, ReadContext& context, const LineHandler& on_line,
                   const TooLongHandler& on_too_long = {});

}  // namespace annals::ingest
