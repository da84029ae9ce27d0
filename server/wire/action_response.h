// The HTTP answer to a workflow action: the new state, or an Open311 error naming why it was refused.
#pragma once

#include "http/message.h"

#include "cases/case_actions.h"
#include "wire/workflow_words.h"

namespace hotline::server {

// A refusal is described in `language` (see error_language()).
void send_action_result(http::Response& res, const std::string& number,
                        const base::Expected<workflow::Step, ActionError>& result, const WorkflowWords& words,
                        text::Language language);

}  // namespace hotline::server
