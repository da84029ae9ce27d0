// Requests, decoding and error mapping of the Open311 client (see api_client.h).
#include "api/api_client.h"

#include <cstdio>
#include <utility>

#include "api/multipart.h"
#include "base/secure_string.h"
#include "open311/request_created.h"

namespace hotline::api {

namespace {

constexpr std::string_view kQueryCodeNotice = "query_code:";

// A handler that decodes a 2xx body with `decode` and hands the value (or a BadResponse) to `done`.
template <typename T, typename Decode>
std::function<void(const platform::HttpResponse&)> decoded(Callback<T> done, Decode decode) {
  return [done, decode](const platform::HttpResponse& response) {
    auto value = decode(response.body);
    if (!value) {
      done(base::unexpected(from_decode_error(response.status, value.error())));
    } else {
      done(std::move(*value));
    }
  };
}

template <typename T>
std::function<void(ApiError)> failed(Callback<T> done) {
  return [done](ApiError error) { done(base::unexpected(std::move(error))); };
}

platform::HttpRequest form_post(const std::vector<open311::FormField>& fields) {
  platform::HttpRequest request;
  request.method = platform::HttpMethod::Post;
  request.headers.push_back({"Content-Type", std::string(open311::kFormContentType)});
  request.body = open311::encode_form(fields);
  return request;
}

// Six decimals: about 0.1 m, finer than any phone's fix.
std::string coordinate(double degrees) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6f", degrees);
  return text;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : ",") + item;
  }
  return out;
}

// The answer to a submission or a redeemed claim: the request's number and, for its owner, query code.
std::function<void(const platform::HttpResponse&)> created_handler(Callback<Created> done) {
  return [done](const platform::HttpResponse& response) {
    auto created = open311::decode_request_created(response.body);
    if (!created || created->empty() || !created->front().service_request_id) {
      // A batch service's token is not expected from this backend: treat as unreadable, retry later.
      done(base::unexpected(
          created ? from_decode_error(response.status, open311::make_error(open311::DecodeErrorCode::MissingField,
                                                                           "[0].service_request_id"))
                  : from_decode_error(response.status, created.error())));
      return;
    }
    const open311::RequestCreated& first = created->front();
    Created out;
    out.request_number = *first.service_request_id;
    if (first.service_notice && first.service_notice->rfind(kQueryCodeNotice, 0) == 0) {
      out.query_code = first.service_notice->substr(kQueryCodeNotice.size());
    }
    const std::string* replayed = response.header("Idempotent-Replayed");
    out.replayed = replayed ? *replayed == "true" : response.status == 200;
    done(std::move(out));
  };
}

// An answer that must hold exactly one request.
std::function<void(const platform::HttpResponse&)> one_request_handler(Callback<open311::ServiceRequest> done) {
  return [done](const platform::HttpResponse& response) {
    auto requests = open311::decode_requests(response.body);
    if (!requests || requests->size() != 1) {
      done(base::unexpected(
          from_decode_error(response.status, requests ? open311::make_error(open311::DecodeErrorCode::WrongTopLevel, "")
                                                      : requests.error())));
      return;
    }
    done(std::move(requests->front()));
  };
}

}  // namespace

ApiClient::ApiClient(platform::HttpTransport& transport, ApiConfig config, platform::Storage* cache_storage)
    : transport_(transport), config_(std::move(config)), cache_(cache_storage) {}

void ApiClient::set_language(std::string bcp47_tag) {
  language_ = std::move(bcp47_tag);
}

std::string ApiClient::cache_key(const std::string& target) const {
  // A space cannot occur in a URL we build (everything is percent-encoded), so keys never collide.
  return language_.empty() ? target : target + " Accept-Language:" + language_;
}

std::string ApiClient::url(const std::string& path, const std::vector<open311::FormField>& query) const {
  std::string out = config_.base_url + "/" + path;
  char separator = '?';
  for (const auto& q : query) {
    out += separator + open311::percent_encode(q.name) + "=" + open311::percent_encode(q.value);
    separator = '&';
  }
  return out;
}

