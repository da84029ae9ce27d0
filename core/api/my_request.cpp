// The stored form of "my requests" entries (see my_request.h).
#include "api/my_request.h"

#include "domain/request_number.h"
#include "text/utf8.h"

namespace hotline::api {

namespace {

constexpr int kRecordVersion = 1;

}  // namespace

std::string title_of(std::string_view description) {
  return text::first_code_points(description, kMyRequestTitleLength);
}

base::SecureString encode_my_request(const MyRequest& request) {
  RecordJson record = {{"v", kRecordVersion},
                       {"number", request.number},
                       {"service_code", request.service_code},
                       {"title", request.title},
                       {"created_ms", request.created_ms},
                       {"origin", std::string(base::to_code(kMyRequestOriginCodes, request.origin))}};
  if (request.query_code) {
    record["query_code"] = *request.query_code;
  }
  if (request.type) {
    record["type"] = std::string(domain::to_code(*request.type));
  }
  return dump_record(record);
}

base::Expected<MyRequest, RecordError> decode_my_request(std::string_view text) {
  auto record = parse_record(text, kRecordVersion);
  if (!record) {
    return base::unexpected(record.error());
  }
  RecordReader r(*record);
  MyRequest out;
  out.number = r.text("number");
  out.query_code = r.optional_text("query_code");
  out.service_code = r.text("service_code");
  const auto type = r.optional_text("type");
  out.title = r.text("title");
  out.created_ms = r.integer("created_ms");
  const auto origin = base::from_code(kMyRequestOriginCodes, r.text("origin"));
  if (!r.ok()) {
    return base::unexpected(RecordError{"bad field " + r.bad_field()});
  }
  if (type) {
    out.type = domain::request_type_from_code(*type);
  }
  if (!domain::is_request_number(out.number) || !origin || (type && !out.type) ||
      (out.query_code && domain::normalize_query_code(*out.query_code) != out.query_code)) {
    return base::unexpected(RecordError{"bad number/query code/type/origin"});
  }
  out.origin = *origin;
  return out;
}

}  // namespace hotline::api
