// hotline-server entry point: parse the command line, open the backend, serve or run an admin verb.
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "admin_command.h"
#include "calendar/iso_timestamp.h"
#include "cli_options.h"
#include "serve.h"

namespace {

using hotline::server::CliOptions;

void use_development_keys(hotline::server::ServerConfig& config) {
  using hotline::domain::Channel;
  config.clients = {{"web", "dev-web-key", Channel::Website},
                    {"kiosk", "dev-kiosk-key", Channel::Kiosk},
                    {"app", "dev-app-key", Channel::App}};
  if (const char* token = std::getenv("HOTLINE_OPERATOR_TOKEN"); token != nullptr && *token != '\0') {
    config.operator_tokens = {{token, "operator", ""}};
  }
}

}  // namespace

int main(int argc, char** argv) {
  auto options = hotline::server::parse_cli(std::vector<std::string>(argv + 1, argv + argc));
  if (!options) {
    std::cerr << "hotline-server: " << options.error() << "\n";
    return 2;
  }
  if (options->mode == CliOptions::Mode::Help) {
    std::cout << hotline::server::usage_text();
    return 0;
  }
  if (options->mode == CliOptions::Mode::Serve) {
    // A deployment's configuration names every key and token it accepts: the development ones, and
    // HOTLINE_OPERATOR_TOKEN, are never active beside it.
    std::string error;
    if (options->config_file.empty()) {
      use_development_keys(options->server);
    } else if (!hotline::server::load_config_file(options->config_file, options->server, error)) {
      std::cerr << "hotline-server: " << error << "\n";
      return 2;
    }
  }
  // QA: every command (serve, and the admin verbs scenarios run) reads the same fixed time.
  if (const char* fixed = std::getenv("HOTLINE_FIXED_CLOCK"); fixed != nullptr && *fixed != '\0') {
    const auto at = hotline::calendar::parse_iso8601_timestamp(fixed);
    if (!at) {
      std::cerr << "hotline-server: HOTLINE_FIXED_CLOCK expects an ISO 8601 time with its offset (e.g. "
                   "2026-12-01T09:00:00+08:00), got '"
                << fixed << "'\n";
      return 2;
    }
    options->backend.fixed_clock = *at;
  }
  // The database and the photos are citizens' personal data: files 0600, directories 0700, whatever
  // umask the server was started with.
  ::umask(0077);
  auto backend = hotline::server::open_backend(options->backend);
  if (!backend) {
    std::cerr << "hotline-server: " << backend.error() << "\n";
    return 1;
  }
  if (options->mode == CliOptions::Mode::Admin) {
    return hotline::server::run_admin(**backend, options->backend, options->admin);
  }
  return hotline::server::run_http_server(**backend, options->server);
}
