#include "annals/benchmark.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace annals::benchmark {

namespace {
std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator))
    if (!part.empty()) parts.push_back(part);
  return parts;
}
}  // namespace

std::vector<Topic> read_topics_file(const std::filesystem::path& path, Diagnostics& diagnostics) {
  std::ifstream in(path);
  if (!in) {
    diagnostics.error(path.string(), 0, "cannot open topics file");
    return {};
  }
  const std::filesystem::path base = path.parent_path();
  std::vector<Topic> topics;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> columns;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      columns.push_back(line.substr(start, tab - start));
    columns.push_back(line.substr(start));
    if (columns.size() != 5) {
      diagnostics.error(path.string(), number,
                        "expected 5 tab-separated columns (dataset, topic, language, folders, keywords), got " +
                            std::to_string(columns.size()));
      continue;
    }
    Topic topic{columns[0], columns[1], columns[2], {}, split(columns[4], ',')};
    for (const std::string& folder : split(columns[3], ' ')) topic.folders.push_back(base / folder);
    if (topic.folders.empty()) {
      diagnostics.error(path.string(), number, "topic '" + topic.name + "' lists no input folder");
      continue;
    }
    topics.push_back(std::move(topic));
  }
  return topics;
}

namespace {

// Topic and dataset names are ASCII identifiers ("H1N1" is "h1n1").
bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

void filter_topics(std::vector<Topic>& topics, const std::string& dataset, const std::string& topic) {
  std::erase_if(topics, [&](const Topic& t) {
    return (!dataset.empty() && !same_name(t.dataset, dataset)) || (!topic.empty() && !same_name(t.name, topic));
  });
}

std::string describe_topics(const std::vector<Topic>& topics) {
  std::string out;
  for (const Topic& t : topics) out += (out.empty() ? "" : ", ") + t.dataset + "/" + t.name;
  return out.empty() ? "none" : out;
}

}  // namespace annals::benchmark
