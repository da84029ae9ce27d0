// Settings of a running server: listening address, clients, limits, logging, the web build.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cases/decode_budget.h"
#include "cases/identity_token.h"
#include "http/auth.h"
#include "http/rate_limiter.h"
#include "open311/discovery.h"

namespace hotline::server {

struct ServerConfig {
  std::string host = "127.0.0.1";
  int port = 8080;               // 0: any free port, printed on start
  std::string web_dir;           // empty: no static files
  std::string access_log = "-";  // "-" stderr, "off", or a file path
  std::vector<ApiClient> clients;
  std::vector<OperatorIdentity> operator_tokens;
  RateLimit submit_limit;
  // Failed query codes and operator tokens per address: 10, then one every 20 s.
  RateLimit failure_limit{0.05, 10};
  // Reverse proxies whose X-Forwarded-For names the client (client_address.h).
  std::vector<std::string> trusted_proxies;
  std::size_t max_body_bytes = 48u << 20;  // 9 photos of <= 5 MiB plus the fields
  std::size_t max_head_bytes = 16u << 10;  // request line and header lines together
  std::size_t max_connections = 10000;
  int head_timeout_ms = 10'000;  // idle keep-alive wait plus the whole head, however slowly it comes
  int body_timeout_ms = 60'000;  // the whole body
  DecodeLimits decode;           // pixels per photo and request, memory of concurrent decodes
  std::size_t max_fields = 64;
  std::size_t max_idempotency_key_chars = 128;
  // The status of a newly created request (POST requests): 200, what the spec's examples and most
  // GeoReport clients expect, or 201.
  int created_status = 200;
  // Where clients reach this deployment, e.g. "https://12345.fuzhou.gov.cn": absolute media_url values
  // and the default discovery endpoint are built from it; empty: from the request's Host.
  std::string public_base_url;
  // Discovery's endpoints (production, test, ...); empty: one production endpoint at the public base.
  std::vector<open311::DiscoveryEndpoint> endpoints;
  // What /config.json tells the web app served next to it.
  struct WebApp {
    std::string api_key;  // "": the first web client's key
    std::string base_url = "/open311/v2";
  } web_app;
  // Origins (scheme://host[:port]) whose pages may call what takes credentials (cors.h); Open311
  // reads are open to any origin.
  std::vector<std::string> cors_origins;
  // Host apps' signed identities of citizens (identity.json); no secret: none are taken.
  IdentityTokenConfig identity;
  int threads = 32;    // workers: requests that write (a commit waits for fsync)
  int io_threads = 0;  // event loops: connections and reads; 0: kLoopsPerCore per core (serve.cpp)
};

// Reads the JSON configuration file into `config`: api_keys (required), operator_tokens, rate_limit,
// failure_limit, trusted_proxies, cors_origins, public_base_url, endpoints, created_status, web_app,
// decode, limits, identity (docs/server.md, "Configuration"). Errors name the problem.
bool load_config_file(const std::string& path, ServerConfig& config, std::string& error);

}  // namespace hotline::server
