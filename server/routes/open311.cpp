// The GeoReport v2 endpoints (see routes.h).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <tuple>

#include "calendar/iso_timestamp.h"
#include "cases/claim.h"
#include "cases/media_upload.h"
#include "cases/nearby.h"
#include "cases/submission.h"
#include "domain/request_number.h"
#include "http/accept_language.h"
#include "open311/discovery.h"
#include "open311/field_limits.h"
#include "open311/request_created.h"
#include "open311/service.h"
#include "open311/service_definition.h"
#include "routes/routes.h"
#include "store/catalog_store.h"
#include "wire/error_words.h"
#include "wire/http_support.h"
#include "wire/request_body.h"
#include "wire/request_view.h"
#include "wire/service_view.h"

namespace hotline::server {

namespace {

constexpr int kMaxPageSize = 200;
// Rows read for a nearby search before the exact distance cut: enough that the nearest
// kMaxNearbyRequests are among them whatever the rounding of published coordinates does.
constexpr int kNearbyCandidates = 200;
// Published coordinates are rounded to 3 decimals: the box is widened by that rounding.
constexpr double kPublicRoundingDeg = 0.0005;

// Open311 clients spell dates many ways: besides RFC 3339 (Z, an offset, fractions) a date alone means
// that day in Fuzhou, from its start or, for an inclusive end, through its last second; and a query
// that did not percent-encode '+' brings the offset with a space instead.
std::optional<calendar::Instant> parse_time(std::string text, bool end_of_day) {
  const bool date_only = text.size() == 10 && text[4] == '-' && text[7] == '-';
  if (date_only) {
    text += end_of_day ? "T23:59:59+08:00" : "T00:00:00+08:00";
  } else if (text.size() > 6 && text[text.size() - 6] == ' ' && text[text.size() - 3] == ':') {
    text[text.size() - 6] = '+';
  }
  auto t = calendar::parse_iso8601_timestamp(text);
  return t ? std::optional(*t) : std::nullopt;
}

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t end = std::min(text.find(',', pos), text.size());
    if (end > pos) {
      out.push_back(text.substr(pos, end - pos));
    }
    pos = end + 1;
  }
  return out;
}

// A decimal number in [min, max], or nullopt.
std::optional<double> number_param(const std::string& text, double min, double max) {
  if (text.empty() || text.size() > 32 || text.find_first_not_of("+-.0123456789") != std::string::npos) {
    return std::nullopt;
  }
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (*end != '\0' || !std::isfinite(value) || value < min || value > max) {
    return std::nullopt;
  }
  return value;
}

// radius (metres) with lat and long: open requests near a place; none of the three: no geographic
// filter. The error is an Open311 description naming the parameter that is wrong.
base::Expected<std::optional<NearFilter>, std::string> read_near(const http::Request& req, bool chinese) {
  const std::string radius = param(req, "radius");
  const std::string lat = param(req, "lat");
  const std::string lon = param(req, "long");
  if (radius.empty() && lat.empty() && lon.empty()) {
    return std::optional<NearFilter>();
  }
  const auto metres = number_param(radius, 1, kMaxNearbyRadiusM);
  if (!metres || *metres != std::floor(*metres)) {
    const std::string max = std::to_string(kMaxNearbyRadiusM);
    return base::unexpected(describe(
        "radius", "expected whole metres from 1 to " + max + (radius.empty() ? ", given with lat and long" : ""),
        (radius.empty() ? "与lat和long一起给出，" : "") + std::string("应为1到") + max + "之间的整数米数", chinese));
  }
  const auto latitude = number_param(lat, -open311::kMaxLatitude, open311::kMaxLatitude);
  if (!latitude) {
    return base::unexpected(describe("lat", "expected a latitude from -90 to 90 with radius",
                                     "与radius一起应为-90到90之间的纬度", chinese));
  }
  const auto longitude = number_param(lon, -open311::kMaxLongitude, open311::kMaxLongitude);
  if (!longitude) {
    return base::unexpected(describe("long", "expected a longitude from -180 to 180 with radius",
                                     "与radius一起应为-180到180之间的经度", chinese));
  }
  if (param(req, "status") == "closed") {
    return base::unexpected(
        describe("status", "a nearby search finds open requests only", "附近搜索只查找未办结的诉求", chinese));
  }
  const domain::GeoPoint center{*latitude, *longitude};
  const int radius_m = static_cast<int>(*metres);
  return std::optional(NearFilter{center, radius_m, box_around(center, radius_m, kPublicRoundingDeg)});
}

