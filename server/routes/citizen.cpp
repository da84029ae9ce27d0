// Citizen endpoints (our extension): rate a reply once, ask for rework when unsatisfied. Both need
// the request's query code.
#include "cases/claim.h"
#include "domain/request_number.h"
#include "http/accept_language.h"
#include "routes/routes.h"
#include "wire/action_response.h"
#include "wire/error_words.h"
#include "wire/http_support.h"
#include "wire/request_body.h"
#include "wire/request_view.h"

namespace hotline::server {

namespace {

// The query code must match: otherwise 403, without telling whether the number exists.
bool holder_checked(HttpContext& ctx, const std::string& number, const ParsedBody& body, const http::Request& req,
                    http::Response& res) {
  if (!may_try_secret(ctx, req, res)) {
    return false;
  }
  const auto code = domain::normalize_query_code(field(body, "query_code").value_or(""));
  auto found = ctx.backend.requests->find(number, false);
  if (!found) {
    send_storage_error(res, "reading a request", found.error().detail);
    return false;
  }
  if (!code || !*found || !constant_time_equal(*code, (*found)->query_code)) {
    count_failed_secret(ctx, req, "query codes");
    send_error(res, 403, "query_code: does not match this request");
    return false;
  }
  return true;
}

void rate(HttpContext& ctx, const std::string& number, const http::Request& req, http::Response& res, bool rework) {
  auto body = parse_body(req, ctx.config.max_fields);
  if (!body) {
    send_worded_error(res, body.error().status, body.error().description);
    return;
  }
  if (!holder_checked(ctx, number, *body, req, res)) {
    return;
  }
  ActionRequest action;
  action.action = workflow::Action::Rate;
  action.actor = workflow::Actor{workflow::Role::Citizen, "", ""};
  action.note = field(*body, "comment").value_or("");
  if (rework) {
    action.satisfaction = workflow::Satisfaction::Unsatisfied;
    action.rework_requested = true;
  } else {
    action.satisfaction = workflow::satisfaction_from_code(field(*body, "satisfaction").value_or(""));
    if (!action.satisfaction) {
      send_worded_error(res, 400, describe_satisfaction_error(wants_chinese(req)));
      return;
    }
    action.rework_requested = field(*body, "rework") == std::optional<std::string>("true");
  }
  send_action_result(res, number, perform(ctx.backend, number, action), ctx.backend.workflow_words,
                     error_language(req));
}

// A receipt's claim for a request that was waiting in a kiosk's outbox: once the request has arrived,
// its owner's view with the query code in service_notice; 404 before (or for a wrong secret: a claim
// is two 128-bit secrets, nothing to probe).
void redeem_claim(HttpContext& ctx, const http::Request& req, http::Response& res) {
  auto body = parse_body(req, ctx.config.max_fields);
  if (!body) {
    send_worded_error(res, body.error().status, body.error().description);
    return;
  }
  const std::string key = field(*body, "idempotency_key").value_or("");
  const std::string secret = field(*body, "claim_secret").value_or("");
  if (key.empty() || !is_claim_secret(secret)) {
    send_error(res, 400, "claim_secret: 16-128 letters and digits, with idempotency_key");
    return;
  }
  auto number = ctx.backend.requests->number_for_claim(key, claim_hash(secret));
  auto found = number && *number ? ctx.backend.requests->find(**number, true)
                                 : DbResult<std::optional<RequestRecord>>(std::nullopt);
  if (!number || !found) {
    send_storage_error(res, "reading a claim", number ? found.error().detail : number.error().detail);
    return;
  }
  if (!*found) {
    send_error(res, 404, "claim: no request has arrived with this claim yet");
    return;
  }
  open311::ServiceRequest view = to_open311(ctx.backend, **found, Audience::Owner, flag_param(req, "extensions"));
  view.service_notice = "query_code:" + (*found)->query_code;
  send_json(res, 200, open311::encode_requests({view}));
}

}  // namespace

void add_citizen_routes(http::Router& router, HttpContext& ctx) {
  const std::string root = kApiRoot;
  router.post(root + "/requests/{id}/rating.json",
              [&ctx](const http::Request& req, http::Response& res) { rate(ctx, req.matches[1], req, res, false); });
  router.post(root + "/requests/{id}/rework.json",
              [&ctx](const http::Request& req, http::Response& res) { rate(ctx, req.matches[1], req, res, true); });
  router.post(root + "/claims.json",
              [&ctx](const http::Request& req, http::Response& res) { redeem_claim(ctx, req, res); });
}

}  // namespace hotline::server
