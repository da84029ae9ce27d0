// A thermal receipt printer speaking ESC/POS: on a device node (a USB printer class /dev/usb/lp0, a
// serial line) or at a network printer's raw port (TCP 9100). The receipt goes as a raster image
// (receipt_layout.h) and nothing of it is written to disk. Before printing, and after, the printer's
// real-time status is asked where it answers (serial, network, bidirectional USB): an empty roll or an
// offline printer is reported, so the kiosk asks the citizen to write the number and code down.
#pragma once

#include <string>

#include "native/device/device_stream.h"
#include "native/receipt/receipt_layout.h"
#include "platform/receipt_printer.h"

namespace hotline::native {

struct EscposPrinterConfig {
  std::string device;  // a device node; empty: the network printer at host:port
  int baud = 0;        // a serial printer's line speed; 0: a printer node left as it is
  std::string host;
  int port = 9100;
  int width_dots = 576;   // dots per line: 576 on 80 mm paper, 384 on 58 mm (203 dpi heads)
  int timeout_ms = 3000;  // to connect, and per status answer and write beyond the transfer time
};

class EscposPrinter final : public platform::ReceiptPrinter {
 public:
  EscposPrinter(EscposPrinterConfig config, std::string font_path)
      : config_(std::move(config)), layout_(std::move(font_path)) {}

  base::Expected<std::string, platform::PrintError> print(const platform::Receipt& receipt) override;

 private:
  base::Expected<device::DeviceStream, platform::PrintError> connect() const;
  std::string name() const;

  EscposPrinterConfig config_;
  ReceiptLayout layout_;
};

}  // namespace hotline::native
