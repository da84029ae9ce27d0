// A case moving through the closed loop: every action is checked against the state machine and recorded.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "domain/attachment.h"
#include "domain/request_type.h"
#include "domain/validation_rules.h"
#include "workflow/event.h"
#include "workflow/transition_error.h"
#include "workflow/transitions.h"

namespace hotline::workflow {

inline constexpr std::size_t kMaxNoteChars = 2000;
inline constexpr std::size_t kMaxCommentChars = 500;
inline constexpr std::size_t kMaxReplyPhotos = domain::kMaxPhotos;

// The new step, or why the action was refused (the case is then unchanged).
using Outcome = base::Expected<Step, TransitionError>;

// Holders: the centre from submission until dispatch, the dispatched unit while it handles the case,
// the centre again from the reply on (waiting for the rating is not the unit's time), the replying
// unit again on rework. Checks run in this order: closed case, step (transitions.h), role, unit,
// time order, the text, then the action's own rules; the first failure is returned.
class Case {
 public:
  static Case submit(domain::RequestType type, bool on_convenience_list, Unit centre, Actor submitter,
                     calendar::Instant at);

  Outcome accept(const Actor& agent, calendar::Instant at);
  Outcome reject(const Actor& agent, calendar::Instant at, std::string_view reason);
  Outcome withdraw(const Actor& citizen, calendar::Instant at, std::string_view reason);
  // From accepted, or from rated when the citizen asked for rework.
  Outcome dispatch(const Actor& agent, calendar::Instant at, const Unit& to, std::string_view note);
  Outcome redispatch(const Actor& agent, calendar::Instant at, const Unit& to, std::string_view reason);
  Outcome return_to_centre(const Actor& department, calendar::Instant at, std::string_view reason);
  Outcome start_handling(const Actor& department, calendar::Instant at);
  Outcome answer_directly(const Actor& agent, calendar::Instant at, std::string_view answer);
  Outcome reply(const Actor& department, calendar::Instant at, std::string_view text,
                std::vector<domain::Attachment> photos);
  Outcome rate(const Actor& rater, calendar::Instant at, const Rating& rating);
  Outcome reopen_for_rework(const Actor& agent, calendar::Instant at, std::string_view note);
  Outcome close(const Actor& closer, calendar::Instant at, std::string_view note);

  domain::RequestType type() const { return type_; }
  bool on_convenience_list() const { return on_convenience_list_; }
  // Legal deadline in working days, counted from accepted_at() (the calendar module does the dates).
  int deadline_working_days() const;
  std::optional<calendar::Instant> accepted_at() const;

  Step step() const { return timeline_.back().step; }
  const Unit& centre() const { return centre_; }
  const Unit& holder() const { return timeline_.back().holder; }
  const std::vector<Event>& timeline() const { return timeline_; }
  // The rating of the current reply, if it has been rated (none once the case went back for rework).
  std::optional<Rating> current_rating() const;
  // How often the case went back for rework (重办), by reopening or by dispatching again after a rating.
  int rework_count() const;

 private:
  Case(domain::RequestType type, bool on_convenience_list, Unit centre);

  std::optional<TransitionError> check(Action action, const Actor& actor, calendar::Instant at, std::string_view text,
                                       bool text_required, std::size_t max_chars = kMaxNoteChars) const;
  std::optional<TransitionError> check_target(Action action, const Unit& to) const;
  Outcome record(Action action, const Actor& actor, calendar::Instant at, Unit holder, std::string_view note,
                 std::vector<domain::Attachment> photos = {}, std::optional<Rating> rating = std::nullopt);
  TransitionError error(TransitionErrorCode code, Action action) const;
  // Index of the latest Reply or AnswerDirectly event.
  std::optional<std::size_t> last_reply_index() const;
  bool rework_requested() const;

  domain::RequestType type_;
  bool on_convenience_list_;
  Unit centre_;
  std::vector<Event> timeline_;
};

}  // namespace hotline::workflow
