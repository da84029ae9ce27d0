// termios set-up of a serial line (see serial_port.h).
#include "native/device/serial_port.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>

namespace hotline::native::device {
namespace {

speed_t speed_of(int baud) {
  switch (baud) {
    case 9600:
      return B9600;
    case 19200:
      return B19200;
    case 38400:
      return B38400;
    case 57600:
      return B57600;
    default:
      return B115200;
  }
}

}  // namespace

bool is_supported_baud(int baud) {
  return baud == 9600 || baud == 19200 || baud == 38400 || baud == 57600 || baud == 115200;
}

base::Expected<DeviceStream, StreamError> open_device(const std::string& path, int baud) {
  const int fd = ::open(path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    return base::unexpected(stream_error(errno, path));
  }
  DeviceStream stream(fd);
  if (baud <= 0) {
    return stream;
  }
  termios tty{};
  if (::tcgetattr(fd, &tty) != 0) {
    return base::unexpected(stream_error(errno, path + " is not a serial line"));
  }
  ::cfmakeraw(&tty);
  tty.c_cflag &= ~(CSTOPB | PARENB | CRTSCTS);
  tty.c_cflag |= CLOCAL | CREAD | CS8;
  tty.c_cc[VMIN] = 0;
  tty.c_cc[VTIME] = 0;
  ::cfsetispeed(&tty, speed_of(baud));
  ::cfsetospeed(&tty, speed_of(baud));
  if (::tcsetattr(fd, TCSANOW, &tty) != 0) {
    return base::unexpected(stream_error(errno, path + ": cannot set the line to " + std::to_string(baud) + " 8N1"));
  }
  // Whatever the device sent before we listened belongs to nobody.
  ::tcflush(fd, TCIOFLUSH);
  return stream;
}

}  // namespace hotline::native::device
