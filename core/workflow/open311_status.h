// Mapping of the 7 steps to Open311's two statuses: open until the case is closed at step 7.
#pragma once

#include <string>
#include <string_view>

#include "workflow/step.h"

namespace hotline::workflow {

enum class Open311Status { Open, Closed };

constexpr Open311Status open311_status(Step step) {
  return step == Step::Closed ? Open311Status::Closed : Open311Status::Open;
}

constexpr std::string_view to_code(Open311Status status) {
  return status == Open311Status::Closed ? "closed" : "open";
}
// Catalog key of the status as shown next to the step ("workflow.status.open": 办理中).
inline std::string label_key(Open311Status status) {
  return "workflow.status." + std::string(to_code(status));
}

}  // namespace hotline::workflow
