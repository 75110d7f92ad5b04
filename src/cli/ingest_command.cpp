// annals ingest --store FILE INPUT... : read and analyse articles once, and
// keep them in a store for later requests (annals timeline --store).
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

#include "annals/store.h"
#include "commands.h"
#include "input.h"

namespace annals::cli {

namespace {

// Articles read and analysed at a time (or --batch, when larger): an input
// of any size ingests in bounded memory, and the analysis still has enough
// work for every core.
constexpr std::size_t kAnalysisBatch = 5000;

struct IngestCommandOptions {
  InputOptions input;
  std::string store;
  std::size_t batch = 5000;  // one transaction per analysis batch
};

int run(const IngestCommandOptions& options) {
  // The store is opened first, so that a bad store fails before a long analysis.
  std::optional<Store> store;
  try {
    store.emplace(Store::open(options.store, Store::Mode::kReadWrite));
  } catch (const Error& e) {
    std::fprintf(stderr, "annals: %s\n", e.what());
    return 2;
  }
  // The analysis options are part of the content: the same article analysed
  // with its reader comments kept is a different record.
  const std::string tag = options.input.keep_comments ? "keep-comments" : "";
  PutReport total;
  std::optional<bool> had_errors;
  try {
    had_errors = stream_articles(options.input, std::max(kAnalysisBatch, options.batch), [&](const Engine& engine) {
      std::vector<const AnalyzedArticle*> records;
      records.reserve(engine.size());
      for (std::size_t i = 0; i < engine.size(); ++i) records.push_back(&engine.article(i));
      PutReport report = store->put(records, tag, options.batch);
      total.added += report.added;
      total.updated += report.updated;
      total.unchanged += report.unchanged;
    });
  } catch (const Error& e) {
    std::fprintf(stderr, "annals: %s; the articles committed before it are kept\n", e.what());
    return 2;
  }
  if (!had_errors) return 2;
  if (!options.input.quiet)
    std::fprintf(stderr, "annals: store %s: %zu added, %zu updated, %zu unchanged\n", options.store.c_str(),
                 total.added, total.updated, total.unchanged);
  return *had_errors ? 1 : 0;
}

}  // namespace

void register_ingest_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<IngestCommandOptions>();
  CLI::App* command = app.add_subcommand("ingest", "Read and analyse articles once and keep them in a store");
  add_input_options(*command, options->input);
  command->add_option("--store", options->store, "The store file (SQLite); created when absent")->required();
  command->add_option("--batch", options->batch, "Articles per transaction")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace annals::cli
