// Registration of the HTTP endpoints, one function per resource family (routes_*.cpp).
#pragma once

#include "http/router.h"

#include <memory>
#include <optional>
#include <string>

#include "backend.h"
#include "cases/decode_budget.h"
#include "http/auth.h"
#include "http/client_address.h"
#include "http/rate_limiter.h"
#include "http/static_files.h"
#include "server_config.h"
#include "store/catalog_store.h"
#include "wire/request_body.h"
#include "wire/request_view.h"

namespace hotline::server {

struct HttpContext {
  Backend& backend;
  const ServerConfig& config;
  AccessPolicy policy;
  RateLimiter submit_limiter;
  RateLimiter failure_limiter;  // failed query codes and operator tokens
  DecodeBudget decode_budget;   // the memory all photo decodes running at once may hold
  ClientAddress client_address;
  std::unique_ptr<StaticFiles> static_files;  // null without --web
};

inline constexpr const char* kApiRoot = "/open311/v2";

// The catalog's service `code`, or nullopt after answering 404 (no such service) or 500 (storage).
std::optional<ServiceRecord> find_service_or_answer(HttpContext& ctx, const std::string& code, http::Response& res);

// Where clients reach this deployment: the configured public_base_url, or http://<Host>.
std::string public_base(const HttpContext& ctx, const http::Request& req);
// How requests are shown to this client: its language, absolute media URLs.
Presentation presentation(const HttpContext& ctx, const http::Request& req);

// The `media` parts of a request prepared within the decode limits and budget (media_upload.h), or
// nullopt after answering the refusal (503 with Retry-After when the budget is spent).
std::optional<std::vector<PreparedMedia>> prepare_media_or_answer(HttpContext& ctx, const http::Request& req,
                                                                  const std::vector<UploadedFile>& files,
                                                                  http::Response& res);

// 401 without an operator token, 403 with a wrong one (behind the wall below); the token itself is
// never logged or echoed.
bool operator_authorized(HttpContext& ctx, const http::Request& req, http::Response& res);
// The api_key a request carries in its head: the query string's, or an X-Api-Key header; "" when none.
std::string head_api_key(const http::Request& req);
// Credentials checked on the head, before a body is read (http::Application::screen): operator paths
// need a valid operator token; a POST's api_key in the head must be valid. True after answering.
bool refused_on_head(HttpContext& ctx, const http::Request& req, http::Response& res);

// The wall against guessing query codes (50 bits) and operator tokens, per client address: false after
// answering 429 (with Retry-After) when the address has failed too often.
bool may_try_secret(HttpContext& ctx, const http::Request& req, http::Response& res);
// Counts one failure of the address; the one that meets the wall is logged to stderr (`what` failed).
void count_failed_secret(HttpContext& ctx, const http::Request& req, const char* what);

// discovery.json, services.json, services/{code}.json, requests.json (GET, POST), requests/{id}.json,
// tokens/{token}.json.
void add_open311_routes(http::Router& router, HttpContext& context);
// requests/{id}/rating.json and requests/{id}/rework.json (query code holders), claims.json (a
// kiosk receipt's claim).
void add_citizen_routes(http::Router& router, HttpContext& context);
// operator/requests/{id}.json and operator/requests/{id}/{verb}.json (operator token).
void add_operator_routes(http::Router& router, HttpContext& context);
// /config.json: the web app's api_key and Open311 base URL (ServerConfig::web_app); before the web build.
void add_web_config_route(http::Router& router, HttpContext& context);
// identity.json: a host app's signed identity of the citizen verified (cases/identity_token.h).
void add_identity_routes(http::Router& router, HttpContext& context);
// guides.json (knowledge base search), /media/{id}, /healthz and the web build.
void add_content_routes(http::Router& router, HttpContext& context);

}  // namespace hotline::server
