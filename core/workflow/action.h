// What can happen to a case: each action moves it along the closed loop (see transitions.h).
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "base/wire_code.h"

namespace hotline::workflow {

enum class Action {
  Submit,           // the citizen (or an agent on the phone for them) files the request
  Accept,           // 受理: the centre's agent takes it on; the legal deadline starts
  Reject,           // 不予受理: out of the hotline's scope (court cases, emergencies for 110/119...) or a duplicate
  Withdraw,         // 撤回: the citizen withdraws before any department has it
  Dispatch,         // 批转: the centre sends it to the responsible unit
  Redispatch,       // 改派: the centre moves it to another unit (wrong unit, fallback unit 兜底单位)
  ReturnToCentre,   // 退回: the unit says it is not responsible; the centre decides again
  StartHandling,    // 签收办理: the unit signs for it and works on it
  AnswerDirectly,   // 即问即答: the agent answers a consultation from the knowledge base
  Reply,            // 回复: the unit replies, often with photos of the result
  Rate,             // 评价: the citizen rates the reply (or the agent records it on the revisit call)
  ReopenForRework,  // 重办: after an unsatisfied rating asking for rework, back to the replying unit
  Close,            // 回访办结: the centre's revisit, then the case is closed
};

inline constexpr std::pair<Action, std::string_view> kActionCodes[] = {
    {Action::Submit, "submit"},
    {Action::Accept, "accept"},
    {Action::Reject, "reject"},
    {Action::Withdraw, "withdraw"},
    {Action::Dispatch, "dispatch"},
    {Action::Redispatch, "redispatch"},
    {Action::ReturnToCentre, "return_to_centre"},
    {Action::StartHandling, "start_handling"},
    {Action::AnswerDirectly, "answer_directly"},
    {Action::Reply, "reply"},
    {Action::Rate, "rate"},
    {Action::ReopenForRework, "reopen_for_rework"},
    {Action::Close, "close"},
};

constexpr std::string_view to_code(Action action) {
  return base::to_code(kActionCodes, action);
}
// Catalog key of the action as shown in the citizen's timeline ("workflow.action.dispatch").
inline std::string label_key(Action action) {
  return "workflow.action." + std::string(to_code(action));
}

}  // namespace hotline::workflow
