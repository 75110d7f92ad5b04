// Store's state, shared by its writing (store.cpp) and reading (store_read.cpp) halves.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "annals/store.h"
#include "store/sqlite.h"

namespace annals {

using store::Database;
using store::Statement;

struct Store::Impl {
  Database db;
  Mode mode;
  std::unordered_map<std::string, std::int64_t> word_ids;  // cache of the words table

  Impl(const std::string& path, Mode m);

  std::int64_t word_id(const std::string& word);
  std::int64_t next_batch();
  // Writes one record; returns 0 added, 1 updated, 2 unchanged, and its seq.
  int put_one(const AnalyzedArticle& record, const std::string& tag, std::int64_t& seq);
  PutReport put_batch(const std::vector<const AnalyzedArticle*>& records, std::size_t begin, std::size_t end,
                      const std::string& tag);
};

}  // namespace annals
