// `hotline-server admin`: operator actions on the database directly (no server needed).
#pragma once

#include "backend.h"
#include "cli_options.h"

namespace hotline::server {

// Prints results as JSON on stdout and errors on stderr; returns the exit code (0 ok, 1 refused or
// failed, 2 usage).
int run_admin(Backend& backend, const BackendOptions& options, const AdminCommand& command);

}  // namespace hotline::server
