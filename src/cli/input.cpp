#include "cli/input.h"

#include <cstdio>

#include "annals/loader.h"
#include "cli/progress.h"

namespace annals::cli {

void add_input_options(CLI::App& command, InputOptions& options) {
  command.add_option("INPUT", options.paths,
                     "Files or folders to read: JSON Lines (.jsonl, .jsonl.gz), CSV, Timeline17/Crisis "
                     "folders, annals text output; '-' reads JSON Lines from stdin")
      ->required();
  command.add_option("--input-format", options.format, "auto, jsonl, dataset, csv or text")
      ->capture_default_str();
  command.add_option("--language", options.language,
                     "Language of articles that do not name one: en, es, fr, it, de")
      ->capture_default_str();
  command.add_option("--threads", options.threads, "Analysis threads (0: all cores)")->capture_default_str();
  command.add_flag("--keep-comments", options.keep_comments, kKeepCommentsHelp);
  command.add_flag("-q,--quiet", options.quiet, "No progress, summary or warnings on stderr (errors still shown)");
}

std::optional<LoadedCorpus> load_corpus(const InputOptions& options,
                                        const std::function<bool(const Article&)>& keep) {
  LoadOptions load_options;
  if (!parse_input_format(options.format, load_options.format)) {
    std::fprintf(stderr, "annals: unknown --input-format '%s' (expected auto, jsonl, dataset, csv, text)\n",
                 options.format.c_str());
    return std::nullopt;
  }
  load_options.default_language = options.language;
  Progress progress(!options.quiet);
  load_options.progress = [&](std::uint64_t done, std::uint64_t total) { progress.bytes(done, total); };

  LoadResult loaded = load_articles(options.paths, load_options);
  for (const Diagnostic& d : loaded.diagnostics.all()) {
    if (options.quiet && d.severity == Diagnostic::Severity::kWarning) continue;
    std::fprintf(stderr, "%s\n", d.to_string().c_str());
  }
  std::size_t read = loaded.articles.size();
  if (keep) std::erase_if(loaded.articles, [&](const Article& a) { return !keep(a); });
  if (loaded.articles.empty()) {
    std::fprintf(stderr, "annals: no usable articles in the input%s\n",
                 read > 0 ? " (none inside the requested dates)" : "");
    return std::nullopt;
  }

  AnalyzeOptions analyze_options;
  analyze_options.threads = options.threads;
  analyze_options.keep_reader_comments = options.keep_comments;
  analyze_options.progress = [&](std::size_t done, std::size_t total) { progress.articles(done, total); };
  std::size_t count = loaded.articles.size();
  LoadedCorpus result{Corpus::analyze(std::move(loaded.articles), analyze_options),
                      loaded.diagnostics.has_errors()};
  progress.finish("read", count, loaded.bytes_read);
  const ReaderComments& comments = result.corpus.reader_comments();
  if (comments.sentences > 0 && !options.quiet)
    std::fprintf(stderr, "annals: left out %zu sentence(s) of reader comments in %zu article(s); --keep-comments keeps them\n",
                 comments.sentences, comments.articles);
  if (result.had_errors && !options.quiet)
    std::fprintf(stderr, "annals: %zu record(s) rejected, see above\n", loaded.diagnostics.error_count());
  return result;
}

}  // namespace annals::cli
