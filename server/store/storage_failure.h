// Storage failures: the database's detail goes to the operator's log, the client only learns that
// storage failed (the detail names tables, columns and values).
#pragma once

#include <string_view>

namespace hotline::server {

inline constexpr const char* kStorageUnavailable = "storage unavailable";

// One line on stderr: "hotline-server: storage failure while <context>: <detail>".
void log_storage_failure(std::string_view context, std::string_view detail);

}  // namespace hotline::server
