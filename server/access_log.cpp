// JSON-lines access log (see access_log.h).
#include "access_log.h"

#include <chrono>

#include <nlohmann/json.hpp>

#include "calendar/shanghai_time.h"
#include "wall_clock.h"

namespace hotline::server {

namespace {

thread_local std::chrono::steady_clock::time_point request_start;

}  // namespace

AccessLog::AccessLog(const std::string& target) {
  if (target == "-") {
    out_ = stderr;
  } else if (target != "off") {
    out_ = std::fopen(target.c_str(), "a");
    owned_ = out_ != nullptr;
  }
}

AccessLog::~AccessLog() {
  if (owned_) {
    std::fclose(out_);
  }
}

void AccessLog::mark_start() {
  request_start = std::chrono::steady_clock::now();
}

void AccessLog::write(const httplib::Request& req, const httplib::Response& res) {
  if (out_ == nullptr) {
    return;
  }
  const auto elapsed = std::chrono::steady_clock::now() - request_start;
  nlohmann::json line = {
      {"time", calendar::to_iso8601_shanghai(wall_clock_now())},
      {"remote", req.remote_addr},
      {"method", req.method},
      {"path", req.path},
      {"status", res.status},
      {"bytes", res.body.size()},
      {"ms", std::chrono::duration<double, std::milli>(elapsed).count()},
  };
  // Paths are client input: dump() with replacement keeps the log valid JSON whatever the bytes.
  const std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::lock_guard lock(mutex_);
  std::fwrite(text.data(), 1, text.size(), out_);
  std::fflush(out_);
}

}  // namespace hotline::server
