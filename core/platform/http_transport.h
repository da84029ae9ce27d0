// The asynchronous HTTP transport: send a request, get one callback with the response or a network error.
#pragma once

#include <cstdint>
#include <functional>

#include "platform/call.h"
#include "platform/http_types.h"

namespace hotline::platform {

using HttpCallback = std::function<void(HttpResult)>;
using HttpRequestId = std::uint64_t;

// Contract shared by every implementation (curl on a worker thread, emscripten_fetch, the test fake):
// - the callback runs exactly once, on the UI thread, and never from inside send() (always from a
//   later RunQueue::pump() or browser event), so callers may send again from a callback;
// - after cancel(id) returns the callback does not run (a finished exchange may still have reached
//   the server: cancelling never undoes a POST);
// - request.connect_timeout_ms / total_timeout_ms end the exchange with NetworkErrorCode::Timeout.
class HttpTransport {
 public:
  virtual ~HttpTransport() = default;
  virtual HttpRequestId send(HttpRequest request, HttpCallback callback) = 0;
  virtual void cancel(HttpRequestId id) = 0;
};

// The exchange as a Call, the way the app holds every one-shot call: destroying the handle cancels it.
// The transport must outlive the handle.
Call send(HttpTransport& transport, HttpRequest request, HttpCallback callback);

}  // namespace hotline::platform
