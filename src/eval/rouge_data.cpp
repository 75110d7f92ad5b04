#include "annals/eval/rouge_data.h"

#include <db.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string_view>

namespace annals::eval {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStopwordFile = "smart_common_words.txt";
constexpr const char* kExceptionDb = "WordNet-2.0.exc.db";
constexpr const char* kExceptionTsv = "wordnet20_exceptions.tsv";
constexpr const char* kWhereItLives =
    "ROUGE-1.5.5's data/ folder (in tilse: pyrouge/tools/ROUGE-1.5.5/data) has smart_common_words.txt "
    "and WordNet-2.0.exc.db; pass it with --rouge-data DIR or set ANNALS_ROUGE_DATA=DIR";

// Calls `line` for every line of a text file without its line end.
template <class F>
void for_each_line(const fs::path& path, F&& line) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::string text;
  std::size_t number = 0;
  while (std::getline(in, text)) {
    if (!text.empty() && text.back() == '\r') text.pop_back();
    line(++number, text);
  }
  if (in.bad()) throw std::runtime_error("error reading " + path.string());
}

std::unordered_set<std::string> read_stopwords(const fs::path& path) {
  std::unordered_set<std::string> words;
  for_each_line(path, [&](std::size_t, const std::string& line) { words.insert(line); });
  return words;
}

std::unordered_map<std::string, std::string> read_exception_tsv(const fs::path& path) {
  std::unordered_map<std::string, std::string> table;
  for_each_line(path, [&](std::size_t number, const std::string& line) {
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos)
      throw std::runtime_error(path.string() + ":" + std::to_string(number) + ": expected form<TAB>base");
    table.insert_or_assign(line.substr(0, tab), line.substr(tab + 1));
  });
  return table;
}

// Reads every key/value pair of ROUGE's hash database with Debian's libdb.
std::unordered_map<std::string, std::string> read_exception_db(const fs::path& path) {
  DB* raw = nullptr;
  if (int rc = db_create(&raw, nullptr, 0); rc != 0)
    throw std::runtime_error(std::string("libdb: ") + db_strerror(rc));
  std::unique_ptr<DB, void (*)(DB*)> db(raw, [](DB* d) { d->close(d, 0); });
  if (int rc = db->open(db.get(), nullptr, path.c_str(), nullptr, DB_UNKNOWN, DB_RDONLY, 0); rc != 0)
    throw std::runtime_error(path.string() + ": " + db_strerror(rc));
  DBC* raw_cursor = nullptr;
  if (int rc = db->cursor(db.get(), nullptr, &raw_cursor, 0); rc != 0)
    throw std::runtime_error(path.string() + ": " + db_strerror(rc));
  std::unique_ptr<DBC, void (*)(DBC*)> cursor(raw_cursor, [](DBC* c) { c->close(c); });
  std::unordered_map<std::string, std::string> table;
  DBT key, value;
  std::memset(&key, 0, sizeof key);
  std::memset(&value, 0, sizeof value);
  int rc;
  while ((rc = cursor->get(cursor.get(), &key, &value, DB_NEXT)) == 0)
    table.insert_or_assign(std::string(static_cast<const char*>(key.data), key.size),
                           std::string(static_cast<const char*>(value.data), value.size));
  if (rc != DB_NOTFOUND) throw std::runtime_error(path.string() + ": " + db_strerror(rc));
  return table;
}

RougeDataResult failure(std::string message) { return {std::nullopt, std::move(message)}; }

}  // namespace

RougeDataResult load_rouge_data(const fs::path& dir) {
  fs::path stopwords = dir / kStopwordFile, db = dir / kExceptionDb, tsv = dir / kExceptionTsv;
  bool has_db = fs::is_regular_file(db), has_tsv = fs::is_regular_file(tsv);
  if (!fs::is_regular_file(stopwords) || (!has_db && !has_tsv))
    return failure("ROUGE data directory " + dir.string() + " lacks " + kStopwordFile + " and " + kExceptionDb +
                   " (or its TSV dump " + kExceptionTsv + "). " + kWhereItLives);
  try {
    RougeData data;
    data.stopwords = read_stopwords(stopwords);
    data.exceptions = has_db ? read_exception_db(db) : read_exception_tsv(tsv);
    return {std::move(data), {}};
  } catch (const std::exception& e) {
    return failure(e.what());
  }
}

RougeDataResult find_rouge_data(const std::optional<fs::path>& dir, const std::vector<fs::path>& near) {
  if (dir) return load_rouge_data(*dir);
  if (const char* env = std::getenv(kRougeDataEnv); env && *env) return load_rouge_data(env);
  std::error_code error;
  for (const fs::path& file : near) {
    for (fs::path folder = fs::absolute(file, error).parent_path(); !error && !folder.empty();
         folder = folder.parent_path()) {
      const fs::path candidate = folder / "eval" / "resources";
      std::error_code missing;  // a folder without one is no error
      if (fs::is_directory(candidate, missing))
        if (RougeDataResult found = load_rouge_data(candidate); found.data) return found;
      if (folder == folder.root_path()) break;
    }
  }
  return failure(std::string("no ROUGE data directory given or found. ") + kWhereItLives);
}

}  // namespace annals::eval
