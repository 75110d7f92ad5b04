// Subcommands of the `annals` executable. Each lives in its own file and
// registers itself on the top-level app; when it runs it stores its exit code
// (0 all input used, 1 some records rejected, 2 usage error or no usable input).
#pragma once

#include <CLI/CLI.hpp>

namespace annals::cli {

void register_timeline_command(CLI::App& app, int& exit_code);
void register_bench_command(CLI::App& app, int& exit_code);
void register_train_command(CLI::App& app, int& exit_code);
void register_eval_command(CLI::App& app, int& exit_code);
void register_tag_command(CLI::App& app, int& exit_code);
void register_methods_command(CLI::App& app, int& exit_code);
void register_ingest_command(CLI::App& app, int& exit_code);
void register_store_command(CLI::App& app, int& exit_code);
void register_serve_command(CLI::App& app, int& exit_code);

}  // namespace annals::cli
