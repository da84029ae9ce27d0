// platform::HttpTransport over emscripten_fetch (XMLHttpRequest underneath): asynchronous, no threads;
// callbacks run from the browser's event loop, never inside send().
#pragma once

#include "platform/http_transport.h"

namespace hotline::web {

class FetchTransport : public platform::HttpTransport {
 public:
  FetchTransport() = default;
  ~FetchTransport() override;
  FetchTransport(const FetchTransport&) = delete;
  FetchTransport& operator=(const FetchTransport&) = delete;

  platform::HttpRequestId send(platform::HttpRequest request, platform::HttpCallback callback) override;
  void cancel(platform::HttpRequestId id) override;
};

}  // namespace hotline::web
