// A TCP connection to a network peripheral (a receipt printer's raw port, 9100), opened within a
// deadline: a printer switched off must not hold the kiosk for the system's connect timeout.
#pragma once

#include <string>

#include "base/expected.h"
#include "native/device/device_stream.h"

namespace hotline::native::device {

// `host` is an address or a name from /etc/hosts (kiosks do not wait on DNS for their printer).
base::Expected<DeviceStream, StreamError> connect_tcp(const std::string& host, int port, int timeout_ms);

}  // namespace hotline::native::device
