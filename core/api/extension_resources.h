// Our endpoints beyond GeoReport v2: knowledge-base guides and the answer to a citizen's rating or
// rework request, decoded with the open311 module's tolerant readers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "open311/decode_error.h"
#include "workflow/step.h"

namespace hotline::api {

// GET guides.json?q=...: a service guide that may answer a consultation at once (即问即答).
struct Guide {
  std::string id;
  std::string title;
  std::string body;
  std::string service_code;
  std::string updated;  // ISO 8601

  bool operator==(const Guide&) const = default;
};

base::Expected<std::vector<Guide>, open311::DecodeError> decode_guides(std::string_view body);

// POST requests/{id}/rating.json and rework.json: [{service_request_id, step, step_number}].
struct StepUpdate {
  std::string service_request_id;
  workflow::Step step = workflow::Step::Submitted;

  bool operator==(const StepUpdate&) const = default;
};

base::Expected<StepUpdate, open311::DecodeError> decode_step_update(std::string_view body);

}  // namespace hotline::api
