// A second-generation ID card reader's SAM module on a serial line: find the card, select it, read its
// base information (sam_frame.h, base_info.h). One read() is one look at the reader; it blocks for at
// most a few answer deadlines, so the kiosk runs it off the UI thread (background_reader.h).
#pragma once

#include <optional>
#include <string>

#include "base/expected.h"
#include "native/device/device_stream.h"
#include "native/idcard/sam_frame.h"
#include "platform/id_card_reader.h"

namespace hotline::native::idcard {

struct SamReaderConfig {
  std::string device;     // /dev/ttyUSB0, /dev/ttyS1, /dev/hotline-idcard (a udev link)
  int baud = 115200;      // the modules' default
  int timeout_ms = 1500;  // per answer: reading the chip takes up to about a second
};

class SamReader {
 public:
  explicit SamReader(SamReaderConfig config) : config_(std::move(config)) {}

  // The card on the reader (nullopt: none), or why it could not be read. An unplugged reader is opened
  // again on the next call.
  base::Expected<std::optional<platform::IdCard>, platform::CardReadError> read();

 private:
  using Answer = base::Expected<SamAnswer, platform::CardReadError>;
  // One command and its answer; `when_silent` is what no answer in time means.
  Answer exchange(SamCommand command, platform::CardReadProblem when_silent);
  base::Expected<std::optional<platform::IdCard>, platform::CardReadError> read_new_card();
  platform::CardReadError fail(platform::CardReadProblem problem, const std::string& detail);

  SamReaderConfig config_;
  device::DeviceStream stream_;
  // The card read while it stays on the reader: modules answer "no card" to "find" for a card already
  // read, and "select" tells whether it is still there.
  std::optional<platform::IdCard> present_;
};

}  // namespace hotline::native::idcard
