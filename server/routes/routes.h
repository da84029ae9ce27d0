// Registration of the HTTP endpoints, one function per resource family (routes_*.cpp).
#pragma once

#include "http/router.h"

#include <memory>
#include <optional>
#include <string>

#include "backend.h"
#include "http/auth.h"
#include "http/client_address.h"
#include "http/rate_limiter.h"
#include "http/static_files.h"
#include "server_config.h"
#include "store/catalog_store.h"

namespace hotline::server {

struct HttpContext {
  Backend& backend;
  const ServerConfig& config;
  AccessPolicy policy;
  RateLimiter submit_limiter;
  ClientAddress client_address;
  std::unique_ptr<StaticFiles> static_files;  // null without --web
};

inline constexpr const char* kApiRoot = "/open311/v2";

// The catalog's service `code`, or nullopt after answering 404 (no such service) or 500 (storage).
std::optional<ServiceRecord> find_service_or_answer(HttpContext& ctx, const std::string& code, http::Response& res);

// discovery.json, services.json, services/{code}.json, requests.json (GET, POST), requests/{id}.json,
// tokens/{token}.json.
void add_open311_routes(http::Router& router, HttpContext& context);
// requests/{id}/rating.json and requests/{id}/rework.json (query code holders).
void add_citizen_routes(http::Router& router, HttpContext& context);
// operator/requests/{id}.json and operator/requests/{id}/{verb}.json (operator token).
void add_operator_routes(http::Router& router, HttpContext& context);
// guides.json (knowledge base search), /media/{id}, /healthz and the web build.
void add_content_routes(http::Router& router, HttpContext& context);

}  // namespace hotline::server
