// Storage failures: the database's detail goes to the operator's log, the client only learns that
// storage failed (the detail names tables, columns and values).
#pragma once

#include <string_view>

namespace hotline::server {

inline constexpr const char* kStorageUnavailable = "storage unavailable";

// 503 (with Retry-After) when no writable database is reachable right now (a PostgreSQL failover in
// progress: the client retries, its Idempotency-Key makes that safe), 500 for any other failure.
int storage_failure_status(std::string_view detail);

// One line on stderr: "hotline-server: storage failure while <context>: <detail>".
void log_storage_failure(std::string_view context, std::string_view detail);

}  // namespace hotline::server
