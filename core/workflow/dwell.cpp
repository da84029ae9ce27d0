// Dwell time per holding unit from a case's timeline.
#include "workflow/dwell.h"

#include <algorithm>

namespace hotline::workflow {

std::vector<Stay> stays(const Case& c, calendar::Instant now) {
  const auto& events = c.timeline();
  std::vector<Stay> out;
  for (const Event& e : events) {
    if (!out.empty()) {
      out.back().until = e.at;
    }
    if (e.step == Step::Closed) {
      return out;
    }
    if (out.empty() || out.back().unit.id != e.holder.id) {
      out.push_back(Stay{e.holder, e.at, e.at});
    }
  }
  out.back().until = std::max(now, events.back().at);
  return out;
}

std::vector<UnitDwell> dwell_by_unit(const Case& c, calendar::Instant now) {
  std::vector<UnitDwell> out;
  for (const Stay& stay : stays(c, now)) {
    auto it = std::find_if(out.begin(), out.end(), [&](const UnitDwell& d) { return d.unit.id == stay.unit.id; });
    if (it == out.end()) {
      out.push_back(UnitDwell{stay.unit, 0, 0});
      it = out.end() - 1;
    }
    it->seconds += stay.seconds();
    ++it->stays;
  }
  return out;
}

}  // namespace hotline::workflow
