// identity.json (our extension): the web app hands over the signed identity its host app passed
// (docs/host_bridge.md); the name and mobile come back only when the token verified. A token that
// did not is logged with the reason (never the token or its claims) and answered 401.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cases/identity_token.h"
#include "routes/routes.h"
#include "wire/error_words.h"
#include "wire/http_support.h"
#include "wire/request_body.h"

namespace hotline::server {

namespace {

void verify(HttpContext& ctx, const http::Request& req, http::Response& res) {
  const IdentityTokenConfig& config = ctx.config.identity;
  if (config.secret.empty()) {
    std::fprintf(stderr, "hotline-server: identity token ignored: no identity key configured\n");
    send_error(res, 404, "identity: not configured on this server");
    return;
  }
  if (!may_try_secret(ctx, req, res)) {
    return;
  }
  auto body = parse_body(req, ctx.config.max_fields);
  if (!body) {
    send_worded_error(res, body.error().status, body.error().description);
    return;
  }
  auto identity = verify_identity_token(field(*body, "token").value_or(""), config, ctx.backend.now().unix_seconds());
  if (!identity) {
    count_failed_secret(ctx, req, "identity tokens");
    std::fprintf(stderr, "hotline-server: identity token ignored from %s: %s\n", ctx.client_address.of(req).c_str(),
                 describe(identity.error()));
    send_error(res, 401, "identity: token not valid");
    return;
  }
  const nlohmann::json answer = {{"name", identity->name}, {"mobile", identity->mobile}};
  send_json(res, 200, answer.dump());
}

}  // namespace

void add_identity_routes(http::Router& router, HttpContext& ctx) {
  router.post(std::string(kApiRoot) + "/identity.json",
              [&ctx](const http::Request& req, http::Response& res) { verify(ctx, req, res); });
}

}  // namespace hotline::server
