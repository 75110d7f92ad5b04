// A thin RAII layer over the SQLite C API: one connection, prepared
// statements with bound parameters (the only way data reaches SQL here), and
// every failure turned into an IoError naming the file and SQLite's reason.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace annals::store {

class Statement;

class Database {
 public:
  // `flags` as for sqlite3_open_v2. `immutable` opens a file nobody writes
  // while it is open (read-only media, a folder the reader cannot write)
  // without the WAL's shared-memory file, which a reader would have to create.
  Database(const std::string& path, int flags, bool immutable = false);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs SQL without parameters (schema, pragmas, BEGIN/COMMIT).
  void exec(const char* sql);
  Statement prepare(const char* sql);
  std::int64_t last_rowid() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }
  // SQLite opens a file it may not write read-only without saying so.
  bool read_only() const { return sqlite3_db_readonly(db_, "main") == 1; }
  const std::string& path() const { return path_; }
  [[noreturn]] void fail(int code, const std::string& what) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

class Statement {
 public:
  Statement(Database& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Statement(const Statement&) = delete;

  // Parameters are 1-based, as in SQLite.
  Statement& bind(int i, std::int64_t v);
  Statement& bind(int i, std::string_view text);
  Statement& bind_blob(int i, std::string_view bytes);
  // Steps once: true when a row is ready, false when done.
  bool step();
  // Resets for another run with new bindings.
  void reset();

  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  std::string_view text(int column) const;
  std::string_view blob(int column) const;

 private:
  Database* db_;
  sqlite3_stmt* stmt_;
};

}  // namespace annals::store
