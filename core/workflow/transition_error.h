// Why an action on a case was refused: a typed code, the step and action, and message parameters.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/message.h"
#include "base/wire_code.h"
#include "workflow/action.h"
#include "workflow/step.h"

namespace hotline::workflow {

enum class TransitionErrorCode {
  CaseClosed,               // nothing happens to a closed case
  IllegalTransition,        // the action is not allowed in the current step (see `from`, `action`)
  NotYetReplied,            // rating before the unit replied
  AlreadyRated,             // the reply has been rated already
  WrongRole,                // the actor's role may not take this action
  WrongUnit,                // a department acting on a case it does not hold
  SameUnit,                 // re-dispatching to the unit that holds the case
  MissingUnit,              // a dispatch without a unit id and name
  NotForThisType,           // answering at once is for consultations only
  ReworkNotRequested,       // rework without an unsatisfied rating asking for it
  ReworkNeedsDepartment,    // a direct answer has no unit to send back to: dispatch it instead
  ReworkOnlyIfUnsatisfied,  // a rating asks for rework but is not "unsatisfied"
  TimeWentBackwards,        // the event is dated before the previous one
  TextRequired,             // a reply, answer or reason is required
  TextTooLong,              // params: max
  TextInvalid,              // not UTF-8, or invisible control characters
  TooManyPhotos,            // params: max
};

inline constexpr std::pair<TransitionErrorCode, std::string_view> kTransitionErrorCodes[] = {
    {TransitionErrorCode::CaseClosed, "case_closed"},
    {TransitionErrorCode::IllegalTransition, "illegal_transition"},
    {TransitionErrorCode::NotYetReplied, "not_yet_replied"},
    {TransitionErrorCode::AlreadyRated, "already_rated"},
    {TransitionErrorCode::WrongRole, "wrong_role"},
    {TransitionErrorCode::WrongUnit, "wrong_unit"},
    {TransitionErrorCode::SameUnit, "same_unit"},
    {TransitionErrorCode::MissingUnit, "missing_unit"},
    {TransitionErrorCode::NotForThisType, "not_for_this_type"},
    {TransitionErrorCode::ReworkNotRequested, "rework_not_requested"},
    {TransitionErrorCode::ReworkNeedsDepartment, "rework_needs_department"},
    {TransitionErrorCode::ReworkOnlyIfUnsatisfied, "rework_only_if_unsatisfied"},
    {TransitionErrorCode::TimeWentBackwards, "time_went_backwards"},
    {TransitionErrorCode::TextRequired, "text_required"},
    {TransitionErrorCode::TextTooLong, "text_too_long"},
    {TransitionErrorCode::TextInvalid, "text_invalid"},
    {TransitionErrorCode::TooManyPhotos, "too_many_photos"},
};

constexpr std::string_view to_code(TransitionErrorCode code) {
  return base::to_code(kTransitionErrorCodes, code);
}
inline std::string message_key(TransitionErrorCode code) {
  return "workflow.error." + std::string(to_code(code));
}

struct TransitionError {
  TransitionErrorCode code = TransitionErrorCode::IllegalTransition;
  Step from = Step::Submitted;
  Action action = Action::Submit;
  std::vector<base::MessageParam> params;

  base::Message message() const { return {workflow::message_key(code), params}; }
};

}  // namespace hotline::workflow
