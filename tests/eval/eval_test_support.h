// Shared helpers of the evaluation tests: the benchmark folder ../shared/eval
// (read in place, never copied) and small file readers.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "annals/eval/rouge_data.h"

namespace annals::eval::testing {

inline std::filesystem::path shared_eval_dir() { return std::filesystem::path(ANNALS_SHARED_DIR) / "eval"; }
inline std::filesystem::path resources_dir() { return shared_eval_dir() / "resources"; }
inline std::filesystem::path golden_dir() { return shared_eval_dir() / "golden"; }

inline bool have_shared_eval() { return std::filesystem::is_directory(resources_dir()); }

#define ANNALS_SKIP_WITHOUT_SHARED_EVAL()                                                      \
  if (!::annals::eval::testing::have_shared_eval())                                            \
  GTEST_SKIP() << "benchmark data not found at " << ::annals::eval::testing::shared_eval_dir() \
               << " (configure with -DANNALS_SHARED_DIR=... to run this test)"

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::vector<nlohmann::json> read_jsonl(const std::filesystem::path& path) {
  std::vector<nlohmann::json> records;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) records.push_back(nlohmann::json::parse(line));
  return records;
}

// The TSV form of the shared resources, loaded once per test program.
inline const RougeData& shared_rouge_data() {
  static const RougeData data = [] {
    RougeDataResult result = load_rouge_data(resources_dir());
    if (!result.data) throw std::runtime_error(result.error);
    return std::move(*result.data);
  }();
  return data;
}

}  // namespace annals::eval::testing
