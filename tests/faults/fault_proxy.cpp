// The misbehaving proxy (see fault_proxy.h). Blocking sockets, one thread per connection: simple,
// and plenty for loopback tests.
#include "fault_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <iterator>
#include <stdexcept>
#include <string>

namespace hotline::faults {

namespace {

void set_timeouts(int fd, int seconds) {
  timeval tv{seconds, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

bool send_all(int fd, const std::string& data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) {
      return false;
    }
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

std::string lower(std::string s) {
  for (char& c : s) {
    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return s;
}

// The value of a header in an HTTP message's head, or "".
std::string header_value(const std::string& message, const std::string& lower_name) {
  const std::size_t head_end = message.find("\r\n\r\n");
  std::size_t pos = message.find("\r\n");
  while (pos != std::string::npos && pos < head_end) {
    const std::size_t eol = message.find("\r\n", pos + 2);
    const std::string line = message.substr(pos + 2, eol - pos - 2);
    const std::size_t colon = line.find(':');
    if (colon != std::string::npos && lower(line.substr(0, colon)) == lower_name) {
      const std::size_t start = line.find_first_not_of(' ', colon + 1);
      return start == std::string::npos ? "" : line.substr(start);
    }
    pos = eol;
  }
  return "";
}

// Reads one request (head + Content-Length body) and rewrites it to close the connection afterwards;
// on_head runs as soon as the head has arrived, with the method.
template <typename OnHead>
bool read_request(int fd, std::string& out, OnHead on_head) {
  std::string data;
  char buffer[16384];
  std::size_t head_end = std::string::npos;
  while ((head_end = data.find("\r\n\r\n")) == std::string::npos) {
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0 || data.size() > (1u << 20)) {
      return false;
    }
    data.append(buffer, static_cast<std::size_t>(n));
  }
  std::string head = data.substr(0, head_end + 2);
  std::string body = data.substr(head_end + 4);
  on_head(head.substr(0, head.find(' ')));
  std::size_t length = 0;
  std::string rewritten;
  std::size_t pos = 0;
  while (pos < head.size()) {
    const std::size_t eol = head.find("\r\n", pos);
    const std::string line = head.substr(pos, eol - pos);
    pos = eol + 2;
    const std::string name = lower(line.substr(0, line.find(':')));
    if (name == "content-length") {
      length = static_cast<std::size_t>(std::strtoull(line.substr(line.find(':') + 1).c_str(), nullptr, 10));
    }
    if (name != "connection" && name != "keep-alive") {
      rewritten += line + "\r\n";
    }
  }
  while (body.size() < length) {
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) {
      return false;
    }
    body.append(buffer, static_cast<std::size_t>(n));
  }
  out = rewritten + "Connection: close\r\n\r\n" + body;
  return true;
}

// Sends the request upstream and reads the whole answer (the server closes after it).
bool forward(int upstream_port, const std::string& request, std::string& response) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(upstream_port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  set_timeouts(fd, 30);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || !send_all(fd, request)) {
    ::close(fd);
    return false;
  }
  char buffer[16384];
  ssize_t n = 0;
  while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
    response.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return n == 0 && !response.empty();
}

std::string canned(int status, const char* reason) {
  const std::string body = std::string("fault proxy: ") + reason;
  return "HTTP/1.1 " + std::to_string(status) + " " + reason +
         "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\n\r\n" + body;
}

}  // namespace

FaultProxy::FaultProxy(int upstream_port, FaultMix mix, std::uint32_t seed)
    : upstream_port_(upstream_port), mix_(mix), random_(seed) {
  listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  const int one = 1;
  setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (::bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(listener_, 128) != 0 ||
      ::getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(listener_);
    throw std::runtime_error("fault proxy: cannot listen");
  }
  port_ = ntohs(addr.sin_port);
  acceptor_ = std::thread([this] { accept_loop(); });
}

FaultProxy::~FaultProxy() {
  stopping_ = true;
  acceptor_.join();
  ::close(listener_);
  std::unique_lock lock(active_mutex_);
  idle_.wait(lock, [this] { return active_ == 0; });
}

Fault FaultProxy::pick(int& delay_ms) {
  std::lock_guard lock(random_mutex_);
  delay_ms = std::uniform_int_distribution<int>(0, mix_.max_delay_ms)(random_);
  if (forced_ >= 0) {
    return static_cast<Fault>(forced_.load());
  }
  std::discrete_distribution<int> which(mix_.weights.begin(), mix_.weights.end());
  return static_cast<Fault>(which(random_));
}

void FaultProxy::accept_loop() {
  while (!stopping_) {
    pollfd p{listener_, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) {
      continue;
    }
    const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) {
      continue;
    }
    int delay_ms = 0;
    const Fault fault = pick(delay_ms);
    counts_[static_cast<std::size_t>(fault)]++;
    std::uint64_t sequence = 0;
    {
      std::lock_guard lock(active_mutex_);
      ++active_;
      sequence = accepted_++;
      idle_.notify_all();
    }
    std::thread([this, client, sequence, fault, delay_ms] {
      handle(client, sequence, fault, delay_ms);
      std::lock_guard lock(active_mutex_);
      --active_;
      ++finished_;
      idle_.notify_all();
    }).detach();
  }
}

