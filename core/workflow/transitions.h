// The closed loop as an explicit state machine: which action is allowed in which step, and by whom.
#pragma once

#include <initializer_list>
#include <optional>

#include "workflow/action.h"
#include "workflow/participants.h"
#include "workflow/step.h"

namespace hotline::workflow {

// The main path is submitted -> accepted -> dispatched -> handling -> replied -> rated -> closed.
// Besides it, deliberately:
// - Reject     submitted -> closed            out of scope or duplicate, decided at intake
// - Withdraw   submitted/accepted -> closed   only before a unit has it; afterwards the unit replies
// - Redispatch dispatched/handling -> dispatched (to another unit)
// - ReturnToCentre dispatched/handling -> accepted (the unit disclaims; the centre dispatches again)
// - AnswerDirectly accepted -> replied        consultations only, the agent answers at once
// - ReopenForRework rated -> handling          unsatisfied + rework asked, back to the replying unit
// - Dispatch   rated -> dispatched            the same rework, sent to a (new) unit: the only way to
//                                             rework a direct answer
// - Close      replied -> closed              the revisit found no rating (citizen unreachable or
//                                             anonymous); rated -> closed is the normal revisit
// Nothing leaves `closed`: a new problem is a new request.
constexpr std::optional<Step> transition_target(Step from, Action action) {
  const auto from_any = [from](std::initializer_list<Step> steps) {
    for (const Step s : steps) {
      if (s == from) {
        return true;
      }
    }
    return false;
  };
  switch (action) {
    case Action::Submit:
      break;
    case Action::Accept:
      return from == Step::Submitted ? std::optional(Step::Accepted) : std::nullopt;
    case Action::Reject:
      return from == Step::Submitted ? std::optional(Step::Closed) : std::nullopt;
    case Action::Withdraw:
      return from_any({Step::Submitted, Step::Accepted}) ? std::optional(Step::Closed) : std::nullopt;
    case Action::Dispatch:
      return from_any({Step::Accepted, Step::Rated}) ? std::optional(Step::Dispatched) : std::nullopt;
    case Action::Redispatch:
      return from_any({Step::Dispatched, Step::Handling}) ? std::optional(Step::Dispatched) : std::nullopt;
    case Action::ReturnToCentre:
      return from_any({Step::Dispatched, Step::Handling}) ? std::optional(Step::Accepted) : std::nullopt;
    case Action::StartHandling:
      return from == Step::Dispatched ? std::optional(Step::Handling) : std::nullopt;
    case Action::AnswerDirectly:
      return from == Step::Accepted ? std::optional(Step::Replied) : std::nullopt;
    case Action::Reply:
      return from == Step::Handling ? std::optional(Step::Replied) : std::nullopt;
    case Action::Rate:
      return from == Step::Replied ? std::optional(Step::Rated) : std::nullopt;
    case Action::ReopenForRework:
      return from == Step::Rated ? std::optional(Step::Handling) : std::nullopt;
    case Action::Close:
      return from_any({Step::Replied, Step::Rated}) ? std::optional(Step::Closed) : std::nullopt;
  }
  return std::nullopt;
}

// Who may take each action. Department actions also require the actor's unit to hold the case;
// the system (scheduled jobs) may only close cases whose revisit window ran out.
constexpr bool role_may(Role role, Action action) {
  switch (action) {
    case Action::Submit:
      return role == Role::Citizen || role == Role::CentreAgent;
    case Action::Withdraw:
      return role == Role::Citizen;
    case Action::Accept:
    case Action::Reject:
    case Action::Dispatch:
    case Action::Redispatch:
    case Action::AnswerDirectly:
    case Action::ReopenForRework:
      return role == Role::CentreAgent;
    case Action::ReturnToCentre:
    case Action::StartHandling:
    case Action::Reply:
      return role == Role::Department;
    case Action::Rate:
      return role == Role::Citizen || role == Role::CentreAgent;
    case Action::Close:
      return role == Role::CentreAgent || role == Role::System;
  }
  return false;
}

}  // namespace hotline::workflow
