#include <CLI/CLI.hpp>

#include "annals/version.h"
#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"annals: news timeline summarization"};
  app.set_version_flag("--version", std::string("annals ") + ANNALS_VERSION);
  app.require_subcommand(1);
  int exit_code = 0;
  annals::cli::register_timeline_command(app, exit_code);
  annals::cli::register_bench_command(app, exit_code);
  annals::cli::register_train_command(app, exit_code);
  annals::cli::register_eval_command(app, exit_code);
  annals::cli::register_tag_command(app, exit_code);
  annals::cli::register_methods_command(app, exit_code);
  annals::cli::register_ingest_command(app, exit_code);
  annals::cli::register_store_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;  // usage errors are exit code 2
  }
  return exit_code;
}
