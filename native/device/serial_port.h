// Opening a serial line (a UART, a USB-serial adapter, a pseudo-terminal in tests) raw, 8N1, at the
// given speed, without it becoming the kiosk's controlling terminal; or a printer's character device.
#pragma once

#include <string>

#include "base/expected.h"
#include "native/device/device_stream.h"

namespace hotline::native::device {

// The speeds serial peripherals are set to (SAM modules: 115200 by default, 57600, 38400, 19200, 9600).
bool is_supported_baud(int baud);

// Opens `path` for reading and writing, non-blocking. With `baud` > 0 the line is set raw 8N1 at that
// speed (the device must be a terminal); 0 leaves a character device (a USB printer node) as it is.
base::Expected<DeviceStream, StreamError> open_device(const std::string& path, int baud);

}  // namespace hotline::native::device
