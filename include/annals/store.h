// A persistent collection of analysed articles in one SQLite file, so that a
// request never re-analyses text: `annals ingest` writes it, `annals timeline
// --store` reads the records of a window (and of a query) back.
//
//   Store store = Store::open("news.db", Store::Mode::kReadWrite);
//   PutReport r = store.put(records, tag);          // added / updated / unchanged
//   std::vector<AnalyzedArticle> rs = store.select(window, keywords);
//
// One writer and any number of readers may use a file at once (WAL mode);
// each Store object is one connection and is not shared between threads.
// Every problem with the file (cannot open, read-only, disk full, written by
// a newer annals, corrupt record) throws IoError or StoreVersionError.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "annals/analysis.h"
#include "annals/error.h"
#include "annals/request.h"

namespace annals {

// The store was written by a newer annals (its schema version is higher than
// the one this build knows).
class StoreVersionError : public Error {
 public:
  using Error::Error;
};

struct PutReport {
  std::size_t added = 0;      // ids the store did not have
  std::size_t updated = 0;    // known ids with new content: the old record is replaced
  std::size_t unchanged = 0;  // known ids with the same content hash: nothing written
};

struct StoreInfo {
  std::size_t articles = 0;
  int schema_version = 0;
  std::vector<std::string> languages;  // sorted, distinct
  std::vector<std::string> outlets;    // sorted, distinct (empty outlet left out)
  std::optional<Date> first_date, last_date;
  std::uint64_t bytes = 0;  // database pages in use (page_count * page_size)
};

// {"articles", "schema_version", "languages", "outlets", "first_date",
// "last_date", "bytes"} (dates null when the store is empty), indented,
// with a final newline: `annals store info --format json` and the server's
// /api/info.
std::string to_json(const StoreInfo& info);

struct CheckReport {
  bool ok = true;
  std::vector<std::string> problems;  // integrity_check messages and records that do not decode
  std::size_t records = 0;            // records decoded
};

class Store {
 public:
  enum class Mode { kReadOnly, kReadWrite };
  static constexpr int kSchemaVersion = 1;

  // Opens (kReadWrite: creates or migrates) the store at `path`.
  static Store open(const std::string& path, Mode mode);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // Persists the records, `batch_size` per transaction. `analysis_tag`
  // names the analysis options (e.g. "keep-comments"): it is part of the
  // content hash, so the same article analysed differently is an update.
  PutReport put(const std::vector<const AnalyzedArticle*>& records, const std::string& analysis_tag = "",
                std::size_t batch_size = 5000);

  // The records published inside `window`, in the order they were first
  // added; with `keywords` (folded, see fold_keywords) only those with a
  // sentence containing one of them, the rule summaries apply.
  std::vector<AnalyzedArticle> select(const DateWindow& window, const std::vector<std::string>& keywords = {}) const;

  // The record with this id, or nullopt.
  std::optional<AnalyzedArticle> find(const std::string& id) const;
  // Every record in the order first added (export, checks).
  void for_each(const std::function<void(const AnalyzedArticle&)>& visit) const;

  std::size_t remove(const std::string& id);
  std::size_t remove_before(Date day);  // published strictly before `day`

  StoreInfo info() const;
  CheckReport check() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The binary layout of one record in the store (documented in
// src/store/record_codec.h); exposed for tests and tools.
std::string encode_record(const AnalyzedArticle& record);
// Throws Error when `bytes` is not a well-formed record.
AnalyzedArticle decode_record(std::string_view bytes);

}  // namespace annals
