// What every reader shares: options, the result being filled, progress.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annals/loader.h"
#include "ingest/input_stream.h"
#include "ingest/progress.h"

namespace annals::ingest {

// Longest line (or CSV record) accepted. simdjson could take more, but no
// article is this long; a longer line is broken input and rejected unread.
inline constexpr std::size_t kMaxLine = std::size_t{64} << 20;

// Ids that come twice are kept, with a warning naming the file that had the
// id first. Checked batch by batch, so it also works when articles are
// streamed to a sink; file names are kept once each, not per article.
class DuplicateIds {
 public:
  void check(const std::vector<Article>& articles, Diagnostics& diagnostics);

 private:
  std::unordered_map<std::string, std::uint32_t> first_file_;  // id -> index into files_
  std::vector<std::string> files_;
};

struct ReadContext {
  const LoadOptions& options;
  LoadResult& result;
  Progress& progress;
  DuplicateIds duplicates = {};
  std::size_t accepted = 0;  // articles accepted so far, sent to a sink or not

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
  // Checks the articles held for duplicate ids and, with a sink, hands them
  // over. Called by accept() when a batch is full and once at the end.
  void flush();
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