// Builds the list filter, or answers 400 and returns nullopt.
std::optional<RequestFilter> read_filter(const http::Request& req, http::Response& res) {
  const bool chinese = wants_chinese(req);
  const auto refuse = [&](std::string_view parameter, const std::string& english, const std::string& chinese_words) {
    send_worded_error(res, 400, describe(parameter, english, chinese_words, chinese));
  };
  RequestFilter f;
  f.numbers = split_commas(param(req, "service_request_id"));
  f.service_codes = split_commas(param(req, "service_code"));
  if (f.numbers.size() > kMaxPageSize || f.service_codes.size() > kMaxPageSize) {
    refuse("service_request_id", "too many values", "值过多");
    return std::nullopt;
  }
  const std::string status = param(req, "status");
  if (status == "open" || status == "closed") {
    f.closed = status == "closed";
  } else if (!status.empty()) {
    refuse("status", "expected open or closed", "应为open或closed");
    return std::nullopt;
  }
  for (auto [name, target] : {std::pair{"start_date", &f.requested_from}, std::pair{"end_date", &f.requested_to},
                              std::pair{"updated_after", &f.updated_after}}) {
    const std::string value = param(req, name);
    if (value.empty()) {
      continue;
    }
    *target = parse_time(value, target == &f.requested_to);
    if (!*target) {
      refuse(name, "expected a date (2025-03-01) or an ISO 8601 date-time with a time zone",
             "应为日期（2025-03-01）或带时区的ISO 8601日期时间");
      return std::nullopt;
    }
  }
  for (auto [name, target, max] :
       {std::tuple{"page", &f.page, 1000000}, std::tuple{"page_size", &f.page_size, kMaxPageSize}}) {
    const std::string value = param(req, name);
    if (value.empty()) {
      continue;
    }
    if (value.size() > 7 || value.find_first_not_of("0123456789") != std::string::npos || std::stoi(value) < 1 ||
        std::stoi(value) > max) {
      refuse(name, "expected an integer from 1 to " + std::to_string(max),
             "应为1到" + std::to_string(max) + "之间的整数");
      return std::nullopt;
    }
    *target = std::stoi(value);
  }
  auto near = read_near(req, chinese);
  if (!near) {
    send_worded_error(res, 400, near.error());
    return std::nullopt;
  }
  if (*near) {
    f.near = **near;
    f.closed = false;
    f.page = 1;
    f.page_size = kNearbyCandidates;
  }
  return f;
}

void get_services(HttpContext& ctx, const http::Request& req, http::Response& res) {
  auto reader = ctx.backend.pool->read();
  auto services = reader ? list_services(reader->db()) : base::unexpected(reader.error());
  if (!services) {
    send_storage_error(res, "listing services", services.error().detail);
    return;
  }
  const bool extensions = flag_param(req, "extensions");
  const text::Language language = answer_language(req);
  std::vector<open311::Service> out;
  for (const auto& s : *services) {
    out.push_back(service_view(s, language, extensions));
  }
  res.set_header("Vary", "Accept-Language");
  send_cacheable_json(res, open311::encode_services(out));
}

void get_service_definition(HttpContext& ctx, const std::string& code, const http::Request& req, http::Response& res) {
  const auto service = find_service_or_answer(ctx, code, res);
  if (!service) {
    return;
  }
  // The api_key is optional here: it only tells which client's rules to state.
  const auto client = ctx.policy.client_for_key(param(req, "api_key"));
  const bool kiosk_client = client && client->channel == domain::Channel::Kiosk;
  res.set_header("Vary", "Accept-Language");
  send_cacheable_json(
      res, open311::encode_service_definition(definition_view(*service, answer_language(req), kiosk_client)));
}

void get_request(HttpContext& ctx, const std::string& number, const http::Request& req, http::Response& res) {
  auto found = ctx.backend.requests->find(number, true);
  if (!found) {
    send_storage_error(res, "reading a request", found.error().detail);
    return;
  }
  if (!*found) {
    send_error(res, 404, "service_request_id: no request " + number);
    return;
  }
  Audience audience = Audience::Public;
  const std::string code = param(req, "query_code");
  if (!code.empty()) {
    if (!may_try_secret(ctx, req, res)) {
      return;
    }
    const auto normalized = domain::normalize_query_code(code);
    if (!normalized || !constant_time_equal(*normalized, (*found)->query_code)) {
      count_failed_secret(ctx, req, "query codes");
      send_error(res, 403, "query_code: does not match this request");
      return;
    }
    audience = Audience::Owner;
  }
  res.set_header("Vary", "Accept-Language");  // service names, timeline words
  send_json(res, 200,
            open311::encode_requests(
                {to_open311(ctx.backend, **found, audience, flag_param(req, "extensions"), presentation(ctx, req))}));
}

