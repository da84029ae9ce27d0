// Storage errors as values, shared by both database engines.
#pragma once

#include <string>

#include "base/expected.h"

namespace hotline::server {

struct DbError {
  int code = 0;  // SQLite result code; 0 for PostgreSQL (the SQLSTATE is in the detail)
  std::string detail;
  // No writable database is reachable right now (PostgreSQL: connection lost, no primary yet): the
  // request may be retried, so the answer is 503 with Retry-After rather than 500.
  bool unavailable = false;
};

template <typename T>
using DbResult = base::Expected<T, DbError>;

}  // namespace hotline::server
