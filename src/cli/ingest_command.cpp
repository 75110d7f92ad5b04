// annals ingest --store FILE INPUT... : read and analyse articles once, and
// keep them in a store for later requests (annals timeline --store).
#include <cstdio>
#include <memory>
#include <optional>

#include "annals/store.h"
#include "commands.h"
#include "input.h"

namespace annals::cli {

namespace {

struct IngestCommandOptions {
  InputOptions input;
  std::string store;
  std::size_t batch = 1000;
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
  auto loaded = load_articles(options.input);
  if (!loaded) return 2;
  std::vector<const AnalyzedArticle*> records;
  records.reserve(loaded->engine.size());
  for (std::size_t i = 0; i < loaded->engine.size(); ++i) records.push_back(&loaded->engine.article(i));
  try {
    // The analysis options are part of the content: the same article analysed
    // with its reader comments kept is a different record.
    PutReport report = store->put(records, options.input.keep_comments ? "keep-comments" : "", options.batch);
    if (!options.input.quiet)
      std::fprintf(stderr, "annals: store %s: %zu added, %zu updated, %zu unchanged\n", options.store.c_str(),
                   report.added, report.updated, report.unchanged);
  } catch (const Error& e) {
    std::fprintf(stderr, "annals: %s\n", e.what());
    return 2;
  }
  return loaded->had_errors ? 1 : 0;
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
