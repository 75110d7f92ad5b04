// Reading articles from files, folders and standard input.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/article.h"
#include "annals/diagnostics.h"

namespace annals {

enum class InputFormat {
  kAuto,      // decided per file from its path and first bytes
  kJsonl,     // JSON Lines, optionally gzip-compressed
  kDataset,   // Timeline17 / Crisis folder layouts (publication date = folder name)
  kCsv,       // CSV with a header: date,text[,title,url,source]
  kText,      // annals' own `text` timeline output, read back as articles
};

// Parses "auto", "jsonl", "dataset" (alias "t17", "crisis"), "csv", "text".
bool parse_input_format(const std::string& name, InputFormat& out);

struct LoadOptions {
  InputFormat format = InputFormat::kAuto;
  std::string default_language = "en";  // for records that do not name one
  // Called now and then with bytes read so far and the total to read (0 if unknown).
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
  // When set, the articles go to `sink`, `batch_articles` at a time as they
  // are read (the last batch may be smaller), instead of into
  // LoadResult::articles: memory stays flat however large the input. The
  // diagnostics still come back in the LoadResult; an exception thrown by the
  // sink stops the load and propagates.
  std::function<void(std::vector<Article>&& batch)> sink;
  std::size_t batch_articles = 5000;
};

struct LoadResult {
  std::vector<Article> articles;
  Diagnostics diagnostics;
  std::uint64_t bytes_read = 0;
};

// Loads every input ("-" is JSON Lines on stdin, gzip or not). Never throws for
// bad data: each rejected record becomes an error diagnostic with file, line
// and reason, and the rest is loaded. Folders are walked in sorted order;
// articles read from files get their path relative to the folder given as id.
// Invalid UTF-8 is replaced by U+FFFD with a warning rather than rejected,
// lines over 64 MiB are rejected unread, and ids that come twice are kept
// with a warning.
LoadResult load_articles(const std::vector<std::string>& inputs, const LoadOptions& options = {});

// Reads JSON Lines held in memory (an HTTP request body, say) by the same
// rules; `name` stands for the file in ids and diagnostics. Throws IoError
// only when the system cannot give it a buffer to read from.
LoadResult load_jsonl_text(std::string_view text, const std::string& name, const LoadOptions& options = {});

}  // namespace annals
