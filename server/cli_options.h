// Command line of hotline-server: `serve` and `admin` with their options, and the --help text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "backend.h"
#include "server_config.h"

namespace hotline::server {

struct AdminCommand {
  std::string verb;    // accept, dispatch, handle, reply, rate, rework, close, ..., show, list, seed
  std::string number;  // the request, for workflow verbs and show
  std::string actor = "admin";
  std::optional<std::string> unit;
  std::string note;
  std::vector<std::string> photo_files;
  std::optional<std::string> satisfaction;
  bool rework = false;
};

struct CliOptions {
  enum class Mode { Help, Serve, Admin } mode = Mode::Help;
  BackendOptions backend;
  ServerConfig server;
  std::string config_file;
  AdminCommand admin;
};

// Parses argv; on error returns a message for stderr (exit code 2).
base::Expected<CliOptions, std::string> parse_cli(const std::vector<std::string>& args);

std::string usage_text();

}  // namespace hotline::server
