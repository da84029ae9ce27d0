// A SAM module simulated on a pseudo-terminal for the driver's tests: the driver opens the terminal's
// device as it would /dev/ttyUSB0, and this answers its frames byte for byte as a module does -- or
// garbles, withholds, fails the read, or goes away when the test says so.
#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "native/idcard/sam_frame.h"
#include "platform/id_card_reader.h"

namespace hotline::testing {

class PtySamModule {
 public:
  enum class Fault {
    None,
    BadChecksum,     // the next answer's checksum is wrong
    Silent,          // no answers at all
    RemovedMidRead,  // the card leaves while its chip is read: "read base information" fails (SW3 41)
  };

  PtySamModule();
  ~PtySamModule();
  PtySamModule(const PtySamModule&) = delete;
  PtySamModule& operator=(const PtySamModule&) = delete;

  // The device path the driver opens (/dev/pts/N).
  const std::string& device() const { return device_; }
  // Places a card (it will be found, then read) or takes it off (nullopt).
  void place(std::optional<platform::IdCard> card);
  void set_fault(Fault fault);
  // The reader's cable pulled: the terminal's master side closes.
  void unplug();
  // Commands received, in order, as "CMD PARA" pairs like "20 01".
  std::string commands() const;

 private:
  void run();
  native::idcard::Bytes answer(native::idcard::SamCommand command);

  int master_ = -1;
  std::string device_;
  mutable std::mutex mutex_;
  std::optional<platform::IdCard> card_;
  bool card_read_ = false;  // modules answer "no card" to "find" once they have read the card on them
  Fault fault_ = Fault::None;
  std::string commands_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

// The base information a module returns for `card`: lengths, the 256-byte text block (with an
// address and dates the driver must not keep), and a 1024-byte photo block.
native::idcard::Bytes base_info_data(const platform::IdCard& card);

}  // namespace hotline::testing
