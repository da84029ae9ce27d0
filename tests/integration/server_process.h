// Test harness: runs the real hotline-server binary on a loopback port (port 0, the printed port is
// read back, stderr kept in a file), drives the admin CLI, and makes test images.
#pragma once

#include <httplib.h>

#include <filesystem>
#include <string>
#include <vector>

namespace hotline::integration {

inline constexpr const char* kWebKey = "test-web-key-123";
inline constexpr const char* kKioskKey = "test-kiosk-key-123";
inline constexpr const char* kOperatorToken = "test-operator-token-0123456789";

// A fresh temporary directory, removed at the end of the test.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct ServerOptions {
  std::string db;
  std::string web_dir;
  double rate_per_second = 100;
  double rate_burst = 1000;
  bool seed = true;
  std::string extra_config;  // more members of the config file, e.g. R"("trusted_proxies": ["127.0.0.1"])"
  int port = 0;              // 0: any free port; a fixed one brings a killed instance back where it was
};

class ServerProcess {
 public:
  ServerProcess(const TempDir& dir, const ServerOptions& options);
  ~ServerProcess();  // SIGTERM if still running
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  int pid() const { return pid_; }
  httplib::Client client() const;
  // SIGTERM and wait; returns the exit status (0 on a clean shutdown).
  int stop();
  // SIGKILL and wait: the instance dies mid-request, as when its machine is lost.
  void kill();
  // What the server wrote to stderr so far (its operator log; the access log is a file of its own).
  std::string error_log() const;

 private:
  int pid_ = -1;
  int port_ = 0;
  std::string error_log_path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;
};

// Runs a program (looked up in PATH) with its stdout captured; exit_code -1 when it cannot be started.
CommandResult run_command(std::vector<std::string> args);
// hotline-server admin --db <db> <args...>
CommandResult run_admin(const std::string& db, const std::vector<std::string>& args);
CommandResult run_server_binary(const std::vector<std::string>& args);

// Small real images (stb_image_write), different for each seed value.
std::string make_png(int width, int height, int seed);
std::string make_jpeg(int width, int height, int seed);

}  // namespace hotline::integration
