// Runs the HTTP server until SIGINT/SIGTERM: in-flight requests finish, the database closes cleanly.
#pragma once

#include "backend.h"
#include "server_config.h"

namespace hotline::server {

// Prints "listening on http://HOST:PORT" on stdout once the socket is bound (port 0 picks a free
// one). Returns the process exit code.
int run_http_server(Backend& backend, const ServerConfig& config);

}  // namespace hotline::server
