// Settings of a running server: listening address, clients, limits, logging, the web build.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "http/auth.h"
#include "http/rate_limiter.h"

namespace hotline::server {

struct ServerConfig {
  std::string host = "127.0.0.1";
  int port = 8080;               // 0: any free port, printed on start
  std::string web_dir;           // empty: no static files
  std::string access_log = "-";  // "-" stderr, "off", or a file path
  std::vector<ApiClient> clients;
  std::vector<std::string> operator_tokens;
  RateLimit submit_limit;
  // Reverse proxies whose X-Forwarded-For names the client (client_address.h).
  std::vector<std::string> trusted_proxies;
  std::size_t max_body_bytes = 48u << 20;  // 9 photos of <= 5 MiB plus the fields
  std::size_t max_head_bytes = 16u << 10;  // request line and header lines together
  std::size_t max_connections = 10000;
  int head_timeout_ms = 10'000;  // idle keep-alive wait plus the whole head, however slowly it comes
  int body_timeout_ms = 60'000;  // the whole body
  std::size_t max_fields = 64;
  std::size_t max_idempotency_key_chars = 128;
  int threads = 32;    // workers: requests that write (a commit waits for fsync)
  int io_threads = 0;  // event loops: connections and reads; 0: kLoopsPerCore per core (serve.cpp)
};

// Reads {"api_keys": [{"client": "web", "key": "...", "channel": "web"}, ...], "operator_tokens":
// ["..."], "rate_limit": {"per_second": 1, "burst": 20}, "trusted_proxies": ["127.0.0.1"], "limits":
// {"head_timeout_ms": 10000, "body_timeout_ms": 60000, "max_connections": 10000, "max_body_bytes": ...}}
// into `config`. Errors name the problem.
bool load_config_file(const std::string& path, ServerConfig& config, std::string& error);

}  // namespace hotline::server
