// Operator endpoints (our extension), behind an operator token: the full view of a request and every
// workflow verb (accept, dispatch, handle, reply with photos, close, ...).
#include "cases/media_upload.h"
#include "http/accept_language.h"
#include "open311/service_request.h"
#include "routes/routes.h"
#include "wire/action_response.h"
#include "wire/error_words.h"
#include "wire/http_support.h"
#include "wire/request_body.h"
#include "wire/request_view.h"

namespace hotline::server {

namespace {

bool is_department_action(workflow::Action action) {
  return action == workflow::Action::StartHandling || action == workflow::Action::Reply ||
         action == workflow::Action::ReturnToCentre;
}

void act(HttpContext& ctx, const std::string& number, const std::string& verb, const http::Request& req,
         http::Response& res) {
  if (!operator_authorized(ctx, req, res)) {
    return;
  }
  const auto action = action_from_verb(verb);
  if (!action || *action == workflow::Action::Withdraw) {
    send_error(res, 404, "unknown action " + verb);
    return;
  }
  auto body = parse_body(req, ctx.config.max_fields);
  if (!body) {
    send_worded_error(res, body.error().status, body.error().description);
    return;
  }
  auto current = ctx.backend.requests->find(number, false);
  if (!current) {
    send_storage_error(res, "reading a request", current.error().detail);
    return;
  }
  if (!*current) {
    send_error(res, 404, "service_request_id: no request " + number);
    return;
  }
  ActionRequest request;
  request.action = *action;
  request.note = field(*body, "note").value_or("");
  // Who acts comes from the token, never from the body: the audit trail records the token's holder.
  // Department verbs act for the token's unit, or for a centre token the unit holding the case.
  const auto identity = ctx.policy.operator_for(bearer_token(req.get_header_value("Authorization")));
  const std::string unit = identity->unit.empty() ? (*current)->unit.value_or("") : identity->unit;
  request.actor = is_department_action(*action) ? workflow::Actor{workflow::Role::Department, identity->actor, unit}
                                                : workflow::Actor{workflow::Role::CentreAgent, identity->actor, ""};
  request.unit = field(*body, "unit");
  if (*action == workflow::Action::Rate) {
    request.satisfaction = workflow::satisfaction_from_code(field(*body, "satisfaction").value_or(""));
    if (!request.satisfaction) {
      send_worded_error(res, 400, describe_satisfaction_error(wants_chinese(req)));
      return;
    }
    request.rework_requested = field(*body, "rework") == std::optional<std::string>("true");
  }
  if (!body->media.empty()) {
    auto photos = prepare_media_or_answer(ctx, req, body->media, res);
    if (!photos) {
      return;
    }
    request.photos = std::move(*photos);
  }
  send_action_result(res, number, perform(ctx.backend, number, request), ctx.backend.workflow_words,
                     error_language(req));
}

}  // namespace

void add_operator_routes(http::Router& router, HttpContext& ctx) {
  const std::string root = std::string(kApiRoot) + "/operator/requests";
  router.get(root + "/{id}.json", [&ctx](const http::Request& req, http::Response& res) {
    if (!operator_authorized(ctx, req, res)) {
      return;
    }
    auto found = ctx.backend.requests->find(req.matches[1], true);
    if (!found) {
      send_storage_error(res, "reading a request", found.error().detail);
    } else if (!*found) {
      send_error(res, 404, "service_request_id: no request " + std::string(req.matches[1]));
    } else {
      res.set_header("Vary", "Accept-Language");  // service names, timeline words
      send_json(res, 200,
                open311::encode_requests(
                    {to_open311(ctx.backend, **found, Audience::Operator, true, presentation(ctx, req))}));
    }
  });
  router.post(root + "/{id}/{action}.json", [&ctx](const http::Request& req, http::Response& res) {
    act(ctx, req.matches[1], req.matches[2], req, res);
  });
}

}  // namespace hotline::server
