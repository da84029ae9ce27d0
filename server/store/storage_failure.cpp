// Storage failure log lines (see storage_failure.h).
#include "store/storage_failure.h"

#include <cstdio>
#include <string>

#include "store/db_error.h"

namespace hotline::server {

void log_storage_failure(std::string_view context, std::string_view detail) {
  // One write per line, so lines from concurrent requests do not interleave.
  const std::string line =
      "hotline-server: storage failure while " + std::string(context) + ": " + std::string(detail) + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
}

int storage_failure_status(std::string_view detail) {
  return detail.rfind(kDbUnavailable, 0) == 0 ? 503 : 500;
}

}  // namespace hotline::server
