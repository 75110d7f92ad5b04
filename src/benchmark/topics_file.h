// The benchmark topics file (../shared/data/topics.tsv): which topics make a
// dataset, where their articles are, and their keywords.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "annals/diagnostics.h"

namespace annals::benchmark {

struct Topic {
  std::string dataset;   // e.g. "t17-dev"
  std::string name;      // e.g. "bpoil"
  std::string language;  // e.g. "en"
  std::vector<std::filesystem::path> folders;  // resolved against the topics file's folder
  std::vector<std::string> keywords;
};

// Reads a TSV with columns dataset, topic, language, input folders (space
// separated, relative to the file's own folder), keywords (comma separated).
// Lines starting with '#' and blank lines are skipped; malformed lines are
// reported in `diagnostics` and skipped.
std::vector<Topic> read_topics_file(const std::filesystem::path& path, Diagnostics& diagnostics);

// Keeps the topics of `dataset` and named `topic`; an empty filter keeps all.
void filter_topics(std::vector<Topic>& topics, const std::string& dataset, const std::string& topic);

}  // namespace annals::benchmark
