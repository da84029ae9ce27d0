// Which unit held a case and for how long (留痕), so delays can be traced to a unit.
#pragma once

#include <cstdint>
#include <vector>

#include "workflow/case.h"

namespace hotline::workflow {

// One uninterrupted period with one holder. `until` is the next hand-over, the closing event, or
// `now` for the current holder of an open case.
struct Stay {
  Unit unit;
  calendar::Instant from;
  calendar::Instant until;
  std::int64_t seconds() const { return until.unix_seconds() - from.unix_seconds(); }
};

// Consecutive events with the same holder form one stay; a closed case has no stay after closing.
// `now` earlier than the last event counts as the last event (no negative durations).
std::vector<Stay> stays(const Case& c, calendar::Instant now);

struct UnitDwell {
  Unit unit;
  std::int64_t seconds = 0;
  int stays = 0;  // more than one: the case came back to this unit (rework, re-dispatch back)
};

// Total time per unit, in order of the unit's first stay.
std::vector<UnitDwell> dwell_by_unit(const Case& c, calendar::Instant now);

}  // namespace hotline::workflow
