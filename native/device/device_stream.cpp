// Reads and writes with deadlines over poll(2) (see device_stream.h).
#include "native/device/device_stream.h"

#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <string.h>
#include <cerrno>
#include <chrono>
#include <cstring>

namespace hotline::native::device {
namespace {

using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left > 0 ? static_cast<int>(left) : 0;
}

// Waits for `events`; nullopt when ready.
std::optional<StreamError> wait_for(int fd, short events, Clock::time_point deadline, const char* what) {
  for (;;) {
    pollfd p{fd, events, 0};
    const int n = ::poll(&p, 1, remaining_ms(deadline));
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      return stream_error(errno, what);
    }
    if (n == 0) {
      return StreamError{StreamProblem::Timeout, std::string(what) + ": no answer in time"};
    }
    // POLLIN with POLLHUP: the last bytes are still to be read; the read then reports the hang-up.
    if ((p.revents & events) != 0) {
      return std::nullopt;
    }
    if ((p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0) {
      return StreamError{StreamProblem::Disconnected, std::string(what) + ": the device hung up"};
    }
  }
}

}  // namespace

StreamError stream_error(int error, const std::string& what) {
  const bool gone = error == EIO || error == ENXIO || error == ENODEV || error == EPIPE || error == ENOENT ||
                    error == ECONNREFUSED || error == ECONNRESET || error == EHOSTUNREACH || error == ENETUNREACH;
  return {gone ? StreamProblem::Disconnected : StreamProblem::Failed, what + ": " + std::strerror(error)};
}

DeviceStream& DeviceStream::operator=(DeviceStream&& other) noexcept {
  if (this != &other) {
    close();
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

void DeviceStream::close() {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

std::optional<StreamError> DeviceStream::write_all(const std::vector<std::uint8_t>& bytes, int timeout_ms) {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  std::size_t done = 0;
  while (done < bytes.size()) {
    if (auto e = wait_for(fd_, POLLOUT, deadline, "write")) {
      return e;
    }
    const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
      continue;
    }
    if (n < 0) {
      return stream_error(errno, "write");
    }
    done += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

std::optional<StreamError> DeviceStream::read_some(std::vector<std::uint8_t>& out, int timeout_ms) {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  std::uint8_t buffer[512];
  for (;;) {
    if (auto e = wait_for(fd_, POLLIN, deadline, "read")) {
      return e;
    }
    const ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
      continue;
    }
    if (n < 0) {
      return stream_error(errno, "read");
    }
    if (n == 0) {
      return StreamError{StreamProblem::Disconnected, "read: the device closed the connection"};
    }
    out.insert(out.end(), buffer, buffer + n);
    // The bytes held a citizen's data perhaps: the stack copy goes.
    ::explicit_bzero(buffer, sizeof buffer);
    return std::nullopt;
  }
}

void DeviceStream::discard_input() {
  if (::isatty(fd_) != 0) {
    ::tcflush(fd_, TCIFLUSH);
    return;
  }
  std::vector<std::uint8_t> drop;
  while (!read_some(drop, 0)) {
    drop.clear();
  }
}

}  // namespace hotline::native::device
