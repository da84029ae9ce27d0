// State labels shared by the list, detail and confirmation screens.
#include "ui/screens/request_labels.h"

#include <cstdio>

#include "calendar/deadline_status.h"
#include "calendar/iso_timestamp.h"
#include "calendar/shanghai_time.h"

namespace hotline::ui::screens {

std::optional<workflow::Step> current_step(const open311::ServiceRequest& request) {
  if (!request.extended_attributes) {
    return std::nullopt;
  }
  std::optional<workflow::Step> step;
  for (const open311::TimelineNote& note : request.extended_attributes->notes) {
    if (note.step) {
      step = note.step;
    }
  }
  return step;
}

Badge status_badge(const Ui& ui, const open311::ServiceRequest& request) {
  const Palette& c = ui.theme.colors;
  if (request.status == open311::Status::Closed) {
    return {ui.tr("workflow.status.closed"), c.success};
  }
  if (const auto step = current_step(request)) {
    return {ui.tr(workflow::label_key(*step)), *step == workflow::Step::Replied ? c.warning : c.accent};
  }
  return {ui.tr("workflow.status.open"), c.accent};
}

Badge outbox_badge(const Ui& ui, const api::OutboxItem& item) {
  const Palette& c = ui.theme.colors;
  switch (item.state) {
    case api::OutboxState::Waiting:
      return {ui.tr(item.attempts > 0 ? "app.outbox.waiting_network" : "app.outbox.saved"), c.warning};
    case api::OutboxState::Sending:
      return {ui.tr("app.outbox.sending"), c.accent};
    case api::OutboxState::Sent:
      return {ui.tr("app.outbox.sent"), c.success};
    case api::OutboxState::NeedsAttention:
      return {ui.tr("app.outbox.failed"), c.error};
  }
  return {};
}

Badge deadline_badge(const Ui& ui, const app::AppModel& model, const open311::ServiceRequest& request) {
  if (!request.extended_attributes || !request.extended_attributes->deadline ||
      request.status == open311::Status::Closed) {
    return {};
  }
  const auto due = calendar::parse_iso8601_timestamp(request.extended_attributes->deadline->due_datetime);
  const auto now = calendar::Instant::from_unix_seconds(model.services_ref().clock.now_ms() / 1000);
  if (!due || !now) {
    return {};
  }
  const calendar::DeadlineStatus status = calendar::deadline_status(model.services_ref().holidays, *now, *due);
  const Palette& c = ui.theme.colors;
  const ImU32 color = status.phase == calendar::DeadlinePhase::Overdue    ? c.error
                      : status.phase == calendar::DeadlinePhase::DueToday ? c.warning
                                                                          : c.muted;
  return {ui.format(status.message), color, status.phase == calendar::DeadlinePhase::Overdue};
}

namespace {

std::string format_local(calendar::Instant instant) {
  const calendar::LocalDateTime local = calendar::to_shanghai(instant);
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", local.date.year(), local.date.month(), local.date.day(),
                local.hour, local.minute);
  return text;
}

}  // namespace

std::string local_time(const std::string& iso) {
  const auto instant = calendar::parse_iso8601_timestamp(iso);
  return instant ? format_local(*instant) : iso;
}

std::string local_time_ms(std::int64_t unix_ms) {
  const auto instant = calendar::Instant::from_unix_seconds(unix_ms / 1000);
  return instant ? format_local(*instant) : std::string();
}

std::string duration_between(const Ui& ui, const std::string& from_iso, const std::string& to_iso) {
  const auto from = calendar::parse_iso8601_timestamp(from_iso);
  const auto to = calendar::parse_iso8601_timestamp(to_iso);
  if (!from || !to || *to < *from) {
    return {};
  }
  const std::int64_t minutes = (to->unix_seconds() - from->unix_seconds()) / 60;
  if (minutes < 60) {
    return ui.strings.format({"app.duration.minutes", {{"n", std::to_string(minutes)}}});
  }
  if (minutes < 48 * 60) {
    return ui.strings.format({"app.duration.hours", {{"n", std::to_string(minutes / 60)}}});
  }
  return ui.strings.format({"app.duration.days", {{"n", std::to_string(minutes / (24 * 60))}}});
}

std::string type_icon(domain::RequestType type) {
  switch (type) {
    case domain::RequestType::Consultation:
      return "问";
    case domain::RequestType::Complaint:
      return "诉";
    case domain::RequestType::Suggestion:
      return "议";
    case domain::RequestType::HelpRequest:
      return "助";
  }
  return "问";
}

ImU32 type_color(domain::RequestType type) {
  // Each type its own hue, all dark enough for white text (4.5:1).
  switch (type) {
    case domain::RequestType::Consultation:
      return IM_COL32(0x0B, 0x5C, 0xD5, 0xFF);
    case domain::RequestType::Complaint:
      return IM_COL32(0xC2, 0x41, 0x0C, 0xFF);
    case domain::RequestType::Suggestion:
      return IM_COL32(0x15, 0x6F, 0x3A, 0xFF);
    case domain::RequestType::HelpRequest:
      return IM_COL32(0x7A, 0x2E, 0xB8, 0xFF);
  }
  return IM_COL32(0x0B, 0x5C, 0xD5, 0xFF);
}

}  // namespace hotline::ui::screens
