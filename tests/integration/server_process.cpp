// Process control for the integration tests (see server_process.h).
#include "server_process.h"

#include "test_database.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

extern char** environ;

namespace hotline::integration {

namespace {

std::string read_line(int fd) {
  std::string line;
  char c = 0;
  while (::read(fd, &c, 1) == 1 && c != '\n') {
    line.push_back(c);
  }
  return line;
}

std::vector<char*> argv_of(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (auto& a : args) {
    argv.push_back(a.data());
  }
  argv.push_back(nullptr);
  return argv;
}

void write_config(const std::string& path, const ServerOptions& o) {
  std::ofstream out(path);
  out << R"({"api_keys": [{"client": "web", "key": ")" << kWebKey << R"(", "channel": "web"},)"
      << R"({"client": "kiosk", "key": ")" << kKioskKey << R"(", "channel": "kiosk"}],)"
      << R"("operator_tokens": [")" << kOperatorToken << R"("],)"
      << R"("rate_limit": {"per_second": )" << o.rate_per_second << R"(, "burst": )" << o.rate_burst << "}"
      << (o.extra_config.empty() ? "" : ", " + o.extra_config) << "}";
}

void append_bytes(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::vector<unsigned char> pixels(int width, int height, int seed) {
  std::vector<unsigned char> p(static_cast<std::size_t>(width * height * 3));
  std::mt19937 random(static_cast<unsigned>(seed));
  for (auto& v : p) {
    v = static_cast<unsigned char>(random());
  }
  return p;
}

// The binary under test: the build's own, or another build's (e.g. the sanitizer build) when the
// environment names one.
std::string server_binary() {
  const char* override_path = std::getenv("HOTLINE_SERVER_BINARY");
  return override_path != nullptr && *override_path != '\0' ? override_path : HOTLINE_SERVER_BINARY;
}

}  // namespace

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "hotline-it-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

ServerProcess::ServerProcess(const TempDir& dir, const ServerOptions& options) {
  const std::string config = dir.file("config.json");
  write_config(config, options);
  std::vector<std::string> args = {
      server_binary(), "serve", "--port",       std::to_string(options.port), "--db", db_argument(options.db),
      "--config",      config,  "--access-log", dir.file("access.log")};
  if (options.seed) {
    args.push_back("--seed");
  }
  if (!options.web_dir.empty()) {
    args.insert(args.end(), {"--web", options.web_dir});
  }
  int out[2];
  if (::pipe(out) != 0) {
    throw std::runtime_error("pipe failed");
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  error_log_path_ = dir.file("server-stderr.log");
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, error_log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                   0644);
  auto argv = argv_of(args);
  const int rc = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  if (rc != 0) {
    ::close(out[0]);
    throw std::runtime_error("cannot start hotline-server");
  }
  const std::string line = read_line(out[0]);
  ::close(out[0]);
  const auto colon = line.rfind(':');
  if (line.rfind("listening on ", 0) != 0 || colon == std::string::npos) {
    stop();
    throw std::runtime_error("hotline-server did not start: '" + line + "', stderr: " + error_log());
  }
  port_ = std::stoi(line.substr(colon + 1));
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) {
    stop();
  }
}

std::string ServerProcess::error_log() const {
  std::ifstream in(error_log_path_);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

httplib::Client ServerProcess::client() const {
  httplib::Client c("127.0.0.1", port_);
  c.set_read_timeout(10, 0);
  return c;
}

int ServerProcess::stop() {
  if (pid_ <= 0) {
    return -1;
  }
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void ServerProcess::kill() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
}

CommandResult run_command(std::vector<std::string> args) {
  int out[2];
  if (::pipe(out) != 0) {
    return {};
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  auto argv = argv_of(args);
  pid_t pid = -1;
  const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  CommandResult result;
  if (rc == 0) {
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(out[0], buffer, sizeof buffer)) > 0) {
      result.out.append(buffer, static_cast<std::size_t>(n));
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  ::close(out[0]);
  return result;
}

CommandResult run_server_binary(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {server_binary()};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_command(args);
}

CommandResult run_admin(const std::string& db, const std::vector<std::string>& args) {
  std::vector<std::string> full = {"admin", "--db", db_argument(db)};
  full.insert(full.end(), args.begin(), args.end());
  return run_server_binary(full);
}

std::string make_png(int width, int height, int seed) {
  std::string out;
  auto p = pixels(width, height, seed);
  stbi_write_png_to_func(append_bytes, &out, width, height, 3, p.data(), width * 3);
  return out;
}

std::string make_jpeg(int width, int height, int seed) {
  std::string out;
  auto p = pixels(width, height, seed);
  stbi_write_jpg_to_func(append_bytes, &out, width, height, 3, p.data(), 80);
  return out;
}

}  // namespace hotline::integration
