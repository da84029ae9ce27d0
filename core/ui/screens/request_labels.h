// How a request's state reads on screen: its step, status badge and colour, outbox state, deadline.
#pragma once

#include <optional>
#include <string>

#include "api/outbox_item.h"
#include "app/app_model.h"
#include "open311/service_request.h"
#include "ui/widgets.h"
#include "workflow/step.h"

namespace hotline::ui::screens {

struct Badge {
  std::string text;
  ImU32 color = 0;
  bool overdue = false;  // a deadline passed: what matters most about the request
};

// The request's latest closed-loop step, from its timeline (nullopt without extensions).
std::optional<workflow::Step> current_step(const open311::ServiceRequest& request);
Badge status_badge(const Ui& ui, const open311::ServiceRequest& request);
Badge outbox_badge(const Ui& ui, const api::OutboxItem& item);
// "2 working days left" / "due today" / "overdue" from the server's deadline, or empty.
Badge deadline_badge(const Ui& ui, const app::AppModel& model, const open311::ServiceRequest& request);
// "2026-11-30 14:05" in Shanghai time from an ISO 8601 timestamp (the text itself when unreadable).
std::string local_time(const std::string& iso);
std::string local_time_ms(std::int64_t unix_ms);
// "45 minutes" / "3 hours" / "2 days" between two ISO 8601 times (empty when unreadable).
std::string duration_between(const Ui& ui, const std::string& from_iso, const std::string& to_iso);
// The request's type icon character and colour ("问", "诉", "议", "助").
std::string type_icon(domain::RequestType type);
ImU32 type_color(domain::RequestType type);

}  // namespace hotline::ui::screens
