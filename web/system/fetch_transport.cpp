// emscripten_fetch transport (see fetch_transport.h). The browser hides why a request failed
// (offline, refused, CORS): status 0 is reported as Offline, unless the timeout had run out.
#include "web/system/fetch_transport.h"

#include <emscripten/emscripten.h>
#include <emscripten/fetch.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hotline::web {

namespace {

struct Exchange {
  FetchTransport* owner = nullptr;
  emscripten_fetch_t* fetch = nullptr;
  platform::HttpRequest request;
  platform::HttpCallback callback;
  std::vector<std::string> header_strings;
  std::vector<const char*> header_pointers;
  double started_ms = 0;
  bool finished = false;  // the browser answered; the callback waits for the RunQueue
};

// Every open exchange of every transport, by a number of its own. A fetch's userData carries only that
// number, so a late browser event for a cancelled exchange finds nothing.
using ExchangeId = std::uint64_t;
std::map<ExchangeId, std::unique_ptr<Exchange>>& registry() {
  static std::map<ExchangeId, std::unique_ptr<Exchange>> exchanges;
  return exchanges;
}
ExchangeId g_last_id = 0;

std::vector<platform::HttpHeader> response_headers(emscripten_fetch_t* fetch) {
  std::vector<platform::HttpHeader> out;
  const std::size_t length = emscripten_fetch_get_response_headers_length(fetch);
  if (length == 0) {
    return out;
  }
  std::string text(length + 1, '\0');
  emscripten_fetch_get_response_headers(fetch, text.data(), text.size());
  text.resize(length);
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find("\r\n", pos);
    if (eol == std::string::npos) {
      eol = text.size();
    }
    const std::string line = text.substr(pos, eol - pos);
    pos = eol + 2;
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
      const auto start = line.find_first_not_of(' ', colon + 1);
      out.push_back({line.substr(0, colon), start == std::string::npos ? "" : line.substr(start)});
    }
  }
  return out;
}

void finished(emscripten_fetch_t* fetch) {
  const auto id = static_cast<ExchangeId>(reinterpret_cast<std::uintptr_t>(fetch->userData));
  auto it = registry().find(id);
  if (it == registry().end()) {
    return;  // cancelled: cancel() closes the fetch itself
  }
  Exchange* exchange = it->second.get();
  platform::HttpResult result = platform::HttpResponse{};
  if (fetch->status == 0) {
    const double elapsed = emscripten_get_now() - exchange->started_ms;
    const bool timed_out = elapsed + 50 >= exchange->request.total_timeout_ms;
    result = base::unexpected(platform::NetworkError{
        timed_out ? platform::NetworkErrorCode::Timeout : platform::NetworkErrorCode::Offline, fetch->statusText});
  } else {
    platform::HttpResponse response;
    response.status = fetch->status;
    response.headers = response_headers(fetch);
    response.body.assign(fetch->data, static_cast<std::size_t>(fetch->numBytes));
    result = std::move(response);
  }
  emscripten_fetch_close(fetch);
  exchange->finished = true;
  exchange->fetch = nullptr;
  // Results reach the app by one path, the RunQueue, like the native transport's: the app pumps it and
  // its waker schedules a frame. The exchange stays registered until then, so cancel() still wins.
  exchange->owner->queue().post([id, result = std::move(result)]() mutable {
    auto open = registry().find(id);
    if (open == registry().end()) {
      return;
    }
    platform::HttpCallback callback = std::move(open->second->callback);
    registry().erase(open);
    callback(std::move(result));
  });
}

}  // namespace

FetchTransport::~FetchTransport() {
  std::vector<ExchangeId> mine;
  for (const auto& [id, exchange] : registry()) {
    if (exchange->owner == this) {
      mine.push_back(id);
    }
  }
  for (auto id : mine) {
    cancel(id);
  }
}

platform::Call FetchTransport::send(platform::HttpRequest request, platform::HttpCallback callback) {
  const ExchangeId id = ++g_last_id;
  platform::Call call = platform::Call::started([this, id] { cancel(id); });
  auto exchange = std::make_unique<Exchange>();
  exchange->owner = this;
  exchange->request = std::move(request);
  exchange->callback = call.deliver(std::move(callback));
  exchange->started_ms = emscripten_get_now();
  for (const auto& h : exchange->request.headers) {
    exchange->header_strings.push_back(h.name);
    exchange->header_strings.push_back(h.value);
  }
  for (const auto& s : exchange->header_strings) {
    exchange->header_pointers.push_back(s.c_str());
  }
  exchange->header_pointers.push_back(nullptr);

  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strcpy(attr.requestMethod, std::string(platform::to_code(exchange->request.method)).c_str());
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.timeoutMSecs = static_cast<unsigned long>(exchange->request.total_timeout_ms);
  attr.requestHeaders = exchange->header_pointers.data();
  if (exchange->request.method == platform::HttpMethod::Post) {
    attr.requestData = exchange->request.body.data();
    attr.requestDataSize = exchange->request.body.size();
  }
  attr.userData = reinterpret_cast<void*>(static_cast<std::uintptr_t>(id));
  attr.onsuccess = finished;
  attr.onerror = finished;
  const std::string url = exchange->request.url;
  Exchange* open = exchange.get();
  registry()[id] = std::move(exchange);
  emscripten_fetch_t* fetch = emscripten_fetch(&attr, url.c_str());
  if (registry().count(id) > 0) {
    open->fetch = fetch;
  }
  return call;
}

void FetchTransport::cancel(std::uint64_t id) {
  auto it = registry().find(id);
  if (it == registry().end() || it->second->owner != this) {
    return;
  }
  emscripten_fetch_t* fetch = it->second->fetch;
  const bool finished = it->second->finished;
  registry().erase(it);  // before closing: close() reports the abort to onerror, which must find nothing
  if (!finished) {
    emscripten_fetch_close(fetch);
  }
}

}  // namespace hotline::web
