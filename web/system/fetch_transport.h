// platform::HttpTransport over emscripten_fetch (XMLHttpRequest underneath): asynchronous, no threads;
// callbacks are posted to the app's RunQueue when the browser answers, never run inside send().
#pragma once

#include <cstdint>

#include "platform/http_transport.h"
#include "platform/run_queue.h"

namespace hotline::web {

class FetchTransport : public platform::HttpTransport {
 public:
  explicit FetchTransport(platform::RunQueue& queue) : queue_(queue) {}
  ~FetchTransport() override;
  FetchTransport(const FetchTransport&) = delete;
  FetchTransport& operator=(const FetchTransport&) = delete;

  platform::Call send(platform::HttpRequest request, platform::HttpCallback callback) override;

  platform::RunQueue& queue() { return queue_; }

 private:
  void cancel(std::uint64_t id);

  platform::RunQueue& queue_;
};

}  // namespace hotline::web
