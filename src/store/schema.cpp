#include "store/schema.h"

#include <string>

#include "annals/store.h"

namespace annals::store {

namespace {

// Version 1. `seq` numbers articles in the order first added: requests read
// them in that order, so a timeline does not depend on how ingests were split.
// `hash` is the content hash that tells an unchanged re-ingest from an update.
// postings: one row per (word, ingest batch), the batch's article numbers as
// delta varints, so a batch appends rows and never rewrites old ones.
const char* const kSchemaV1 = R"sql(
CREATE TABLE articles(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  published INTEGER NOT NULL,
  language TEXT NOT NULL,
  outlet TEXT NOT NULL,
  hash INTEGER NOT NULL,
  record BLOB NOT NULL);
CREATE INDEX articles_by_day ON articles(published);
CREATE TABLE words(id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
CREATE TABLE postings(word INTEGER NOT NULL, batch INTEGER NOT NULL, seqs BLOB NOT NULL,
  PRIMARY KEY(word, batch)) WITHOUT ROWID;
CREATE TABLE settings(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO settings VALUES('next_batch', 1);
)sql";

// kMigrations[v] brings version v to v+1.
const char* const kMigrations[] = {kSchemaV1};
static_assert(std::size(kMigrations) == Store::kSchemaVersion);

int user_version(Database& db) {
  Statement s = db.prepare("PRAGMA user_version");
  s.step();
  return static_cast<int>(s.integer(0));
}

void refuse_newer(Database& db, int version) {
  if (version > Store::kSchemaVersion)
    throw StoreVersionError("store '" + db.path() + "' has schema version " + std::to_string(version) +
                            ", written by a newer annals; this one reads up to version " +
                            std::to_string(Store::kSchemaVersion));
}

}  // namespace

void migrate(Database& db) {
  refuse_newer(db, user_version(db));
  db.exec("CREATE TABLE IF NOT EXISTS migrations(version INTEGER PRIMARY KEY, applied TEXT NOT NULL)");
  for (int version = user_version(db); version < Store::kSchemaVersion; ++version) {
    db.exec("BEGIN IMMEDIATE");
    try {
      db.exec(kMigrations[version]);
      db.prepare("INSERT INTO migrations VALUES(?, datetime('now'))").bind(1, version + 1).step();
      // PRAGMA takes no parameters; the value is our own integer, not data.
      db.exec(("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
      db.exec("COMMIT");
    } catch (...) {
      db.exec("ROLLBACK");
      throw;
    }
  }
}

void check_version(Database& db) {
  int version = user_version(db);
  refuse_newer(db, version);
  if (version == 0) throw IoError("'" + db.path() + "' is not an annals store (no schema); `annals ingest` creates one");
  if (version < Store::kSchemaVersion)
    throw IoError("store '" + db.path() + "' has schema version " + std::to_string(version) +
                  "; open it for writing (annals ingest) to upgrade it");
}

}  // namespace annals::store
