// One entry of a case's timeline (留痕): what happened, when, who did it and which unit then held the case.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/instant.h"
#include "domain/attachment.h"
#include "workflow/action.h"
#include "workflow/participants.h"
#include "workflow/satisfaction.h"
#include "workflow/step.h"

namespace hotline::workflow {

struct Rating {
  Satisfaction satisfaction = Satisfaction::Satisfied;
  std::string comment;            // optional, UTF-8, at most kMaxCommentChars characters
  bool rework_requested = false;  // only with Unsatisfied: "please handle it again"
};

struct Event {
  Action action = Action::Submit;
  Step step = Step::Submitted;  // the step the case is in after the event
  calendar::Instant at;
  Unit holder;  // the unit holding the case after the event
  Actor actor;
  std::string note;                        // reply text, reason, answer or comment
  std::vector<domain::Attachment> photos;  // the unit's photos of the result (replies only)
  std::optional<Rating> rating;            // Rate events only
};

}  // namespace hotline::workflow
