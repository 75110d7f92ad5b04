// Options and steps every subcommand that reads articles shares: the input
// paths, their format and language, loading with diagnostics and progress,
// and analysis.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "annals/corpus.h"

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

// Adds INPUT..., --input-format, --language, --threads, --keep-comments and
// --quiet to `command`.
void add_input_options(CLI::App& command, InputOptions& options);

struct LoadedCorpus {
  Corpus corpus;
  bool had_errors = false;  // some records were rejected (exit code 1)
};

// Loads and analyses the inputs, printing each diagnostic to stderr. Articles
// for which `keep` returns false are dropped before analysis. Returns nullopt
// (after printing why) when the options are invalid or nothing usable was read.
std::optional<LoadedCorpus> load_corpus(const InputOptions& options,
                                        const std::function<bool(const Article&)>& keep = {});

}  // namespace annals::cli
