// The case state machine: guards, holders and the recorded timeline.
#include "workflow/case.h"

#include <utility>

#include "domain/deadline.h"
#include "domain/text_field.h"

namespace hotline::workflow {
namespace {

bool acts_for_unit(Action action) {
  return action == Action::ReturnToCentre || action == Action::StartHandling || action == Action::Reply;
}

// Free text follows the domain's text rules; its errors are re-expressed as transition errors.
std::optional<TransitionErrorCode> text_error(std::string_view text, bool required, std::size_t max_chars,
                                              std::vector<base::MessageParam>& params) {
  const auto e = domain::check_text(domain::Field::Description, text, {required ? 1u : 0u, max_chars, true});
  if (!e) {
    return std::nullopt;
  }
  switch (e->code) {
    case domain::ErrorCode::Required:
    case domain::ErrorCode::TooShort:
      return TransitionErrorCode::TextRequired;
    case domain::ErrorCode::TooLong:
      params = e->params;
      return TransitionErrorCode::TextTooLong;
    default:
      return TransitionErrorCode::TextInvalid;
  }
}

Outcome refuse(TransitionError e) {
  return base::unexpected(std::move(e));
}

}  // namespace

Case::Case(domain::RequestType type, bool on_convenience_list, Unit centre)
    : type_(type), on_convenience_list_(on_convenience_list), centre_(std::move(centre)) {}

Case Case::submit(domain::RequestType type, bool on_convenience_list, Unit centre, Actor submitter,
                  calendar::Instant at) {
  Case c(type, on_convenience_list, std::move(centre));
  c.timeline_.push_back(Event{Action::Submit, Step::Submitted, at, c.centre_, std::move(submitter), {}, {}, {}});
  return c;
}

TransitionError Case::error(TransitionErrorCode code, Action action) const {
  return TransitionError{code, step(), action, {}};
}

std::optional<TransitionError> Case::check(Action action, const Actor& actor, calendar::Instant at,
                                           std::string_view text, bool text_required, std::size_t max_chars) const {
  const Step from = step();
  if (from == Step::Closed) {
    return error(TransitionErrorCode::CaseClosed, action);
  }
  if (!transition_target(from, action)) {
    if (action == Action::Rate) {
      const bool rated = from == Step::Rated;
      return error(rated ? TransitionErrorCode::AlreadyRated : TransitionErrorCode::NotYetReplied, action);
    }
    return error(TransitionErrorCode::IllegalTransition, action);
  }
  if (!role_may(actor.role, action)) {
    return error(TransitionErrorCode::WrongRole, action);
  }
  if (acts_for_unit(action) && actor.unit_id != holder().id) {
    return error(TransitionErrorCode::WrongUnit, action);
  }
  if (at < timeline_.back().at) {
    return error(TransitionErrorCode::TimeWentBackwards, action);
  }
  std::vector<base::MessageParam> params;
  if (const auto code = text_error(text, text_required, max_chars, params)) {
    TransitionError e = error(*code, action);
    e.params = std::move(params);
    return e;
  }
  return std::nullopt;
}

std::optional<TransitionError> Case::check_target(Action action, const Unit& to) const {
  if (to.id.empty() || to.name.empty()) {
    return error(TransitionErrorCode::MissingUnit, action);
  }
  if (to.id == holder().id) {
    return error(TransitionErrorCode::SameUnit, action);
  }
  return std::nullopt;
}

Outcome Case::record(Action action, const Actor& actor, calendar::Instant at, Unit holder, std::string_view note,
                     std::vector<domain::Attachment> photos, std::optional<Rating> rating) {
  const Step to = *transition_target(step(), action);
  timeline_.push_back(Event{action, to, at, std::move(holder), actor, std::string(domain::trim_space(note)),
                            std::move(photos), std::move(rating)});
  return to;
}

Outcome Case::accept(const Actor& agent, calendar::Instant at) {
  if (auto e = check(Action::Accept, agent, at, {}, false)) {
    return refuse(*e);
  }
  return record(Action::Accept, agent, at, centre_, {});
}

Outcome Case::reject(const Actor& agent, calendar::Instant at, std::string_view reason) {
  if (auto e = check(Action::Reject, agent, at, reason, true)) {
    return refuse(*e);
  }
  return record(Action::Reject, agent, at, centre_, reason);
}

Outcome Case::withdraw(const Actor& citizen, calendar::Instant at, std::string_view reason) {
  if (auto e = check(Action::Withdraw, citizen, at, reason, false)) {
    return refuse(*e);
  }
  return record(Action::Withdraw, citizen, at, centre_, reason);
}

Outcome Case::dispatch(const Actor& agent, calendar::Instant at, const Unit& to, std::string_view note) {
  if (auto e = check(Action::Dispatch, agent, at, note, false)) {
    return refuse(*e);
  }
  if (step() == Step::Rated && !rework_requested()) {
    return refuse(error(TransitionErrorCode::ReworkNotRequested, Action::Dispatch));
  }
  if (auto e = check_target(Action::Dispatch, to)) {
    return refuse(*e);
  }
  return record(Action::Dispatch, agent, at, to, note);
}

Outcome Case::redispatch(const Actor& agent, calendar::Instant at, const Unit& to, std::string_view reason) {
  if (auto e = check(Action::Redispatch, agent, at, reason, true)) {
    return refuse(*e);
  }
  if (auto e = check_target(Action::Redispatch, to)) {
    return refuse(*e);
  }
  return record(Action::Redispatch, agent, at, to, reason);
}

Outcome Case::return_to_centre(const Actor& department, calendar::Instant at, std::string_view reason) {
  if (auto e = check(Action::ReturnToCentre, department, at, reason, true)) {
    return refuse(*e);
  }
  return record(Action::ReturnToCentre, department, at, centre_, reason);
}

Outcome Case::start_handling(const Actor& department, calendar::Instant at) {
  if (auto e = check(Action::StartHandling, department, at, {}, false)) {
    return refuse(*e);
  }
  return record(Action::StartHandling, department, at, holder(), {});
}

Outcome Case::answer_directly(const Actor& agent, calendar::Instant at, std::string_view answer) {
  if (auto e = check(Action::AnswerDirectly, agent, at, answer, true)) {
    return refuse(*e);
  }
  if (type_ != domain::RequestType::Consultation) {
    return refuse(error(TransitionErrorCode::NotForThisType, Action::AnswerDirectly));
  }
  return record(Action::AnswerDirectly, agent, at, centre_, answer);
}

Outcome Case::reply(const Actor& department, calendar::Instant at, std::string_view text,
                    std::vector<domain::Attachment> photos) {
  if (auto e = check(Action::Reply, department, at, text, true)) {
    return refuse(*e);
  }
  if (photos.size() > kMaxReplyPhotos) {
    TransitionError e = error(TransitionErrorCode::TooManyPhotos, Action::Reply);
    e.params.push_back({"max", std::to_string(kMaxReplyPhotos)});
    return refuse(std::move(e));
  }
  return record(Action::Reply, department, at, centre_, text, std::move(photos));
}

Outcome Case::rate(const Actor& rater, calendar::Instant at, const Rating& rating) {
  if (auto e = check(Action::Rate, rater, at, rating.comment, false, kMaxCommentChars)) {
    return refuse(*e);
  }
  if (rating.rework_requested && rating.satisfaction != Satisfaction::Unsatisfied) {
    return refuse(error(TransitionErrorCode::ReworkOnlyIfUnsatisfied, Action::Rate));
  }
  Rating stored = rating;
  stored.comment = std::string(domain::trim_space(rating.comment));
  return record(Action::Rate, rater, at, centre_, stored.comment, {}, std::move(stored));
}

Outcome Case::reopen_for_rework(const Actor& agent, calendar::Instant at, std::string_view note) {
  if (auto e = check(Action::ReopenForRework, agent, at, note, false)) {
    return refuse(*e);
  }
  if (!rework_requested()) {
    return refuse(error(TransitionErrorCode::ReworkNotRequested, Action::ReopenForRework));
  }
  const std::size_t reply = *last_reply_index();
  if (timeline_[reply].action != Action::Reply) {
    return refuse(error(TransitionErrorCode::ReworkNeedsDepartment, Action::ReopenForRework));
  }
  return record(Action::ReopenForRework, agent, at, timeline_[reply - 1].holder, note);
}

Outcome Case::close(const Actor& closer, calendar::Instant at, std::string_view note) {
  if (auto e = check(Action::Close, closer, at, note, false)) {
    return refuse(*e);
  }
  return record(Action::Close, closer, at, centre_, note);
}

int Case::deadline_working_days() const {
  return domain::legal_deadline_working_days(type_, on_convenience_list_);
}

std::optional<calendar::Instant> Case::accepted_at() const {
  for (const Event& e : timeline_) {
    if (e.action == Action::Accept) {
      return e.at;
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> Case::last_reply_index() const {
  for (std::size_t i = timeline_.size(); i-- > 0;) {
    if (timeline_[i].action == Action::Reply || timeline_[i].action == Action::AnswerDirectly) {
      return i;
    }
  }
  return std::nullopt;
}

std::optional<Rating> Case::current_rating() const {
  // Only the latest events can carry it: a rating, possibly followed by the closing revisit. Anything
  // else after a rating (rework, dispatch) means the rated reply has been superseded.
  for (auto it = timeline_.rbegin(); it != timeline_.rend(); ++it) {
    if (it->action == Action::Rate) {
      return it->rating;
    }
    if (it->action != Action::Close) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

bool Case::rework_requested() const {
  const auto rating = current_rating();
  return rating && rating->satisfaction == Satisfaction::Unsatisfied && rating->rework_requested;
}

int Case::rework_count() const {
  int count = 0;
  for (std::size_t i = 1; i < timeline_.size(); ++i) {
    const Action a = timeline_[i].action;
    const bool after_rating = timeline_[i - 1].step == Step::Rated;
    count += a == Action::ReopenForRework || (a == Action::Dispatch && after_rating) ? 1 : 0;
  }
  return count;
}

}  // namespace hotline::workflow
