// platform::HttpTransport over libcurl's multi interface on one worker thread; callbacks are posted to
// the UI thread's RunQueue. TLS peers are verified against the system CA store, and the proxy comes
// from the environment (http_proxy, https_proxy, no_proxy), as libcurl does by default.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include "platform/http_transport.h"
#include "platform/run_queue.h"

namespace hotline::native {

class CurlTransport : public platform::HttpTransport {
 public:
  // The run queue must outlive the transport. Destruction aborts open exchanges without callbacks.
  explicit CurlTransport(platform::RunQueue& ui_queue);
  ~CurlTransport() override;
  CurlTransport(const CurlTransport&) = delete;
  CurlTransport& operator=(const CurlTransport&) = delete;

  platform::Call send(platform::HttpRequest request, platform::HttpCallback callback) override;

 private:
  // The worker's key of an exchange: the UI thread keeps the callbacks, the worker the curl handles.
  using ExchangeId = std::uint64_t;
  struct Exchange;
  void cancel_exchange(ExchangeId id);
  static std::unique_ptr<Exchange> make_exchange(ExchangeId id, platform::HttpRequest request);
  void run();
  void deliver(ExchangeId id, platform::HttpResult result);

  platform::RunQueue& ui_queue_;
  void* multi_ = nullptr;  // CURLM*
  std::mutex mutex_;
  std::deque<std::pair<ExchangeId, platform::HttpRequest>> incoming_;
  std::set<ExchangeId> cancelled_incoming_;
  bool stopping_ = false;
  ExchangeId last_id_ = 0;
  // UI thread only: the callbacks (guarded by their handles) of exchanges not yet delivered or aborted.
  std::shared_ptr<std::map<ExchangeId, platform::HttpCallback>> callbacks_;
  std::thread worker_;
};

}  // namespace hotline::native
