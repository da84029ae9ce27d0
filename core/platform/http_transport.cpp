// An HTTP exchange as a Call (see http_transport.h).
#include "platform/http_transport.h"

#include <memory>
#include <utility>

namespace hotline::platform {

Call send(HttpTransport& transport, HttpRequest request, HttpCallback callback) {
  // The transport never calls back from inside send(), so the id is known before anything can cancel.
  auto id = std::make_shared<HttpRequestId>(0);
  Call call = Call::started([&transport, id] { transport.cancel(*id); });
  *id = transport.send(std::move(request), call.deliver(std::move(callback)));
  return call;
}

}  // namespace hotline::platform
