// Request snapshots and their stored record (see request_snapshot.h).
#include "api/request_snapshot.h"

namespace hotline::api {

using json = RecordJson;

RequestSnapshot snapshot_of(const open311::ServiceRequest& request) {
  RequestSnapshot s;
  s.status = request.status;
  s.updated = request.updated_datetime.value_or(request.requested_datetime);
  if (request.extended_attributes) {
    const auto& notes = request.extended_attributes->notes;
    s.notes = notes.size();
    for (auto it = notes.rbegin(); it != notes.rend() && !s.step; ++it) {
      s.step = it->step;
    }
  }
  return s;
}

std::string encode_seen_record(const std::map<std::string, RequestSnapshot>& seen) {
  json all = json::object();
  for (const auto& [number, s] : seen) {
    json out = {{"status", std::string(open311::to_code(s.status))}, {"notes", s.notes}, {"updated", s.updated}};
    if (s.step) {
      out["step"] = std::string(workflow::to_code(*s.step));
    }
    all[std::string_view(number)] = std::move(out);
  }
  return dump_record(all).str();  // statuses and times, nothing personal
}

base::Expected<std::map<std::string, RequestSnapshot>, RecordError> decode_seen_record(std::string_view text) {
  const json all = json::parse(text, nullptr, false);
  if (!all.is_object()) {
    return base::unexpected(RecordError{"not a JSON object"});
  }
  std::map<std::string, RequestSnapshot> seen;
  for (const auto& [key, value] : all.items()) {
    const std::string number(key);
    if (!value.is_object()) {
      return base::unexpected(RecordError{"snapshot of " + number + " is not an object"});
    }
    RecordReader r(value);
    const auto status = open311::status_from_code(r.text("status"));
    const std::int64_t notes = r.integer("notes");
    RequestSnapshot s{status.value_or(open311::Status::Open), std::nullopt, 0, r.text("updated")};
    if (const auto step = r.optional_text("step")) {
      s.step = workflow::step_from_code(*step);
      if (!s.step) {
        r.fail("step");
      }
    }
    if (!r.ok() || !status || notes < 0) {
      return base::unexpected(
          RecordError{"snapshot of " + number + ": bad " + (r.ok() ? "status/notes" : r.bad_field())});
    }
    s.notes = static_cast<std::size_t>(notes);
    seen.emplace(number, std::move(s));
  }
  return seen;
}

}  // namespace hotline::api
