// Event replay between stored timeline rows and workflow::Case (see case_replay.h).
#include "cases/case_replay.h"

namespace hotline::server {

namespace {

std::vector<domain::Attachment> attachments_of(const std::vector<MediaRecord>& media) {
  std::vector<domain::Attachment> out;
  for (const auto& m : media) {
    out.push_back(attachment_of(m));
  }
  return out;
}

}  // namespace

workflow::Unit centre_unit() {
  return workflow::Unit{"FZ12345", "福州市12345便民服务平台"};
}

workflow::Actor actor_of(const TimelineEntry& entry) {
  return workflow::Actor{entry.actor_role, entry.actor_id, entry.actor_unit};
}

domain::Attachment attachment_of(const MediaRecord& media) {
  domain::Attachment a;
  a.content_type = media.content_type;
  a.byte_size = media.byte_size;
  a.width = media.width;
  a.height = media.height;
  a.sha256 = media.id;
  a.media_url = "/media/" + media.id;
  return a;
}

workflow::Outcome apply_entry(workflow::Case& c, const TimelineEntry& e) {
  using workflow::Action;
  const workflow::Actor actor = actor_of(e);
  const workflow::Unit target{e.unit, e.unit_name};
  switch (e.action) {
    case Action::Submit:
      break;
    case Action::Accept:
      return c.accept(actor, e.at);
    case Action::Reject:
      return c.reject(actor, e.at, e.note);
    case Action::Withdraw:
      return c.withdraw(actor, e.at, e.note);
    case Action::Dispatch:
      return c.dispatch(actor, e.at, target, e.note);
    case Action::Redispatch:
      return c.redispatch(actor, e.at, target, e.note);
    case Action::ReturnToCentre:
      return c.return_to_centre(actor, e.at, e.note);
    case Action::StartHandling:
      return c.start_handling(actor, e.at);
    case Action::AnswerDirectly:
      return c.answer_directly(actor, e.at, e.note);
    case Action::Reply:
      return c.reply(actor, e.at, e.note, attachments_of(e.media));
    case Action::Rate:
      return c.rate(actor, e.at,
                    workflow::Rating{e.rating.value_or(workflow::Satisfaction::Satisfied), e.note, e.rework_requested});
    case Action::ReopenForRework:
      return c.reopen_for_rework(actor, e.at, e.note);
    case Action::Close:
      return c.close(actor, e.at, e.note);
  }
  return base::unexpected(
      workflow::TransitionError{workflow::TransitionErrorCode::IllegalTransition, c.step(), e.action, {}});
}

base::Expected<workflow::Case, workflow::TransitionError> replay(const RequestRecord& record,
                                                                 bool on_convenience_list) {
  const TimelineEntry* first = record.timeline.empty() ? nullptr : &record.timeline.front();
  workflow::Case c =
      workflow::Case::submit(record.type, on_convenience_list, centre_unit(),
                             first ? actor_of(*first) : workflow::Actor{}, first ? first->at : record.requested_at);
  for (std::size_t i = 1; i < record.timeline.size(); ++i) {
    auto outcome = apply_entry(c, record.timeline[i]);
    if (!outcome) {
      return base::unexpected(outcome.error());
    }
  }
  return c;
}

}  // namespace hotline::server
