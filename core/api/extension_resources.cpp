// Decoders of the guide list and the step update (see extension_resources.h).
#include "api/extension_resources.h"

#include "open311/field_reader.h"

namespace hotline::api {

namespace {

using open311::detail::DecodeContext;
using open311::detail::Json;
using open311::detail::ObjectReader;

Guide read_guide(const Json& value, const std::string& path, DecodeContext& context) {
  ObjectReader reader(value, path, context);
  Guide guide;
  guide.id = reader.required_id("id");
  guide.title = reader.required_text("title");
  guide.body = reader.text("body").value_or("");
  guide.service_code = reader.id("service_code").value_or("");
  guide.updated = reader.text("updated").value_or("");
  return guide;
}

StepUpdate read_step_update(const Json& value, const std::string& path, DecodeContext& context) {
  ObjectReader reader(value, path, context);
  StepUpdate update;
  update.service_request_id = reader.required_id("service_request_id");
  update.step = reader.required_code("step", &workflow::step_from_code, workflow::Step::Submitted);
  return update;
}

}  // namespace

base::Expected<std::vector<Guide>, open311::DecodeError> decode_guides(std::string_view body) {
  return open311::detail::decode_list<Guide>(body, {}, read_guide);
}

base::Expected<StepUpdate, open311::DecodeError> decode_step_update(std::string_view body) {
  auto list = open311::detail::decode_list<StepUpdate>(body, {}, read_step_update);
  if (!list) {
    return base::unexpected(list.error());
  }
  if (list->size() != 1) {
    return base::unexpected(open311::make_error(open311::DecodeErrorCode::WrongTopLevel, ""));
  }
  return std::move(list->front());
}

}  // namespace hotline::api
