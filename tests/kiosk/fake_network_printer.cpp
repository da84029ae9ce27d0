// The loopback printer's socket and status answers (see fake_network_printer.h).
#include "fake_network_printer.h"

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace hotline::testing {

FakeNetworkPrinter::FakeNetworkPrinter() {
  listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listener_, 4) != 0 || ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
    throw std::runtime_error("no loopback socket");
  }
  port_ = ntohs(address.sin_port);
  thread_ = std::thread([this] { run(); });
}

FakeNetworkPrinter::~FakeNetworkPrinter() {
  stop_ = true;
  thread_.join();
  ::close(listener_);
}

void FakeNetworkPrinter::set_status(std::uint8_t printer, std::uint8_t paper) {
  std::lock_guard lock(mutex_);
  printer_status_ = printer;
  paper_status_ = paper;
}

std::vector<std::uint8_t> FakeNetworkPrinter::received() {
  // The client closes its connection when the job is sent; wait for the printer to see that.
  for (int i = 0; i < 500; ++i) {
    {
      std::lock_guard lock(mutex_);
      if (closed_) {
        return received_;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  throw std::runtime_error("the printer's client never closed its connection");
}

void FakeNetworkPrinter::run() {
  while (!stop_) {
    pollfd p{listener_, POLLIN, 0};
    if (::poll(&p, 1, 20) <= 0) {
      continue;
    }
    const int client = ::accept(listener_, nullptr, nullptr);
    if (client < 0) {
      continue;
    }
    {
      std::lock_guard lock(mutex_);
      received_.clear();
      closed_ = false;
    }
    std::vector<std::uint8_t> pending;  // the tail of a DLE EOT split across reads
    for (;;) {
      std::uint8_t buffer[4096];
      const ssize_t n = ::read(client, buffer, sizeof buffer);
      if (n <= 0) {
        break;
      }
      std::lock_guard lock(mutex_);
      received_.insert(received_.end(), buffer, buffer + n);
      pending.insert(pending.end(), buffer, buffer + n);
      // Real-time commands are answered as they arrive, even inside a job's data (as printers do).
      for (std::size_t i = 0; i + 2 < pending.size(); ++i) {
        if (pending[i] == 0x10 && pending[i + 1] == 0x04 && (pending[i + 2] == 1 || pending[i + 2] == 4)) {
          const std::uint8_t answer = pending[i + 2] == 1 ? printer_status_ : paper_status_;
          if (::write(client, &answer, 1) != 1) {
            break;
          }
        }
      }
      pending.erase(pending.begin(), pending.end() - std::min<std::ptrdiff_t>(2, pending.size()));
    }
    ::close(client);
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
}

}  // namespace hotline::testing
