// nginx in front of test instances (see nginx_process.h).
#include "nginx_process.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "child_process.h"

namespace hotline::faults {

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

sockaddr_in loopback(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

// A port nothing listens on now (nginx cannot be told to pick one and report it).
int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address = loopback(0);
  socklen_t size = sizeof address;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
    throw std::runtime_error("no free loopback port");
  }
  ::close(fd);
  return ntohs(address.sin_port);
}

bool accepts_connections(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  const sockaddr_in address = loopback(port);
  const bool ok = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

NginxProcess::NginxProcess(const std::string& dir, const std::vector<int>& instance_ports) : dir_(dir) {
  std::filesystem::create_directories(dir_);
  for (auto path = std::filesystem::path(dir_); path != path.root_path(); path = path.parent_path()) {
    if (path.string().rfind(std::filesystem::temp_directory_path().string(), 0) != 0 ||
        path == std::filesystem::temp_directory_path()) {
      break;
    }
    ::chmod(path.c_str(), 0755);
  }
  std::string servers;
  for (int p : instance_ports) {
    // One failure takes an instance out for a second: the test kills instances often.
    servers += "        server 127.0.0.1:" + std::to_string(p) + " max_fails=1 fail_timeout=1s;\n";
  }
  port_ = free_port();
  std::string config = read_file(HOTLINE_NGINX_CONF_DIR "/loopback.conf.in");
  replace_all(config, "@DIR@", dir_);
  replace_all(config, "@PORT@", std::to_string(port_));
  replace_all(config, "@SERVERS@\n", servers);
  replace_all(config, "@PROXY_CONF@", HOTLINE_NGINX_CONF_DIR "/hotline-proxy.conf");
  std::ofstream(dir_ + "/nginx.conf") << config;

  pid_ = spawn_child({HOTLINE_NGINX, "-p", dir_, "-c", dir_ + "/nginx.conf", "-e", dir_ + "/error.log"});
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!accepts_connections(port_)) {
    if (wait_for_child(pid_, std::chrono::milliseconds(20)) || std::chrono::steady_clock::now() > deadline) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
      pid_ = -1;
      throw std::runtime_error("nginx did not start: " + error_log());
    }
  }
}

NginxProcess::~NginxProcess() {
  if (pid_ > 0) {
    ::kill(pid_, SIGTERM);  // fast shutdown: the master stops its workers and exits
    if (!wait_for_child(pid_, std::chrono::seconds(10))) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }
}

std::string NginxProcess::access_log() const {
  return read_file(dir_ + "/access.log");
}

std::string NginxProcess::error_log() const {
  return read_file(dir_ + "/error.log");
}

int NginxProcess::requests_retried(const std::string& method) const {
  std::istringstream lines(access_log());
  int retried = 0;
  for (std::string line; std::getline(lines, line);) {
    const auto upstreams = line.find(" \"");
    const bool tried_several = upstreams != std::string::npos && line.find(',', upstreams) != std::string::npos;
    retried += tried_several && line.rfind(method, 0) == 0 ? 1 : 0;
  }
  return retried;
}

}  // namespace hotline::faults
