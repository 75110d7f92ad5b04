// The store's tables and their versions. PRAGMA user_version holds the
// schema version; each migration brings a store from version v-1 to v inside
// one transaction and is recorded in the `migrations` table.
#pragma once

#include "store/sqlite.h"

namespace annals::store {

// Creates or upgrades the schema (writers). Throws StoreVersionError for a
// store of a newer annals.
void migrate(Database& db);
// Checks a store opened read-only is one this build can read.
void check_version(Database& db);

}  // namespace annals::store