platform::Call ApiClient::start(platform::HttpRequest request, std::function<void(platform::HttpResult)> on_result) {
  if (request.connect_timeout_ms <= 0) {
    request.connect_timeout_ms = config_.connect_timeout_ms;
  }
  if (request.total_timeout_ms <= 0) {
    request.total_timeout_ms = config_.total_timeout_ms;
  }
  request.headers.push_back({"Accept", "application/json"});
  if (!language_.empty()) {
    request.headers.push_back({"Accept-Language", language_});
  }
  return transport_.send(std::move(request), std::move(on_result));
}

platform::Call ApiClient::get(const std::string& target, bool cacheable, Handler on_success, Failure on_failure) {
  platform::HttpRequest request;
  request.url = target;
  request.connect_timeout_ms = 0;
  request.total_timeout_ms = 0;
  const std::string key = cache_key(target);
  std::optional<CachedBody> cached = cacheable ? cache_.find(key) : std::nullopt;
  if (cached) {
    request.headers.push_back({"If-None-Match", cached->etag});
  }
  return start(std::move(request), [this, key, cacheable, cached, on_success, on_failure](platform::HttpResult result) {
    // Offline (a subway, a lift), the last answer kept is better than none: the catalog still lists
    // the services, so a request can be filed into the outbox.
    if (!result && cached && result.error().code != platform::NetworkErrorCode::Cancelled) {
      on_success(platform::HttpResponse{200, {}, cached->body});
      return;
    }
    if (!result) {
      on_failure(from_network_error(result.error()));
      return;
    }
    platform::HttpResponse& response = *result;
    if (response.status == 304 && cached) {
      response.status = 200;
      response.body = cached->body;
      on_success(response);
      return;
    }
    if (response.status < 200 || response.status > 299) {
      on_failure(from_http_error(response));
      return;
    }
    if (const std::string* etag = response.header("ETag"); cacheable && etag) {
      cache_.put(key, CachedBody{*etag, response.body});
    }
    on_success(response);
    if (!cacheable) {
      base::secure_clear(response.body);  // one request's detail (a look-up's): read, then zeroed
    }
  });
}

platform::Call ApiClient::post(const std::string& target, platform::HttpRequest request, Handler on_success,
                               Failure on_failure) {
  request.url = target;
  return start(std::move(request), [on_success, on_failure](platform::HttpResult result) {
    if (!result) {
      on_failure(from_network_error(result.error()));
    } else if (result->status < 200 || result->status > 299) {
      on_failure(from_http_error(*result));
    } else {
      on_success(*result);
      // A submission's answer carries its query code, a claim's the request: read, then zeroed.
      base::secure_clear(result->body);
    }
  });
}

platform::Call ApiClient::load_services(Callback<std::vector<open311::Service>> done) {
  return get(url("services.json", {{"extensions", "true"}}), true,
             decoded(done, [](std::string_view body) { return open311::decode_services(body); }), failed(done));
}

platform::Call ApiClient::load_service_definition(const std::string& service_code,
                                                  Callback<open311::ServiceDefinition> done) {
  // With our api_key the definition marks what the server insists on from this client (a kiosk's station).
  return get(url("services/" + open311::percent_encode(service_code) + ".json", {{"api_key", config_.api_key}}), true,
             decoded(done, [](std::string_view body) { return open311::decode_service_definition(body); }),
             failed(done));
}

platform::Call ApiClient::submit(const Submission& submission, Callback<Created> done) {
  std::vector<open311::FormField> fields = submission.fields;
  fields.push_back({"api_key", config_.api_key});
  platform::HttpRequest request;
  if (submission.photos.empty()) {
    request = form_post(fields);
  } else {
    std::vector<FilePart> files;
    for (const auto& photo : submission.photos) {
      const bool png = photo.content_type == "image/png";
      files.push_back({"media", photo.id + (png ? ".png" : ".jpg"), photo.content_type, photo.bytes});
    }
    MultipartBody body = encode_multipart(fields, files, submission.idempotency_key);
    request.method = platform::HttpMethod::Post;
    request.headers.push_back({"Content-Type", body.content_type});
    request.body = std::move(body.body);
    request.total_timeout_ms = config_.upload_timeout_ms;
  }
  request.headers.push_back({"Idempotency-Key", submission.idempotency_key});
  if (!submission.claim_secret.empty()) {
    request.headers.push_back({"Claim-Secret", submission.claim_secret.str()});
  }
  return post(url("requests.json"), std::move(request), created_handler(done), failed(done));
}

