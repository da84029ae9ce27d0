// A network receipt printer on loopback for the ESC/POS tests: it listens on a free port, answers the
// real-time status queries (DLE EOT n) with the status bytes the test sets, and keeps every byte it
// receives for the test to decode.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace hotline::testing {

class FakeNetworkPrinter {
 public:
  FakeNetworkPrinter();
  ~FakeNetworkPrinter();
  FakeNetworkPrinter(const FakeNetworkPrinter&) = delete;
  FakeNetworkPrinter& operator=(const FakeNetworkPrinter&) = delete;

  int port() const { return port_; }
  // The answers to DLE EOT 1 (printer) and DLE EOT 4 (paper roll); 0x12 is "all well".
  void set_status(std::uint8_t printer, std::uint8_t paper);
  // Everything received on the last connection once the client has closed it.
  std::vector<std::uint8_t> received();

 private:
  void run();

  int listener_ = -1;
  int port_ = 0;
  std::mutex mutex_;
  std::uint8_t printer_status_ = 0x12;
  std::uint8_t paper_status_ = 0x12;
  std::vector<std::uint8_t> received_;
  bool closed_ = false;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace hotline::testing
