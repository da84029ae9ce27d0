// Moving a stored request along the closed loop: the stored timeline is replayed into the core's
// workflow::Case, the new action is checked by it, and the resulting event is recorded. Used by the
// operator endpoints, the citizen endpoints (rate, rework) and the admin CLI alike.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "backend.h"
#include "workflow/transition_error.h"

namespace hotline::server {

struct ActionRequest {
  workflow::Action action = workflow::Action::Accept;
  workflow::Actor actor;
  std::string note;
  std::optional<std::string> unit;                     // dispatch / redispatch target
  std::vector<PreparedMedia> photos;                   // reply photos, written once the core accepts the action
  std::optional<workflow::Satisfaction> satisfaction;  // rate
  bool rework_requested = false;                       // rate
};

enum class ActionErrorCode { NotFound, UnknownUnit, Refused, Conflict, Storage };

struct ActionError {
  ActionErrorCode code = ActionErrorCode::Storage;
  std::optional<workflow::TransitionError> refusal;  // Refused: why the state machine said no
  std::string detail;                                // Storage: the database's detail, for the log
};

// The new step on success.
base::Expected<workflow::Step, ActionError> perform(Backend& backend, const std::string& number,
                                                    const ActionRequest& request);

// Wire names of the verbs (shared by the HTTP endpoints and the CLI): accept, reject, dispatch,
// redispatch, return, handle, answer, reply, rate, rework, close.
std::optional<workflow::Action> action_from_verb(std::string_view verb);

}  // namespace hotline::server
