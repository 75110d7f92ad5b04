#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include "annals/version.h"
#include "commands.h"

namespace {

// CLI11 says "A subcommand is required" for `annals frobnicate`; say what
// was wrong and what exists instead.
int unknown_command(const CLI::App& app, const std::vector<std::string>& extras) {
  std::string names;
  for (const CLI::App* sub : app.get_subcommands({})) names += (names.empty() ? "" : ", ") + sub->get_name();
  if (extras.empty())
    std::fprintf(stderr, "annals: a command is required: %s (annals --help)\n", names.c_str());
  else
    std::fprintf(stderr, "annals: unknown command '%s'; commands: %s (annals --help)\n", extras.front().c_str(),
                 names.c_str());
  return 2;
}

int run(int argc, char** argv) {
  CLI::App app{"annals: news timeline summarization"};
  app.set_version_flag("--version", std::string("annals ") + ANNALS_VERSION);
  int exit_code = 0;
  annals::cli::register_timeline_command(app, exit_code);
  annals::cli::register_bench_command(app, exit_code);
  annals::cli::register_train_command(app, exit_code);
  annals::cli::register_eval_command(app, exit_code);
  annals::cli::register_tag_command(app, exit_code);
  annals::cli::register_methods_command(app, exit_code);
  annals::cli::register_ingest_command(app, exit_code);
  annals::cli::register_store_command(app, exit_code);
  annals::cli::register_serve_command(app, exit_code);
  // Only the top level lets an unknown word through, to name it below;
  // subcommands were created before, so they still reject extras.
  app.allow_extras();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;  // usage errors are exit code 2
  }
  if (app.get_subcommands().empty()) return unknown_command(app, app.remaining());
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  // Nothing may end the program with an uncaught exception (abort, exit code
  // 134): whatever escapes a command is reported and is a failure.
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "annals: out of memory\n");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "annals: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "annals: unexpected failure\n");
  }
  return 2;
}