platform::Call ApiClient::fetch_request(const std::string& number, const std::optional<std::string>& query_code,
                                        Callback<open311::ServiceRequest> done) {
  std::vector<open311::FormField> query{{"extensions", "true"}};
  if (query_code) {
    query.push_back({"query_code", *query_code});
  }
  return get(url("requests/" + open311::percent_encode(number) + ".json", query), false, one_request_handler(done),
             failed(done));
}

platform::Call ApiClient::fetch_claimed(const Claim& claim, Callback<open311::ServiceRequest> done) {
  // A POST: the secret stays out of URLs and their logs.
  return post(url("claims.json", {{"extensions", "true"}}),
              form_post({{"idempotency_key", claim.idempotency_key}, {"claim_secret", claim.secret}}),
              one_request_handler(done), failed(done));
}

platform::Call ApiClient::list_requests(const std::vector<std::string>& numbers,
                                        const std::optional<std::string>& updated_after,
                                        Callback<std::vector<open311::ServiceRequest>> done) {
  std::vector<open311::FormField> query{{"service_request_id", join(numbers)}, {"extensions", "true"}};
  if (updated_after) {
    query.push_back({"updated_after", *updated_after});
  }
  return get(url("requests.json", query), false,
             decoded(done, [](std::string_view body) { return open311::decode_requests(body); }), failed(done));
}

platform::Call ApiClient::rate(const std::string& number, const std::string& query_code,
                               workflow::Satisfaction satisfaction, const std::string& comment,
                               Callback<StepUpdate> done) {
  std::vector<open311::FormField> fields{{"query_code", query_code},
                                         {"satisfaction", std::string(workflow::to_code(satisfaction))}};
  if (!comment.empty()) {
    fields.push_back({"comment", comment});
  }
  return post(url("requests/" + open311::percent_encode(number) + "/rating.json"), form_post(fields),
              decoded(done, decode_step_update), failed(done));
}

platform::Call ApiClient::ask_rework(const std::string& number, const std::string& query_code,
                                     const std::string& reason, Callback<StepUpdate> done) {
  std::vector<open311::FormField> fields{{"query_code", query_code}, {"comment", reason}};
  return post(url("requests/" + open311::percent_encode(number) + "/rework.json"), form_post(fields),
              decoded(done, decode_step_update), failed(done));
}

platform::Call ApiClient::list_nearby(const std::string& service_code, domain::GeoPoint point, int radius_m,
                                      Callback<std::vector<open311::ServiceRequest>> done) {
  const std::vector<open311::FormField> query{{"service_code", service_code},
                                              {"lat", coordinate(point.lat)},
                                              {"long", coordinate(point.lon)},
                                              {"radius", std::to_string(radius_m)}};
  return get(url("requests.json", query), false,
             decoded(done, [](std::string_view body) { return open311::decode_requests(body); }), failed(done));
}

platform::Call ApiClient::verify_identity(const std::string& token, Callback<VerifiedIdentity> done) {
  // A POST: the token stays out of URLs and their logs.
  return post(url("identity.json"), form_post({{"token", token}}), decoded(done, decode_verified_identity),
              failed(done));
}

platform::Call ApiClient::search_guides(const std::string& query, Callback<std::vector<Guide>> done) {
  return get(url("guides.json", {{"q", query}}), false, decoded(done, decode_guides), failed(done));
}

platform::Call ApiClient::guides_for_service(const std::string& service_code, Callback<std::vector<Guide>> done) {
  return get(url("guides.json", {{"service_code", service_code}}), true, decoded(done, decode_guides), failed(done));
}

}  // namespace hotline::api
