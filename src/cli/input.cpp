#include "input.h"

#include <cstdio>
#include <exception>

#include "progress.h"

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
      ->capture_default_str()
      ->check(CLI::IsMember({"en", "es", "fr", "it", "de"}));
  command.add_option("--threads", options.threads, "Analysis threads (0: all cores, at most 64)")
      ->capture_default_str()
      ->check(CLI::Range(0, 4096));
  command.add_flag("--keep-comments", options.keep_comments, kKeepCommentsHelp);
  command.add_flag("-q,--quiet", options.quiet, "No progress, summary or warnings on stderr (errors still shown)");
}

namespace {

std::optional<LoadOptions> load_options_for(const InputOptions& options, Progress& progress) {
  LoadOptions load_options;
  if (!parse_input_format(options.format, load_options.format)) {
    std::fprintf(stderr, "annals: unknown --input-format '%s' (expected auto, jsonl, dataset, csv, text)\n",
                 options.format.c_str());
    return std::nullopt;
  }
  load_options.default_language = options.language;
  load_options.progress = [&progress](std::uint64_t done, std::uint64_t total) { progress.bytes(done, total); };
  return load_options;
}

EngineOptions engine_options_for(const InputOptions& options) {
  return {.threads = options.threads, .keep_reader_comments = options.keep_comments};
}

// Each diagnostic on stderr; warnings not with --quiet.
void print_diagnostics(const InputOptions& options, const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics.all()) {
    if (options.quiet && d.severity == Diagnostic::Severity::kWarning) continue;
    std::fprintf(stderr, "%s\n", d.to_string().c_str());
  }
}

// Prints the diagnostics and the summary of a read; false (after saying so)
// when nothing usable was read.
bool report_read(const InputOptions& options, const IngestReport& report, Progress& progress) {
  print_diagnostics(options, report.diagnostics);
  if (report.added == 0) {
    std::fprintf(stderr, "annals: no usable articles in the input%s\n",
                 report.read > 0 ? " (none inside the requested dates)" : "");
    return false;
  }
  progress.finish("read", report.added, report.bytes);
  if (report.reader_comments.sentences > 0 && !options.quiet)
    std::fprintf(stderr, "annals: left out %zu sentence(s) of reader comments in %zu article(s); --keep-comments keeps them\n",
                 report.reader_comments.sentences, report.reader_comments.articles);
  if (report.diagnostics.has_errors() && !options.quiet)
    std::fprintf(stderr, "annals: %zu record(s) rejected, see above\n", report.diagnostics.error_count());
  return true;
}

}  // namespace

std::optional<LoadedArticles> load_articles(const InputOptions& options, const DateWindow& window) {
  Progress progress(!options.quiet);
  auto load_options = load_options_for(options, progress);
  if (!load_options) return std::nullopt;
  LoadedArticles result{Engine(engine_options_for(options))};
  FileSource source(options.paths, *load_options);
  IngestReport report =
      result.engine.add(source, {.window = window, .progress = [&](std::size_t done, std::size_t total) {
                                   progress.articles(done, total);
                                 }});
  if (!report_read(options, report, progress)) return std::nullopt;
  result.had_errors = report.diagnostics.has_errors();
  return result;
}

std::optional<bool> stream_articles(const InputOptions& options, std::size_t batch,
                                    const std::function<void(const Engine&)>& on_batch) {
  Progress progress(!options.quiet);
  auto load_options = load_options_for(options, progress);
  if (!load_options) return std::nullopt;
  IngestReport total;
  auto consume = [&](std::vector<Article>&& articles) {
    Engine engine(engine_options_for(options));
    IngestReport part = engine.add(std::move(articles));
    total.read += part.read;
    total.added += part.added;
    total.reader_comments.articles += part.reader_comments.articles;
    total.reader_comments.sentences += part.reader_comments.sentences;
    on_batch(engine);
  };
  // A failing batch (a full disk) stops the analysis, not the read, so that
  // the input's diagnostics are still reported before the failure is rethrown.
  std::exception_ptr failure;
  load_options->batch_articles = batch;
  load_options->sink = [&](std::vector<Article>&& articles) {
    if (failure) return;
    try {
      consume(std::move(articles));
    } catch (...) {
      failure = std::current_exception();
    }
  };
  LoadResult loaded = FileSource(options.paths, *load_options).read();
  total.bytes = loaded.bytes_read;
  total.diagnostics = std::move(loaded.diagnostics);
  if (failure) {
    print_diagnostics(options, total.diagnostics);
    std::rethrow_exception(failure);
  }
  if (!report_read(options, total, progress)) return std::nullopt;
  return total.diagnostics.has_errors();
}

}  // namespace annals::cli
