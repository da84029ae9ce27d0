// The fakes wired together for api tests: a transport scripted by the test, memory storage, a manual
// clock, and the answers the real hotline-server gave, recorded by recorded/record.py (so the client
// is tested against the wire, not against the encoders it decodes with).
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
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
  MemoryStorage storage{queue};
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

// A recorded answer of the reference server: tests/unit/api/recorded/<name>.http.
//   created_200, created_replay_200  POST requests.json, then the same Idempotency-Key again:
//                                    number 20261130000001, query code in recorded::kQueryCode
//   error_400_mobile                 a submission with phone=12345
//   error_403_query_code             GET requests/{number}.json with a wrong query code
//   error_409_workflow               rating a request that has no reply yet
//   requests_200                     GET requests.json?extensions=true for that number
//   services_en_200                  GET services.json?extensions=true, Accept-Language: en
//   nearby_200                       GET requests.json?service_code=BJ-0122&lat&long&radius=500: one
//                                    street light reported 22 m away (public view, rounded coordinates)
//   guides_service_200               GET guides.json?service_code=ZX-0301: KB-008, KB-009, KB-010
inline platform::HttpResponse recorded(const std::string& name) {
  const std::string path = std::string(HOTLINE_SOURCE_DIR) + "/tests/unit/api/recorded/" + name + ".http";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("no recorded answer " + path);
  }
  std::stringstream text;
  text << in.rdbuf();
  const std::string all = text.str();
  const std::size_t head_end = all.find("\r\n\r\n");
  platform::HttpResponse r;
  r.status = std::stoi(all.substr(all.find(' ') + 1, 3));
  std::size_t pos = all.find("\r\n");
  while (pos < head_end) {
    const std::size_t eol = all.find("\r\n", pos + 2);
    const std::string line = all.substr(pos + 2, eol - pos - 2);
    const std::size_t colon = line.find(':');
    r.headers.push_back({line.substr(0, colon), line.substr(colon + 2)});
    pos = eol;
  }
  r.body = all.substr(head_end + 4);
  return r;
}

// An answer from something in front of the server (a gateway's 503, a rate limiter's 429): its body
// is not the server's, only its status and headers matter to the client.
inline platform::HttpResponse gateway(int status, std::vector<platform::HttpHeader> headers = {}) {
  return response(status, "<html>busy</html>", std::move(headers));
}

inline platform::HttpResult offline() {
  return base::unexpected(platform::NetworkError{platform::NetworkErrorCode::Offline, "refused"});
}

}  // namespace hotline::testing
