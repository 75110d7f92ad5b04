// ROUGE-1.5.5's two data files, which its scores depend on: the SMART
// stopword list and the WordNet-2.0 exception table of the stemmer. annals
// does not ship them (they are not its to redistribute); users point at the
// copy they have.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace annals::eval {

struct RougeData {
  std::unordered_set<std::string> stopwords;                   // smart_common_words.txt
  std::unordered_map<std::string, std::string> exceptions;     // inflected form -> base form
};

// Either the loaded data or a message saying what is missing and where it
// usually lives.
struct RougeDataResult {
  std::optional<RougeData> data;
  std::string error;
};

// Environment variable naming a ROUGE data directory.
inline constexpr const char* kRougeDataEnv = "ANNALS_ROUGE_DATA";

// Loads a directory holding smart_common_words.txt and either ROUGE's own
// Berkeley DB WordNet-2.0.exc.db or its TSV dump wordnet20_exceptions.tsv
// (one `form<TAB>base` per line); the .db wins when both are there.
RougeDataResult load_rouge_data(const std::filesystem::path& dir);

// Loads `dir` when given, else the directory named by ANNALS_ROUGE_DATA,
// else the first `eval/resources` holding the data in a folder above one of
// the `near` files (the shared layout: <shared>/data/topics.tsv and the
// timelines under <shared>/data/ have it in <shared>/eval/resources).
RougeDataResult find_rouge_data(const std::optional<std::filesystem::path>& dir,
                                const std::vector<std::filesystem::path>& near = {});

}  // namespace annals::eval
