// Replay, check and record one workflow action (see case_actions.h).
#include "cases/case_actions.h"

#include <algorithm>

#include "calendar/working_days.h"
#include "cases/case_replay.h"
#include "store/catalog_store.h"

namespace hotline::server {

namespace {

constexpr std::pair<workflow::Action, std::string_view> kVerbs[] = {
    {workflow::Action::Accept, "accept"},
    {workflow::Action::Reject, "reject"},
    {workflow::Action::Withdraw, "withdraw"},
    {workflow::Action::Dispatch, "dispatch"},
    {workflow::Action::Redispatch, "redispatch"},
    {workflow::Action::ReturnToCentre, "return"},
    {workflow::Action::StartHandling, "handle"},
    {workflow::Action::AnswerDirectly, "answer"},
    {workflow::Action::Reply, "reply"},
    {workflow::Action::Rate, "rate"},
    {workflow::Action::ReopenForRework, "rework"},
    {workflow::Action::Close, "close"},
};

ActionError failure(ActionErrorCode code) {
  return ActionError{code, std::nullopt, {}};
}

ActionError storage_failure(const DbError& error) {
  return ActionError{ActionErrorCode::Storage, std::nullopt, error.detail};
}

}  // namespace

std::optional<workflow::Action> action_from_verb(std::string_view verb) {
  return base::from_code(kVerbs, verb);
}

base::Expected<workflow::Step, ActionError> perform(Backend& backend, const std::string& number,
                                                    const ActionRequest& request) {
  auto loaded = backend.requests->find(number, true);
  if (!loaded) {
    return base::unexpected(storage_failure(loaded.error()));
  }
  if (!*loaded) {
    return base::unexpected(failure(ActionErrorCode::NotFound));
  }
  const RequestRecord& record = **loaded;
  bool on_convenience_list = false;
  std::optional<UnitRecord> target;
  {
    auto reader = backend.pool->read();
    if (!reader) {
      return base::unexpected(storage_failure(reader.error()));
    }
    auto service = find_service(reader->db(), record.service_code);
    if (!service) {
      return base::unexpected(storage_failure(service.error()));
    }
    on_convenience_list = *service && (*service)->category.on_convenience_list;
    if (request.unit) {
      auto unit = find_unit(reader->db(), *request.unit);
      if (!unit) {
        return base::unexpected(storage_failure(unit.error()));
      }
      if (!*unit) {
        return base::unexpected(failure(ActionErrorCode::UnknownUnit));
      }
      target = **unit;
    }
  }
  auto c = replay(record, on_convenience_list);
  if (!c) {
    return base::unexpected(ActionError{ActionErrorCode::Refused, c.error(), {}});
  }
  // The core checks time order; a clock step backwards must not make a case unmovable.
  const calendar::Instant now = std::max(backend.now(), c->timeline().back().at);

  TimelineEntry entry;
  entry.action = request.action;
  entry.actor_role = request.actor.role;
  entry.actor_id = request.actor.id;
  entry.actor_unit = request.actor.unit_id;
  entry.note = request.note;
  entry.at = now;
  for (const auto& photo : request.photos) {
    entry.media.push_back(photo.record);
  }
  entry.rating = request.satisfaction;
  entry.rework_requested = request.rework_requested;
  if (target) {
    entry.unit = target->code;
    entry.unit_name = target->name;
  }
  auto outcome = apply_entry(*c, entry);
  if (!outcome) {
    return base::unexpected(ActionError{ActionErrorCode::Refused, outcome.error(), {}});
  }
  const workflow::Event& event = c->timeline().back();
  entry.step = event.step;
  entry.unit = event.holder.id;

  RequestChange change;
  change.expected_step = record.step;
  change.entry = entry;
  change.unit = event.holder.id;
  if (request.action == workflow::Action::Accept) {
    change.accepted_at = now;
    // Unknown holiday data leaves the deadline unset rather than guessed.
    if (auto due = calendar::due_instant(backend.holidays, now, c->deadline_working_days())) {
      change.deadline_at = *due;
    }
  }
  if (request.action == workflow::Action::Rate) {
    change.rating = request.satisfaction;
    change.rating_comment = request.note;
  }
  change.count_rework = c->rework_count() > record.rework_count;
  if (request.action == workflow::Action::Reply || request.action == workflow::Action::AnswerDirectly ||
      request.action == workflow::Action::Reject) {
    change.status_notes = request.note;
  }
  if (auto written = backend.media->put(request.photos); !written) {
    return base::unexpected(ActionError{ActionErrorCode::Storage, std::nullopt, written.error().detail});
  }
  auto applied = backend.requests->apply(number, change);
  if (!applied) {
    return base::unexpected(storage_failure(applied.error()));
  }
  if (*applied == ChangeOutcome::NotFound) {
    return base::unexpected(failure(ActionErrorCode::NotFound));
  }
  if (*applied == ChangeOutcome::Conflict) {
    return base::unexpected(failure(ActionErrorCode::Conflict));
  }
  return event.step;
}

}  // namespace hotline::server
