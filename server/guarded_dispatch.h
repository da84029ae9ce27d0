// Routing with a last line of defence: whatever a handler throws is answered 500, and logged as one
// line naming what was thrown under the id the answer carries (X-Request-Id), so a report can be matched.
#pragma once

#include <cstdio>

#include "http/message.h"
#include "http/router.h"

namespace hotline::server {

// Runs the route for `req` (404 when none matches). A handler that throws leaves no half-built answer:
// `res` becomes a 500 with X-Request-Id, and `log` (stderr in the server) gets the line
// "hotline-server: request <id> (<method> <path>) failed: <what>".
void dispatch_guarded(const http::Router& router, http::Request& req, http::Response& res, std::FILE* log);

}  // namespace hotline::server
