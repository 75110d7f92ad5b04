#include "store/sqlite.h"

#include <cstdio>
#include <cstring>

#include "annals/error.h"

namespace annals::store {

namespace {

// "file:" + the path with the characters a URI gives a meaning to escaped.
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (unsigned char c : path) {
    if (c == '%' || c == '?' || c == '#' || c < 0x20 || c >= 0x7f) {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      uri += escaped;
    } else {
      uri += static_cast<char>(c);
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

Database::Database(const std::string& path, int flags, bool immutable) : path_(path) {
  const std::string name = immutable ? immutable_uri(path) : path;
  if (immutable) flags |= SQLITE_OPEN_URI;
  int rc = sqlite3_open_v2(name.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string reason = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw IoError("cannot open store '" + path + "': " + reason);
  }
  sqlite3_extended_result_codes(db_, 1);
  // Readers wait for a writer's commit instead of failing at once.
  sqlite3_busy_timeout(db_, 10000);
}

Database::~Database() { sqlite3_close(db_); }

void Database::fail(int code, const std::string& what) const {
  std::string reason = sqlite3_errmsg(db_);
  int primary = code & 0xff;
  if (primary == SQLITE_READONLY) reason = "the store is read-only (" + reason + ")";
  if (primary == SQLITE_FULL) reason = "the disk is full (" + reason + ")";
  if (primary == SQLITE_NOTADB) reason = "not an annals store (" + reason + ")";
  // "disk I/O error" alone does not say what to do. SQLite keeps the system's
  // reason only sometimes; a failed write is most often a full disk or a
  // file size limit (SQLite says SQLITE_FULL only for ENOSPC).
  if (code == SQLITE_IOERR_WRITE) reason = "cannot write the file, the disk may be full (" + reason + ")";
  if (int system = sqlite3_system_errno(db_); system != 0 && (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN))
    reason += ": " + std::string(std::strerror(system));
  throw IoError("store '" + path_ + "': " + what + ": " + reason);
}

void Database::exec(const char* sql) {
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) fail(rc, sql);
}

Statement Database::prepare(const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr);
  if (rc != SQLITE_OK) fail(rc, std::string("cannot prepare ") + sql);
  return Statement(*this, stmt);
}

Statement& Statement::bind(int i, std::int64_t v) {
  if (int rc = sqlite3_bind_int64(stmt_, i, v); rc != SQLITE_OK) db_->fail(rc, "bind");
  return *this;
}

Statement& Statement::bind(int i, std::string_view text) {
  int rc = sqlite3_bind_text64(stmt_, i, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) db_->fail(rc, "bind");
  return *this;
}

Statement& Statement::bind_blob(int i, std::string_view bytes) {
  // A zero-length blob still binds as a blob (not NULL).
  static const char kEmpty = 0;
  const char* data = bytes.empty() ? &kEmpty : bytes.data();
  if (int rc = sqlite3_bind_blob64(stmt_, i, data, bytes.size(), SQLITE_TRANSIENT); rc != SQLITE_OK)
    db_->fail(rc, "bind");
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_);
  db_->fail(rc, sqlite3_sql(stmt_));
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string_view Statement::text(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_, column);
  return p ? std::string_view(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, column)) : "";
}

std::string_view Statement::blob(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  return p ? std::string_view(static_cast<const char*>(p), sqlite3_column_bytes(stmt_, column)) : "";
}

}  // namespace annals::store
