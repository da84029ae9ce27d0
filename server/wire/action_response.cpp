// Workflow action results as HTTP answers (see action_response.h).
#include "wire/action_response.h"

#include <nlohmann/json.hpp>

#include "wire/error_words.h"
#include "wire/http_support.h"

namespace hotline::server {

void send_action_result(http::Response& res, const std::string& number,
                        const base::Expected<workflow::Step, ActionError>& result, const WorkflowWords& words,
                        text::Language language) {
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
      send_worded_error(res, 400, describe("unit", "unknown unit", "没有这个承办单位", language != text::Language::En));
      return;
    case ActionErrorCode::Conflict:
      send_worded_error(res, 409,
                        language == text::Language::En ? "the request changed meanwhile; reload and retry"
                                                       : "诉求刚刚有了变化，请刷新后重试");
      return;
    case ActionErrorCode::Storage:
      send_storage_error(res, "performing a case action", e.detail);
      return;
    case ActionErrorCode::Refused:
      break;
  }
  // 409: the request exists but is not in a state that allows the action. Clients act on the status;
  // the words are for the person behind them.
  send_worded_error(res, 409, words.describe(*e.refusal, language));
}

}  // namespace hotline::server
