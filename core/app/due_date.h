// The date a submitted request is due, as citizens read it on the confirmation and the kiosk receipt.
#pragma once

#include <cstdint>
#include <string>

#include "app/app_model.h"

namespace hotline::app {

// YYYY-MM-DD of the submitted request's legal deadline counted from `sent_ms`, in working days of the
// holiday calendar; empty when it cannot be computed (a year the calendar does not know).
std::string submitted_due_date(const AppModel& model, std::int64_t sent_ms);

}  // namespace hotline::app
