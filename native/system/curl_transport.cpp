// libcurl multi on a worker thread (see curl_transport.h).
#include "native/system/curl_transport.h"

#include <curl/curl.h>

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "native/system/scrubbing_memory.h"

namespace hotline::native {

struct CurlTransport::Exchange {
  ExchangeId id = 0;
  platform::HttpRequest request;
  CURL* easy = nullptr;
  curl_slist* header_list = nullptr;
  platform::HttpResponse response;
  char error[CURL_ERROR_SIZE] = {};

  ~Exchange() {
    if (easy) {
      curl_easy_cleanup(easy);
    }
    curl_slist_free_all(header_list);
  }
};

namespace {

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto& headers = *static_cast<std::vector<platform::HttpHeader>*>(user);
  std::string line(data, size * count);
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) {
    line.pop_back();
  }
  if (line.rfind("HTTP/", 0) == 0) {
    headers.clear();  // a new response head (after 100 Continue): only the final one counts
  } else if (const auto colon = line.find(':'); colon != std::string::npos) {
    std::string value = line.substr(colon + 1);
    const auto start = value.find_first_not_of(" \t");
    headers.push_back({line.substr(0, colon), start == std::string::npos ? "" : value.substr(start)});
  }
  return size * count;
}

platform::NetworkErrorCode network_code(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
      return platform::NetworkErrorCode::Offline;
    case CURLE_OPERATION_TIMEDOUT:
      return platform::NetworkErrorCode::Timeout;
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return platform::NetworkErrorCode::ConnectionLost;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
      return platform::NetworkErrorCode::Tls;
    default:
      return platform::NetworkErrorCode::Other;
  }
}

}  // namespace

CurlTransport::CurlTransport(platform::RunQueue& ui_queue)
    : ui_queue_(ui_queue), callbacks_(std::make_shared<std::map<ExchangeId, platform::HttpCallback>>()) {
  // libcurl's buffers hold request bodies (a citizen's contact): freed cleared, like the kiosk's own.
  static const CURLcode global = curl_global_init_mem(
      CURL_GLOBAL_DEFAULT, [](std::size_t size) { return scrubbing_alloc(size, nullptr); },
      [](void* block) { scrubbing_free(block, nullptr); }, scrubbing_realloc,
      [](const char* text) {
        const std::size_t size = std::strlen(text) + 1;
        return static_cast<char*>(std::memcpy(scrubbing_alloc(size, nullptr), text, size));
      },
      [](std::size_t count, std::size_t size) { return std::calloc(count, size); });
  (void)global;
  multi_ = curl_multi_init();
  worker_ = std::thread([this] { run(); });
}

CurlTransport::~CurlTransport() {
  callbacks_->clear();  // deliveries already queued find nothing to call
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  curl_multi_wakeup(static_cast<CURLM*>(multi_));
  worker_.join();
  curl_multi_cleanup(static_cast<CURLM*>(multi_));
}

platform::Call CurlTransport::send(platform::HttpRequest request, platform::HttpCallback callback) {
  ExchangeId id = 0;
  {
    std::lock_guard lock(mutex_);
    id = ++last_id_;
    incoming_.emplace_back(id, std::move(request));
  }
  platform::Call call = platform::Call::started([this, id] { cancel_exchange(id); });
  callbacks_->emplace(id, call.deliver(std::move(callback)));
  curl_multi_wakeup(static_cast<CURLM*>(multi_));
  return call;
}

void CurlTransport::cancel_exchange(ExchangeId id) {
  if (callbacks_->erase(id) == 0) {
    return;
  }
  {
    std::lock_guard lock(mutex_);
    cancelled_incoming_.insert(id);
  }
  curl_multi_wakeup(static_cast<CURLM*>(multi_));
}

