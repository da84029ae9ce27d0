// JSON encoding and tolerant decoding of the POST requests.json and tokens/{token}.json answers.
#include "open311/request_created.h"

#include "open311/field_reader.h"
#include "open311/json_write.h"

namespace hotline::open311 {
namespace {

using detail::Json;

Json created_to_json(const RequestCreated& created) {
  Json object = Json::object();
  detail::put(object, "service_request_id", created.service_request_id);
  detail::put(object, "token", created.token);
  detail::put(object, "service_notice", created.service_notice);
  detail::put(object, "account_id", created.account_id);
  return object;
}

RequestCreated read_created(const Json& value, const std::string& path, detail::DecodeContext& context) {
  detail::ObjectReader reader(value, path, context);
  RequestCreated created;
  created.service_request_id = reader.id("service_request_id");
  created.token = reader.id("token");
  created.service_notice = reader.text("service_notice");
  created.account_id = reader.id("account_id");
  if (!created.service_request_id && !created.token) {
    context.fail(DecodeErrorCode::MissingField, reader.path("service_request_id"));
  }
  return created;
}

Json token_to_json(const TokenStatus& status) {
  Json object = {{"token", status.token}};
  detail::put(object, "service_request_id", status.service_request_id);
  return object;
}

TokenStatus read_token(const Json& value, const std::string& path, detail::DecodeContext& context) {
  detail::ObjectReader reader(value, path, context);
  TokenStatus status;
  status.service_request_id = reader.id("service_request_id");
  status.token = reader.required_id("token");
  return status;
}

}  // namespace

std::string encode_request_created(const std::vector<RequestCreated>& created) {
  return to_body(detail::array_of(created, created_to_json));
}

base::Expected<std::vector<RequestCreated>, DecodeError> decode_request_created(std::string_view body,
                                                                                const DecodeLimits& limits) {
  return detail::decode_list<RequestCreated>(body, limits, read_created);
}

std::string encode_token_status(const std::vector<TokenStatus>& statuses) {
  return to_body(detail::array_of(statuses, token_to_json));
}

base::Expected<std::vector<TokenStatus>, DecodeError> decode_token_status(std::string_view body,
                                                                          const DecodeLimits& limits) {
  return detail::decode_list<TokenStatus>(body, limits, read_token);
}

}  // namespace hotline::open311