void get_requests(HttpContext& ctx, const http::Request& req, http::Response& res) {
  auto filter = read_filter(req, res);
  if (!filter) {
    return;
  }
  const bool extensions = flag_param(req, "extensions");
  auto records = ctx.backend.requests->list(*filter, extensions);
  if (!records) {
    send_storage_error(res, "listing requests", records.error().detail);
    return;
  }
  const Presentation how = presentation(ctx, req);
  std::vector<open311::ServiceRequest> out;
  out.reserve(records->size());
  for (const auto& r : *records) {
    out.push_back(to_open311(ctx.backend, r, Audience::Public, extensions, how));
  }
  if (filter->near) {
    out = nearest(std::move(out), filter->near->center, filter->near->radius_m, kMaxNearbyRequests);
  }
  res.set_header("Vary", "Accept-Language");
  send_json(res, 200, open311::encode_requests(out));
}

void get_token(HttpContext& ctx, const std::string& token, http::Response& res) {
  auto found = ctx.backend.requests->find_by_token(token);
  if (!found) {
    send_storage_error(res, "reading a request by token", found.error().detail);
  } else if (!*found) {
    send_error(res, 404, "token: unknown token");
  } else {
    send_json(res, 200, open311::encode_token_status({open311::TokenStatus{(*found)->number, token}}));
  }
}

void post_request(HttpContext& ctx, const http::Request& req, http::Response& res) {
  auto body = parse_body(req, ctx.config.max_fields);
  if (!body) {
    send_worded_error(res, body.error().status, body.error().description);
    return;
  }
  const std::string api_key = field(*body, "api_key").value_or(head_api_key(req));
  const auto client = ctx.policy.client_for_key(api_key);
  if (!client) {
    send_error(res, 403, api_key.empty() ? "api_key: required" : "api_key: not valid");
    return;
  }
  const bool chinese = wants_chinese(req);
  std::optional<IdempotencyKey> key;
  if (req.has_header("Idempotency-Key")) {
    const std::string value = req.get_header_value("Idempotency-Key");
    if (value.empty() || value.size() > ctx.config.max_idempotency_key_chars ||
        value.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:") !=
            std::string::npos) {
      send_worded_error(res, 400,
                        describe("Idempotency-Key", "1-128 characters of letters, digits and -_.:",
                                 "应为1至128个字母、数字或-_.:字符", chinese));
      return;
    }
    key = IdempotencyKey{client->name, value, {}};
  }
  if (req.has_header("Claim-Secret")) {
    // A kiosk receipt's claim (docs/kiosk.md): only its hash is kept, bound to the request with the key.
    const std::string secret = req.get_header_value("Claim-Secret");
    if (!key || !is_claim_secret(secret)) {
      send_worded_error(res, 400,
                        describe("Claim-Secret", "16-128 letters and digits, with an Idempotency-Key",
                                 "应为16至128个字母或数字，并附Idempotency-Key", chinese));
      return;
    }
    key->claim_hash = claim_hash(secret);
  }
  // A retry of an accepted submission is answered before it could be rate-limited.
  const bool known_retry = key && [&] {
    auto known = ctx.backend.requests->number_for_key(*key);
    return known && *known;
  }();
  int retry_after = 0;
  if (!known_retry &&
      !ctx.submit_limiter.try_acquire(ctx.client_address.of(req), std::chrono::steady_clock::now(), &retry_after)) {
    res.set_header("Retry-After", std::to_string(retry_after));
    send_error(res, 429, "too many submissions from this address; retry after " + std::to_string(retry_after) + " s");
    return;
  }
  auto decoded = open311::decode_new_request(open311::encode_form(body->fields));
  if (!decoded) {
    send_worded_error(res, 400, describe_decode_error(decoded.error(), chinese));
    return;
  }
  Submission submission{std::move(*decoded), *client, {}, key};
  if (!known_retry) {
    auto photos = prepare_media_or_answer(ctx, req, body->media, res);
    if (!photos) {
      return;
    }
    submission.photos = std::move(*photos);
  }
  auto submitted = submit(ctx.backend, submission);
  if (!submitted) {
    std::vector<open311::ApiError> errors = submitted.error().errors;
    for (const auto& field_error : submitted.error().field_errors) {
      errors.push_back(describe_field_error(field_error, chinese));
    }
    if (!submitted.error().field_errors.empty()) {
      res.set_header("Vary", "Accept-Language");
    }
    send_json(res, submitted.error().http_status, open311::encode_errors(errors));
    return;
  }
  open311::RequestCreated created;
  created.service_request_id = submitted->number;
  created.token = submitted->token;
  created.account_id = submission.request.account_id;
  if (!submitted->query_code.empty()) {
    // The query code is the citizen's key to the personal view: it goes only to the submitting client,
    // on the answer to its POST (a replay for the same client and Idempotency-Key included).
    created.service_notice = "query_code:" + submitted->query_code;
  }
  res.set_header("Idempotent-Replayed", submitted->replayed ? "true" : "false");
  send_json(res, submitted->replayed ? 200 : ctx.config.created_status, open311::encode_request_created({created}));
}

