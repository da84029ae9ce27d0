// What /healthz reports: the engine and the role of the database this instance reached.
#pragma once

#include <string>

#include "store/db_pool.h"

namespace hotline::server {

struct DbHealth {
  std::string engine;  // "sqlite" or "postgresql"
  std::string role;    // "sqlite", "primary", "standby" (pg_is_in_recovery()), or "unreachable"
  bool writable = false;
};

// One round trip on a pooled connection (reconnecting, and so finding a promoted standby, if needed).
DbHealth check_health(DbPool& pool);

}  // namespace hotline::server
