// Workflow action results as HTTP answers (see action_response.h).
#include "action_response.h"

#include <nlohmann/json.hpp>

#include "http_support.h"

namespace hotline::server {

void send_action_result(http::Response& res, const std::string& number,
                        const base::Expected<workflow::Step, ActionError>& result) {
  if (result) {
    nlohmann::json body = nlohmann::json::array();
    body.push_back({{"service_request_id", number},
                    {"step", std::string(workflow::to_code(*result))},
                    {"step_number", workflow::step_number(*result)}});
    send_json(res, 200, body.dump());
    return;
  }
  const ActionError& e = result.error();
  switch (e.code) {
    case ActionErrorCode::NotFound:
      send_error(res, 404, "service_request_id: no request " + number);
      return;
    case ActionErrorCode::UnknownUnit:
      send_error(res, 400, "unit: unknown unit");
      return;
    case ActionErrorCode::Conflict:
      send_error(res, 409, "the request changed meanwhile; reload and retry");
      return;
    case ActionErrorCode::Storage:
      send_storage_error(res, "performing a case action", e.detail);
      return;
    case ActionErrorCode::Refused:
      break;
  }
  // 409: the request exists but is not in a state that allows the action.
  const auto& refusal = *e.refusal;
  send_error(res, 409,
             refusal.message_key() + " (step " + std::string(workflow::to_code(refusal.from)) + ", action " +
                 std::string(workflow::to_code(refusal.action)) + ")");
}

}  // namespace hotline::server
