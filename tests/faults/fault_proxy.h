// A loopback HTTP proxy that misbehaves on purpose: drops connections, answers 500/503 itself, delays,
// and -- the hard case -- forwards a request, lets the server commit it, then closes the client's
// connection without the answer. One request per connection (it forces "Connection: close").
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace hotline::faults {

enum class Fault { Pass, Drop, Error500, Error503, Delay, CutAfterCommit };
inline constexpr std::size_t kFaultCount = 6;

// Relative weights of the faults, picked per connection.
struct FaultMix {
  std::array<int, kFaultCount> weights = {50, 10, 8, 8, 12, 12};
  int max_delay_ms = 1500;
};

// A POST the server answered, as the proxy saw it (whether or not the client got the answer).
struct AnsweredPost {
  std::string idempotency_key;
  int status = 0;
  bool replayed = false;  // Idempotent-Replayed: true
  std::string body;
  bool delivered = false;  // relayed to the client (false: cut after commit)
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
  // Connections accepted so far; each gets the count before it as its sequence number.
  std::uint64_t accepted() const;
  // POSTs on connections numbered first_connection or later whose head has arrived and whose
  // connection is not finished: a client started after first_connection and killed now dies with a
  // submission on the wire.
  int posts_in_flight_since(std::uint64_t first_connection) const;
  std::vector<AnsweredPost> answered_posts() const;
  // Wait up to timeout until at least n connections were accepted / handled to the end (answered,
  // cut or dropped).
  bool wait_accepted(std::uint64_t n, std::chrono::milliseconds timeout);
  bool wait_finished(std::uint64_t n, std::chrono::milliseconds timeout);

 private:
  void accept_loop();
  void handle(int client, std::uint64_t sequence, Fault fault, int delay_ms);
  void record(const std::string& request, const std::string& response, bool delivered);
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
  std::set<std::uint64_t> posts_in_flight_;  // connection sequence numbers, under active_mutex_
  mutable std::mutex answered_mutex_;
  std::vector<AnsweredPost> answered_;
  mutable std::mutex active_mutex_;
  std::condition_variable idle_;
  int active_ = 0;  // connection threads still running (detached, so finished ones leave nothing behind)
  std::uint64_t accepted_ = 0;
  std::uint64_t finished_ = 0;
  std::thread acceptor_;
};

}  // namespace hotline::faults
