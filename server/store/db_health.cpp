// The database's engine and role (see db_health.h).
#include "store/db_health.h"

namespace hotline::server {

DbHealth check_health(DbPool& pool) {
  if (pool.target().engine == DbEngine::Sqlite) {
    return {"sqlite", "sqlite", true};
  }
  DbHealth health{"postgresql", "unreachable", false};
  auto lease = pool.read();
  if (!lease) {
    return health;
  }
  auto stmt = lease->db().prepare("SELECT pg_is_in_recovery()");
  if (!stmt) {
    return health;
  }
  auto row = stmt->step();
  if (!row || !*row) {
    return health;
  }
  const bool standby = stmt->column_text(0) == "t";
  health.role = standby ? "standby" : "primary";
  health.writable = !standby;
  return health;
}

}  // namespace hotline::server
