// JSON-lines access log (see access_log.h).
#include "http/access_log.h"

#include <chrono>

#include <nlohmann/json.hpp>

#include "calendar/shanghai_time.h"
#include "wall_clock.h"

namespace hotline::server {

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

void AccessLog::write(const http::Request& req, const http::Response& res, const std::string& client) {
  if (out_ == nullptr) {
    return;
  }
  const auto elapsed = std::chrono::steady_clock::now() - req.received_at;
  nlohmann::json line = {
      {"time", calendar::to_iso8601_shanghai(wall_clock_now())},
      {"remote", client},
      {"method", req.method},
      {"path", req.path},
      {"status", res.status},
      {"bytes", res.body.size()},
      {"ms", std::chrono::duration<double, std::milli>(elapsed).count()},
  };
  if (client != req.remote_addr) {
    line["proxy"] = req.remote_addr;
  }
  // Paths are client input: dump() with replacement keeps the log valid JSON whatever the bytes.
  const std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::lock_guard lock(mutex_);
  std::fwrite(text.data(), 1, text.size(), out_);
  std::fflush(out_);
}

}  // namespace hotline::server
