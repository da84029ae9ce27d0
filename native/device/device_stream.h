// A byte stream to a peripheral (a serial line, a USB printer node, a printer's TCP port) with a
// deadline on every exchange: a kiosk's peripherals get unplugged, powered off or jammed, and none of
// that may hang the kiosk. Owns the file descriptor.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hotline::native::device {

enum class StreamProblem {
  Timeout,       // nothing within the deadline: the device is silent
  Disconnected,  // hung up, unplugged, EIO/ENXIO/ENODEV/EPIPE, the peer closed
  Failed,        // another error (the detail names it)
};

struct StreamError {
  StreamProblem problem;
  std::string detail;
};

class DeviceStream {
 public:
  DeviceStream() = default;
  explicit DeviceStream(int fd) : fd_(fd) {}
  DeviceStream(DeviceStream&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  DeviceStream& operator=(DeviceStream&& other) noexcept;
  DeviceStream(const DeviceStream&) = delete;
  DeviceStream& operator=(const DeviceStream&) = delete;
  ~DeviceStream() { close(); }

  bool is_open() const { return fd_ >= 0; }
  int fd() const { return fd_; }
  void close();

  // All of `bytes` written before the deadline, or why not.
  std::optional<StreamError> write_all(const std::vector<std::uint8_t>& bytes, int timeout_ms);
  // Whatever arrives first (at least one byte) within the deadline, appended to `out`.
  std::optional<StreamError> read_some(std::vector<std::uint8_t>& out, int timeout_ms);
  // Drops bytes already received and not read (a late answer to an abandoned command).
  void discard_input();

 private:
  int fd_ = -1;
};

// errno as a problem: the errors that mean the device has gone are Disconnected.
StreamError stream_error(int error, const std::string& what);

}  // namespace hotline::native::device
