// The HTTP answer to a workflow action: the new state, or an Open311 error naming why it was refused.
#pragma once

#include "http/message.h"

#include "case_actions.h"

namespace hotline::server {

void send_action_result(http::Response& res, const std::string& number,
                        const base::Expected<workflow::Step, ActionError>& result);

}  // namespace hotline::server