// Every endpoint of the deployment from the configuration (production, test, ...), or this one.
open311::Discovery discovery(const HttpContext& ctx, const http::Request& req) {
  open311::Discovery d;
  d.changeset = "2025-03-01T00:00:00+08:00";
  d.contact = "福州市12345便民服务平台";
  d.key_service = "API keys are issued per client (web, kiosk, app) by the 12345 centre";
  d.endpoints = ctx.config.endpoints;
  if (d.endpoints.empty()) {
    d.endpoints.push_back({{}, public_base(ctx, req) + kApiRoot, {}, "production", {}});
  }
  for (auto& e : d.endpoints) {
    e.specification = "http://wiki.open311.org/GeoReport_v2";
    e.changeset = d.changeset;
    e.formats = {"application/json", "text/xml"};
  }
  return d;
}

}  // namespace

std::string public_base(const HttpContext& ctx, const http::Request& req) {
  return ctx.config.public_base_url.empty() ? "http://" + req.get_header_value("Host") : ctx.config.public_base_url;
}

Presentation presentation(const HttpContext& ctx, const http::Request& req) {
  Presentation how;
  how.language = answer_language(req);
  how.public_base = public_base(ctx, req);
  if (how.language != text::Language::ZhCN) {
    // Stored requests carry the zh-CN name; a catalog that cannot be read leaves it (the answer stands).
    auto reader = ctx.backend.pool->read();
    auto services = reader ? list_services(reader->db()) : base::unexpected(reader.error());
    for (const auto& s : services ? *services : std::vector<ServiceRecord>{}) {
      how.service_names.emplace(s.category.code, service_name(s, how.language));
    }
  }
  return how;
}

std::optional<std::vector<PreparedMedia>> prepare_media_or_answer(HttpContext& ctx, const http::Request& req,
                                                                  const std::vector<UploadedFile>& files,
                                                                  http::Response& res) {
  auto photos = prepare_uploads(ctx.backend, files, wants_chinese(req), ctx.config.decode, ctx.decode_budget);
  if (!photos) {
    if (photos.error().status == 503) {
      res.set_header("Retry-After", std::to_string(kDecodeRetryAfterSeconds));
    }
    send_worded_error(res, photos.error().status, photos.error().description);
    return std::nullopt;
  }
  return std::move(*photos);
}

std::optional<ServiceRecord> find_service_or_answer(HttpContext& ctx, const std::string& code, http::Response& res) {
  auto reader = ctx.backend.pool->read();
  auto service = reader ? find_service(reader->db(), code) : base::unexpected(reader.error());
  if (!service) {
    send_storage_error(res, "reading a service", service.error().detail);
    return std::nullopt;
  }
  if (!*service) {
    send_error(res, 404, "service_code: no service " + code);
  }
  return std::move(*service);
}

void add_open311_routes(http::Router& router, HttpContext& ctx) {
  const std::string root = kApiRoot;
  router.get(root + "/discovery.{format}", [&ctx](const http::Request& req, http::Response& res) {
    send_cacheable_json(res, open311::encode_discovery(discovery(ctx, req)));
  });
  router.get(root + "/services.{format}",
             [&ctx](const http::Request& req, http::Response& res) { get_services(ctx, req, res); });
  router.get(root + "/services/{code}.{format}", [&ctx](const http::Request& req, http::Response& res) {
    get_service_definition(ctx, req.matches[1], req, res);
  });
  router.get(root + "/requests.{format}",
             [&ctx](const http::Request& req, http::Response& res) { get_requests(ctx, req, res); });
  router.post(root + "/requests.{format}",
              [&ctx](const http::Request& req, http::Response& res) { post_request(ctx, req, res); });
  router.get(root + "/requests/{id}.{format}",
             [&ctx](const http::Request& req, http::Response& res) { get_request(ctx, req.matches[1], req, res); });
  router.get(root + "/tokens/{token}.{format}",
             [&ctx](const http::Request& req, http::Response& res) { get_token(ctx, req.matches[1], res); });
}

}  // namespace hotline::server
