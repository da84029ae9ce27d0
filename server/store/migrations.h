// Schema creation and upgrades, tracked in a schema_version table, applied on every start.
#pragma once

#include "store/database.h"

namespace hotline::server {

// The schema version this build writes; a database from a newer build is refused.
int current_schema_version();

// Applies every migration newer than the database's version, each in its own transaction.
// Returns the resulting version.
DbResult<int> migrate(Database& db);

}  // namespace hotline::server
