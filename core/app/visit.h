// One citizen's visit as one value: what they entered, chose and looked at, and the answers to their
// own questions. Ending a visit (a kiosk's next citizen) is one assignment of a fresh Visit.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/pending.h"
#include "app/form_state.h"
#include "app/photo_attach.h"
#include "base/message.h"
#include "domain/field_error.h"
#include "open311/service_request.h"
#include "platform/activity.h"
#include "platform/call.h"
#include "workflow/satisfaction.h"

namespace hotline::app {

// A failure the current screen shows in place of its content or above it: always a catalog message
// (what happened and what to do), never raw error text; the screen offers its own way on.
struct Problem {
  base::Message message;
};

// What the rating screen holds while the citizen chooses.
struct RatingForm {
  std::optional<workflow::Satisfaction> satisfaction;
  std::string comment;  // with rework: what is still wrong
  bool rework = false;  // unsatisfied and asking for the request to be handled again
};

// Assigning a fresh Visit cancels the calls of the old one (its Pendings and handles: location, photo
// picker, photos being prepared): nothing late reaches the next citizen. What the citizen waits for
// counts in the model's Activity (its busy()): those members can only be made with it.
struct Visit {
  explicit Visit(const platform::Activity& activity)
      : photos(activity),
        guides(activity),
        nearby(activity),
        detail(activity),
        rating(activity),
        lookup(activity),
        locating(activity) {}

  FormState form;
  PhotoAttach photos;
  std::vector<domain::FieldError> field_errors;
  std::optional<Problem> problem;
  std::string submitted_id;  // the outbox item the confirmation follows
  int submitted_deadline_days = 0;
  std::string category_query;  // the category screen's search: how the citizen looks, not the draft
  RatingForm rating_form;
  base::SecureString lookup_number;  // a request number, or a receipt claim's key
  base::SecureString lookup_code;    // its query code, or the claim's secret
  std::string detail_number;         // the request on the detail screen
  std::string guides_for;            // the category `guides` answers
  std::string nearby_for;            // the category and point `nearby` answers
  bool rating_applied = false;
  bool copied = false;  // a query code went to the clipboard
  api::Pending<std::vector<api::Guide>> guides;
  api::Pending<std::vector<open311::ServiceRequest>> nearby;
  api::Pending<open311::ServiceRequest> detail;
  api::Pending<api::StepUpdate> rating;
  api::Pending<open311::ServiceRequest> lookup;
  platform::AwaitedCall locating;
  // Not awaited: while the platform's picker is open the app shows nothing that moves.
  platform::Call picking;
};

}  // namespace hotline::app
