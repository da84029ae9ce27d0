// The system's wall clock as a calendar::Instant: the server's only reading of the time of day.
#pragma once

#include "calendar/instant.h"

namespace hotline::server {

// The current second. A system clock outside the years 0001..9999 reads as the Unix epoch: the server
// keeps answering, and case actions still never go back in time (see case_actions.cpp).
calendar::Instant wall_clock_now();

}  // namespace hotline::server
