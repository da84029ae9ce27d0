// Non-blocking connect with a deadline (see tcp_connection.h).
#include "native/device/tcp_connection.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

namespace hotline::native::device {

base::Expected<DeviceStream, StreamError> connect_tcp(const std::string& host, int port, int timeout_ms) {
  const std::string where = host + ":" + std::to_string(port);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (const int rc = ::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found); rc != 0) {
    return base::unexpected(StreamError{StreamProblem::Disconnected, where + ": " + ::gai_strerror(rc)});
  }
  std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> addresses(found, &::freeaddrinfo);
  DeviceStream stream(::socket(found->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
  if (!stream.is_open()) {
    return base::unexpected(stream_error(errno, where));
  }
  if (::connect(stream.fd(), found->ai_addr, found->ai_addrlen) != 0) {
    if (errno != EINPROGRESS) {
      return base::unexpected(stream_error(errno, where));
    }
    pollfd p{stream.fd(), POLLOUT, 0};
    const int n = ::poll(&p, 1, timeout_ms);
    if (n == 0) {
      return base::unexpected(StreamError{StreamProblem::Timeout, where + ": no connection in time"});
    }
    int error = 0;
    socklen_t size = sizeof error;
    if (n < 0 || ::getsockopt(stream.fd(), SOL_SOCKET, SO_ERROR, &error, &size) != 0 || error != 0) {
      return base::unexpected(stream_error(n < 0 ? errno : error, where));
    }
  }
  // Status queries are 3 bytes: sent at once, not held back for more.
  const int one = 1;
  ::setsockopt(stream.fd(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return stream;
}

}  // namespace hotline::native::device
