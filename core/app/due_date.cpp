// Due date of the submitted request (see due_date.h).
#include "app/due_date.h"

#include <cstdio>

#include "calendar/shanghai_time.h"
#include "calendar/working_days.h"

namespace hotline::app {

std::string submitted_due_date(const AppModel& model, std::int64_t sent_ms) {
  const auto sent = calendar::Instant::from_unix_seconds(sent_ms / 1000);
  if (!sent) {
    return {};
  }
  const auto due = calendar::due_instant(model.holidays(), *sent, model.wizard().submitted_deadline_days());
  if (!due) {
    return {};
  }
  const calendar::Date day = calendar::due_day(*due);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", day.year(), day.month(), day.day());
  return text;
}

}  // namespace hotline::app
