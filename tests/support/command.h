// Running the annals executable from end-to-end tests.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace annals::testing {

// The bundled demo corpus, as the end-to-end tests pass it to annals.
inline const std::string kDemo = std::string(ANNALS_SOURCE_DIR) + "/data/demo/articles.jsonl";

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Runs `build/<preset>/annals <arguments>` through the shell; `arguments` is
// pasted as is, so quote what needs quoting. `shell_prefix` goes before the
// command: shell settings ("ulimit -f 64;") or a wrapper ("setpriv ...").
inline CommandResult run_annals(const std::string& arguments, const std::string& shell_prefix = "") {
  static int counter = 0;
  auto err_path = std::filesystem::temp_directory_path() /
                  ("annals-test-stderr-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::string command =
      shell_prefix + " " + std::string(ANNALS_BINARY_DIR) + "/annals " + arguments + " 2>" + err_path.string();
  CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return result;
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) result.out.append(buffer, n);
  int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file(err_path);
  std::filesystem::remove(err_path);
  return result;
}

}  // namespace annals::testing
