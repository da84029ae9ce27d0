// The Open311 client of the 12345 app: every call the citizen's screens need, over an HttpTransport,
// each ending in one callback with a value or an ApiError.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/api_error.h"
#include "api/claim.h"
#include "api/extension_resources.h"
#include "api/photo.h"
#include "api/response_cache.h"
#include "api/verified_identity.h"
#include "domain/attachment.h"
#include "open311/form_urlencoded.h"
#include "open311/service.h"
#include "open311/service_definition.h"
#include "open311/service_request.h"
#include "platform/call.h"
#include "platform/http_transport.h"
#include "workflow/satisfaction.h"

namespace hotline::api {

struct ApiConfig {
  std::string base_url;  // the Open311 root, e.g. "https://host/open311/v2" (no trailing slash)
  std::string api_key;   // identifies the client (web, kiosk, app); recorded as the request's channel
  int connect_timeout_ms = 10'000;
  int total_timeout_ms = 30'000;
  int upload_timeout_ms = 120'000;  // submissions with photos on a slow uplink
};

// A new request as sent: the Open311 form fields (without api_key, which the client adds) and the photos.
struct Submission {
  std::vector<open311::FormField> fields;
  std::vector<Photo> photos;
  std::string idempotency_key;      // same key on every attempt: the server creates the request once
  base::SecureString claim_secret;  // sent as Claim-Secret when set: see redeem_claim
};

struct Created {
  std::string request_number;
  // The server sends it on the first answer and again on a replay for the same client and key, so a
  // submission whose first answer was lost still gets its query code.
  std::optional<std::string> query_code;
  bool replayed = false;  // the server had already accepted this key
};

template <typename T>
using Result = base::Expected<T, ApiError>;
template <typename T>
using Callback = std::function<void(Result<T>)>;

// Submissions go in one POST: form-urlencoded without photos, multipart/form-data (fields plus one
// "media" part per photo) with photos, always with the Idempotency-Key header. One request means a
// retry can never leave uploaded photos without their request.
//
// services.json, services/{code}.json and a service's guides are revalidated with If-None-Match when
// an ETag is cached (one copy per language); a 304 answers from the cache.
//
// Every call returns its handle (platform::Call): destroying it cancels the exchange, and the callback
// runs later from the RunQueue, never inside the call. Handles must not outlive the client.
class ApiClient {
 public:
  ApiClient(platform::HttpTransport& transport, ApiConfig config, platform::Storage* cache_storage = nullptr);
  ApiClient(const ApiClient&) = delete;
  ApiClient& operator=(const ApiClient&) = delete;

  // The citizen's language as a BCP 47 tag ("zh-CN", "zh-TW", "en"), sent as Accept-Language on every
  // request from now on, so the catalog comes in that language; "" sends none (the server's zh-CN).
  void set_language(std::string bcp47_tag);

  // With extensions: each service's request type, location need and legal deadline.
  platform::Call load_services(Callback<std::vector<open311::Service>> done);
  platform::Call load_service_definition(const std::string& service_code, Callback<open311::ServiceDefinition> done);
  platform::Call submit(const Submission& submission, Callback<Created> done);
  // One request with its timeline (extensions=true). With the query code: the owner's unmasked view.
  platform::Call fetch_request(const std::string& number, const std::optional<std::string>& query_code,
                               Callback<open311::ServiceRequest> done);
  // The request a receipt's claim (claim.h) stands for, in the owner's view with extensions, its query
  // code in service_notice (query_code_notice); 404 until the request has arrived.
  platform::Call fetch_claimed(const Claim& claim, Callback<open311::ServiceRequest> done);
  // The given requests ("my requests"), optionally only those changed after an ISO 8601 time.
  platform::Call list_requests(const std::vector<std::string>& numbers, const std::optional<std::string>& updated_after,
                               Callback<std::vector<open311::ServiceRequest>> done);
  platform::Call rate(const std::string& number, const std::string& query_code, workflow::Satisfaction satisfaction,
                      const std::string& comment, Callback<StepUpdate> done);
  platform::Call ask_rework(const std::string& number, const std::string& query_code, const std::string& reason,
                            Callback<StepUpdate> done);
  // Open requests of a service within radius_m of a place, nearest first, at most 20, in the public
  // view: "already reported?" before the citizen files the same problem again.
  platform::Call list_nearby(const std::string& service_code, domain::GeoPoint point, int radius_m,
                             Callback<std::vector<open311::ServiceRequest>> done);
  platform::Call search_guides(const std::string& query, Callback<std::vector<Guide>> done);
  // Every guide filed under a service, so the category screen can answer before a request is filed.
  platform::Call guides_for_service(const std::string& service_code, Callback<std::vector<Guide>> done);
  // The name and mobile of a host app's signed identity token, when the server verified it (401 not).
  platform::Call verify_identity(const std::string& token, Callback<VerifiedIdentity> done);

  const ApiConfig& config() const { return config_; }

 private:
  using Handler = std::function<void(const platform::HttpResponse&)>;
  using Failure = std::function<void(ApiError)>;

  platform::Call get(const std::string& url, bool cacheable, Handler on_success, Failure on_failure);
  platform::Call post(const std::string& url, platform::HttpRequest request, Handler on_success, Failure on_failure);
  platform::Call start(platform::HttpRequest request, std::function<void(platform::HttpResult)> on_result);
  std::string url(const std::string& path, const std::vector<open311::FormField>& query = {}) const;
  // Answers differ by language: each language's copy is cached on its own.
  std::string cache_key(const std::string& target) const;

  platform::HttpTransport& transport_;
  ApiConfig config_;
  ResponseCache cache_;
  std::string language_;
};

}  // namespace hotline::api
