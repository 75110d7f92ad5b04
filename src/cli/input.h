// Options and steps every subcommand that reads articles shares: the input
// paths, their format and language, loading with diagnostics and progress,
// and analysis.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "annals/engine.h"

namespace annals::cli {

struct InputOptions {
  std::vector<std::string> paths;
  std::string format = "auto";
  std::string language = "en";
  unsigned threads = 0;
  bool keep_comments = false;
  bool quiet = false;
};

inline constexpr const char* kKeepCommentsHelp =
    "Keep reader comments (from a posting stamp such as 'March 21, 2011 at 1:32 pm |' to the end of the "
    "article); they are left out by default";

inline constexpr const char* kKeepBoilerplateHelp =
    "Keep the sentences an outlet repeats across many of its stories (series promos, comment policies, "
    "footers); they are left out by default";

// Adds INPUT..., --input-format, --language, --threads, --keep-comments and
// --quiet to `command`.
void add_input_options(CLI::App& command, InputOptions& options);

struct LoadedArticles {
  Engine engine;
  bool had_errors = false;  // some records were rejected (exit code 1)
};

// Reads and analyses the inputs published inside `window`, printing each
// diagnostic to stderr. Returns nullopt (after printing why) when the options
// are invalid or nothing usable was read.
std::optional<LoadedArticles> load_articles(const InputOptions& options, const DateWindow& window = {});

// The same for inputs of any size: reads and analyses `batch` articles at a
// time, hands each batch's engine to `on_batch` and drops it, so memory
// stays flat. Returns nullopt as load_articles does, else whether records
// were rejected. An exception from `on_batch` stops the read and propagates.
std::optional<bool> stream_articles(const InputOptions& options, std::size_t batch,
                                    const std::function<void(const Engine&)>& on_batch);

}  // namespace annals::cli
