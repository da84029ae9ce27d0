// The fakes wired together for api tests: a transport scripted by the test, memory storage, a manual
// clock, and helpers that build server answers with the open311 encoders.
#pragma once

#include <string>
#include <vector>

#include "api/api_client.h"
#include "open311/request_created.h"
#include "platform/fake_http_transport.h"
#include "platform/manual_clock.h"
#include "platform/memory_storage.h"
#include "platform/run_queue.h"
#include "platform/sequence_random.h"

namespace hotline::testing {

inline constexpr const char* kBaseUrl = "https://hotline.example/open311/v2";
inline constexpr const char* kApiKey = "kiosk-key";

struct ApiFixture {
  platform::RunQueue queue;
  FakeHttpTransport transport{queue};
  MemoryStorage storage;
  ManualClock clock;
  SequenceRandom random{7};
  api::ApiClient api{transport, api::ApiConfig{kBaseUrl, kApiKey}};

  // Runs the posted callbacks until none is left.
  void settle() {
    while (queue.pump() > 0) {
    }
  }
};

inline platform::HttpResponse response(int status, std::string body, std::vector<platform::HttpHeader> headers = {}) {
  platform::HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers = std::move(headers);
  return r;
}

inline platform::HttpResponse created(const std::string& number, const std::string& query_code = "",
                                      bool replayed = false) {
  open311::RequestCreated c;
  c.service_request_id = number;
  if (!query_code.empty()) {
    c.service_notice = "query_code:" + query_code;
  }
  return response(replayed ? 200 : 201, open311::encode_request_created({c}),
                  {{"Idempotent-Replayed", replayed ? "true" : "false"}});
}

inline platform::HttpResponse error_body(int status, const std::string& description,
                                         std::vector<platform::HttpHeader> headers = {}) {
  return response(status, open311::encode_errors({open311::ApiError{status, description}}), std::move(headers));
}

inline platform::HttpResult offline() {
  return base::unexpected(platform::NetworkError{platform::NetworkErrorCode::Offline, "refused"});
}

}  // namespace hotline::testing
