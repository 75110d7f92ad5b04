// Store's state, shared by its writing (store.cpp) and reading (store_read.cpp) halves.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "annals/store.h"
#include "common/string_hash.h"
#include "store/sqlite.h"

namespace annals {

namespace store {

// FNV-1a over the article's content, the analysis tag and the analysis
// version: what tells an unchanged re-ingest from an update.
std::int64_t content_hash(const Article& article, const std::string& tag, int analysis_version = kAnalysisVersion);

}  // namespace store

using store::Database;
using store::Statement;

struct Store::Impl {
  Database db;
  Mode mode;
  std::unordered_map<std::string, std::int64_t, StringHash, std::equal_to<>> word_ids;  // cache of the words table
  // The writer's statements, prepared once per connection: an ingest runs
  // each of them once per article or word.
  std::optional<Statement> find_article, insert_article, update_article, find_word, insert_word, insert_postings;

  Impl(const std::string& path, Mode m);

  // `slot`'s statement, prepared on first use and reset for new bindings after.
  Statement& statement(std::optional<Statement>& slot, const char* sql);
  std::int64_t word_id(std::string_view word);
  std::int64_t next_batch();
  // Writes one encoded record; returns 0 added, 1 updated, 2 unchanged, and its seq.
  int put_one(const Article& article, std::int64_t hash, const std::string& blob, std::int64_t& seq);
  PutReport put_batch(const std::vector<const AnalyzedArticle*>& records, std::size_t begin, std::size_t end,
                      const std::string& tag);
};

}  // namespace annals
