// The asynchronous HTTP transport: send a request, get one callback with the response or a network error.
#pragma once

#include <functional>

#include "platform/call.h"
#include "platform/http_types.h"

namespace hotline::platform {

using HttpCallback = std::function<void(HttpResult)>;

// An exchange is a one-shot call (call.h) in every implementation (curl on a worker thread,
// emscripten_fetch, the test fake):
// - the callback runs at most once, on the UI thread, and never from inside send() (always from a
//   later RunQueue::pump() or browser event), so callers may send again from a callback;
// - destroying or cancelling the returned handle aborts the exchange and the callback does not run
//   (a finished exchange may still have reached the server: cancelling never undoes a POST);
// - request.connect_timeout_ms / total_timeout_ms end the exchange with NetworkErrorCode::Timeout.
// The transport must outlive the handles it returned.
class HttpTransport {
 public:
  virtual ~HttpTransport() = default;
  virtual Call send(HttpRequest request, HttpCallback callback) = 0;
};

}  // namespace hotline::platform
