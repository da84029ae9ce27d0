// /config.json: the web app's configuration, served next to index.html from the server's own (see
// routes.h), so a deployment's key and API address are not compiled into the app.
#include <nlohmann/json.hpp>

#include "routes/routes.h"
#include "wire/http_support.h"

namespace hotline::server {

namespace {

// The configured web_app key, or the first web client's.
std::string web_api_key(const HttpContext& ctx) {
  if (!ctx.config.web_app.api_key.empty()) {
    return ctx.config.web_app.api_key;
  }
  for (const auto& client : ctx.policy.clients()) {
    if (client.channel == domain::Channel::Website) {
      return client.key;
    }
  }
  return {};
}

}  // namespace

void add_web_config_route(http::Router& router, HttpContext& ctx) {
  router.get("/config.json", [&ctx](const http::Request&, http::Response& res) {
    const nlohmann::json page = {{"api", {{"base_url", ctx.config.web_app.base_url}, {"api_key", web_api_key(ctx)}}}};
    send_cacheable_json(res, page.dump());
  });
}

}  // namespace hotline::server
