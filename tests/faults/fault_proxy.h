// A loopback HTTP proxy that misbehaves on purpose: drops connections, answers 500/503 itself, delays,
// and -- the hard case -- forwards a request, lets the server commit it, then closes the client's
// connection without the answer. One request per connection (it forces "Connection: close").
#pragma once

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <random>
#include <thread>

namespace hotline::faults {

enum class Fault { Pass, Drop, Error500, Error503, Delay, CutAfterCommit };
inline constexpr std::size_t kFaultCount = 6;

// Relative weights of the faults, picked per connection.
struct FaultMix {
  std::array<int, kFaultCount> weights = {50, 10, 8, 8, 12, 12};
  int max_delay_ms = 1500;
};

class FaultProxy {
 public:
  FaultProxy(int upstream_port, FaultMix mix, std::uint32_t seed);
  ~FaultProxy();
  FaultProxy(const FaultProxy&) = delete;
  FaultProxy& operator=(const FaultProxy&) = delete;

  int port() const { return port_; }
  std::uint64_t count(Fault fault) const { return counts_[static_cast<std::size_t>(fault)].load(); }
  // Every connection gets this fault from now on (nullopt-like: -1 returns to the mix).
  void force(int fault_or_minus_one) { forced_ = fault_or_minus_one; }

 private:
  void accept_loop();
  void handle(int client, Fault fault, int delay_ms);
  Fault pick(int& delay_ms);

  int upstream_port_;
  FaultMix mix_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<int> forced_{-1};
  std::mutex random_mutex_;
  std::mt19937 random_;
  std::array<std::atomic<std::uint64_t>, kFaultCount> counts_{};
  std::mutex active_mutex_;
  std::condition_variable idle_;
  int active_ = 0;  // connection threads still running (detached, so finished ones leave nothing behind)
  std::thread acceptor_;
};

}  // namespace hotline::faults
