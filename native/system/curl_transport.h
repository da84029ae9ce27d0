// platform::HttpTransport over libcurl's multi interface on one worker thread; callbacks are posted to
// the UI thread's RunQueue. TLS peers are verified against the system CA store, and the proxy comes
// from the environment (http_proxy, https_proxy, no_proxy), as libcurl does by default.
#pragma once

#include <atomic>
#include <condition_variable>
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

  platform::HttpRequestId send(platform::HttpRequest request, platform::HttpCallback callback) override;
  void cancel(platform::HttpRequestId id) override;

 private:
  struct Exchange;
  static std::unique_ptr<Exchange> make_exchange(platform::HttpRequestId id, platform::HttpRequest request);
  void run();
  void deliver(platform::HttpRequestId id, platform::HttpResult result);

  platform::RunQueue& ui_queue_;
  void* multi_ = nullptr;  // CURLM*
  std::mutex mutex_;
  std::deque<std::pair<platform::HttpRequestId, platform::HttpRequest>> incoming_;
  std::set<platform::HttpRequestId> cancelled_incoming_;
  bool stopping_ = false;
  platform::HttpRequestId last_id_ = 0;
  // UI thread only: callbacks of exchanges not yet delivered or cancelled.
  std::shared_ptr<std::map<platform::HttpRequestId, platform::HttpCallback>> callbacks_;
  std::thread worker_;
};

}  // namespace hotline::native
