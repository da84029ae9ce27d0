// The 7 steps of the hotline's closed loop, in order, and their wire codes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/wire_code.h"

namespace hotline::workflow {

enum class Step {
  Submitted,   // 1 诉求人诉求: the citizen submits
  Accepted,    // 2 市中心坐席受理: the centre's agent accepts (deadline counting starts)
  Dispatched,  // 3 市中心批转: the centre dispatches to a department
  Handling,    // 4 职能部门办理: the department handles it
  Replied,     // 5 职能部门回复: the department replies, often with photos
  Rated,       // 6 诉求人评价: the citizen rates the reply
  Closed,      // 7 市中心回访: the centre revisits (calls back), then the case is closed
};

inline constexpr std::pair<Step, std::string_view> kStepCodes[] = {
    {Step::Submitted, "submitted"}, {Step::Accepted, "accepted"}, {Step::Dispatched, "dispatched"},
    {Step::Handling, "handling"},   {Step::Replied, "replied"},   {Step::Rated, "rated"},
    {Step::Closed, "closed"},
};

constexpr std::string_view to_code(Step step) {
  return base::to_code(kStepCodes, step);
}
constexpr std::optional<Step> step_from_code(std::string_view code) {
  return base::from_code(kStepCodes, code);
}
// 1-based position in the closed loop, as citizens see it ("step 4 of 7").
constexpr int step_number(Step step) {
  return static_cast<int>(step) + 1;
}
inline std::string label_key(Step step) {
  return "step." + std::string(to_code(step));
}

}  // namespace hotline::workflow