void CurlTransport::deliver(ExchangeId id, platform::HttpResult result) {
  ui_queue_.post([callbacks = callbacks_, id, result = std::move(result)]() mutable {
    auto it = callbacks->find(id);
    if (it == callbacks->end()) {
      return;  // cancelled meanwhile
    }
    platform::HttpCallback callback = std::move(it->second);
    callbacks->erase(it);
    callback(std::move(result));
  });
}

void CurlTransport::run() {
  auto* multi = static_cast<CURLM*>(multi_);
  std::map<ExchangeId, std::unique_ptr<Exchange>> active;
  for (;;) {
    std::deque<std::pair<ExchangeId, platform::HttpRequest>> incoming;
    std::set<ExchangeId> cancelled;
    {
      std::lock_guard lock(mutex_);
      if (stopping_) {
        break;
      }
      incoming.swap(incoming_);
      cancelled.swap(cancelled_incoming_);
    }
    for (auto& [id, request] : incoming) {
      if (cancelled.count(id) > 0) {
        continue;
      }
      auto exchange = make_exchange(id, std::move(request));
      if (!exchange) {
        deliver(id, base::unexpected(platform::NetworkError{platform::NetworkErrorCode::Other, "curl_easy_init"}));
        continue;
      }
      curl_multi_add_handle(multi, exchange->easy);
      active.emplace(id, std::move(exchange));
    }
    for (ExchangeId id : cancelled) {
      if (auto it = active.find(id); it != active.end()) {
        curl_multi_remove_handle(multi, it->second->easy);
        active.erase(it);
      }
    }
    int running = 0;
    curl_multi_perform(multi, &running);
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
      if (message->msg != CURLMSG_DONE) {
        continue;
      }
      Exchange* done = nullptr;
      curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &done);
      const CURLcode code = message->data.result;
      curl_multi_remove_handle(multi, message->easy_handle);
      auto it = active.find(done->id);
      if (code == CURLE_OK) {
        long status = 0;
        curl_easy_getinfo(done->easy, CURLINFO_RESPONSE_CODE, &status);
        done->response.status = static_cast<int>(status);
        deliver(done->id, std::move(done->response));
      } else {
        const std::string detail = done->error[0] != '\0' ? done->error : curl_easy_strerror(code);
        deliver(done->id, base::unexpected(platform::NetworkError{network_code(code), detail}));
      }
      active.erase(it);
    }
    curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
  }
  for (auto& [id, exchange] : active) {
    curl_multi_remove_handle(multi, exchange->easy);
  }
}

std::unique_ptr<CurlTransport::Exchange> CurlTransport::make_exchange(ExchangeId id, platform::HttpRequest request) {
  auto x = std::make_unique<Exchange>();
  x->id = id;
  x->request = std::move(request);
  x->easy = curl_easy_init();
  if (!x->easy) {
    return nullptr;
  }
  CURL* e = x->easy;
  const platform::HttpRequest& r = x->request;
  curl_easy_setopt(e, CURLOPT_URL, r.url.c_str());
  curl_easy_setopt(e, CURLOPT_PRIVATE, x.get());
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->error);
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM for DNS timeouts in a threaded process
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(r.connect_timeout_ms));
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(r.total_timeout_ms));
  curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // whatever curl can decode (gzip from the server)
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, &x->response.body);
  curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(e, CURLOPT_HEADERDATA, &x->response.headers);
  if (r.method == platform::HttpMethod::Post) {
    curl_easy_setopt(e, CURLOPT_POST, 1L);
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, r.body.data());
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(r.body.size()));
  }
  for (const auto& h : r.headers) {
    const std::string line = h.value.empty() ? h.name + ";" : h.name + ": " + h.value;
    x->header_list = curl_slist_append(x->header_list, line.c_str());
  }
  // Without this curl waits for "100 Continue" before large bodies, which some proxies never send.
  x->header_list = curl_slist_append(x->header_list, "Expect:");
  curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->header_list);
  return x;
}

}  // namespace hotline::native