std::uint64_t FaultProxy::accepted() const {
  std::lock_guard lock(active_mutex_);
  return accepted_;
}

int FaultProxy::posts_in_flight_since(std::uint64_t first_connection) const {
  std::lock_guard lock(active_mutex_);
  return static_cast<int>(std::distance(posts_in_flight_.lower_bound(first_connection), posts_in_flight_.end()));
}

bool FaultProxy::wait_accepted(std::uint64_t n, std::chrono::milliseconds timeout) {
  std::unique_lock lock(active_mutex_);
  return idle_.wait_for(lock, timeout, [&] { return accepted_ >= n; });
}

bool FaultProxy::wait_finished(std::uint64_t n, std::chrono::milliseconds timeout) {
  std::unique_lock lock(active_mutex_);
  return idle_.wait_for(lock, timeout, [&] { return finished_ >= n; });
}

std::vector<AnsweredPost> FaultProxy::answered_posts() const {
  std::lock_guard lock(answered_mutex_);
  return answered_;
}

void FaultProxy::record(const std::string& request, const std::string& response, bool delivered) {
  const std::size_t space = response.find(' ');
  const std::size_t body = response.find("\r\n\r\n");
  if (request.rfind("POST ", 0) != 0 || space == std::string::npos || body == std::string::npos) {
    return;
  }
  AnsweredPost post{header_value(request, "idempotency-key"), std::atoi(response.c_str() + space + 1),
                    header_value(response, "idempotent-replayed") == "true", response.substr(body + 4), delivered};
  std::lock_guard lock(answered_mutex_);
  answered_.push_back(std::move(post));
}

void FaultProxy::handle(int client, std::uint64_t sequence, Fault fault, int delay_ms) {
  set_timeouts(client, 30);
  const auto finish_post = [&] {
    std::lock_guard lock(active_mutex_);
    posts_in_flight_.erase(sequence);
  };
  std::string request;
  const bool complete = read_request(client, request, [&](const std::string& method) {
    if (method == "POST") {
      std::lock_guard lock(active_mutex_);
      posts_in_flight_.insert(sequence);
    }
  });
  if (!complete) {
    finish_post();
    ::close(client);
    return;
  }
  std::string response;
  switch (fault) {
    case Fault::Drop:
      break;
    case Fault::Error500:
      send_all(client, canned(500, "Internal Server Error"));
      break;
    case Fault::Error503:
      send_all(client, canned(503, "Service Unavailable"));
      break;
    case Fault::Delay:
      std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
      [[fallthrough]];
    case Fault::Pass:
      if (forward(upstream_port_, request, response)) {
        record(request, response, send_all(client, response));
      }
      break;
    case Fault::CutAfterCommit:
      // The server has committed; the client never hears.
      if (forward(upstream_port_, request, response)) {
        record(request, response, false);
      }
      break;
  }
  ::shutdown(client, SHUT_RDWR);
  ::close(client);
  finish_post();
}

}  // namespace hotline::faults
