// Names and the stored form of outbox items (see outbox_item.h).
#include "api/outbox_item.h"

#include <nlohmann/json.hpp>

#include "api/api_error.h"
#include "api/idempotency_key.h"
#include "base/wire_code.h"

namespace hotline::api {

namespace {

using nlohmann::json;

constexpr int kRecordVersion = 1;

constexpr std::pair<OutboxState, std::string_view> kStateCodes[] = {
    {OutboxState::Waiting, "waiting"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Sent, "sent"},
    {OutboxState::NeedsAttention, "needs_attention"},
};

bool same_errors(const std::vector<domain::FieldError>& a, const std::vector<domain::FieldError>& b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].field != b[i].field || a[i].code != b[i].code || a[i].params != b[i].params) {
      return false;
    }
  }
  return true;
}

// Typed reads that fail the whole record instead of throwing.
struct Reader {
  const json& object;
  std::string missing;

  template <typename T>
  T get(const char* name, T fallback) {
    auto it = object.find(name);
    if (it == object.end()) {
      return fallback;
    }
    if constexpr (std::is_same_v<T, std::string>) {
      if (it->is_string()) {
        return it->template get<std::string>();
      }
    } else {
      if (it->is_number_integer()) {
        return it->template get<T>();
      }
    }
    missing = name;
    return fallback;
  }
};

}  // namespace

std::string_view to_code(OutboxState state) {
  return base::to_code(kStateCodes, state);
}

std::string message_key(OutboxState state) {
  return "api.outbox." + std::string(to_code(state));
}

bool OutboxItem::operator==(const OutboxItem& o) const {
  return id == o.id && seq == o.seq && created_ms == o.created_ms && fields == o.fields && photos == o.photos &&
         state == o.state && attempts == o.attempts && next_attempt_ms == o.next_attempt_ms &&
         last_error_key == o.last_error_key && same_errors(field_errors, o.field_errors) &&
         request_number == o.request_number && query_code == o.query_code && sent_ms == o.sent_ms;
}

std::string encode_outbox_item(const OutboxItem& item) {
  json photos = json::array();
  for (const auto& p : item.photos) {
    photos.push_back({{"id", p.id}, {"content_type", p.content_type}});
  }
  json errors = json::array();
  for (const auto& e : item.field_errors) {
    errors.push_back(
        {{"field", std::string(domain::to_code(e.field))}, {"code", std::string(domain::to_code(e.code))}});
  }
  const OutboxState stored = item.state == OutboxState::Sending ? OutboxState::Waiting : item.state;
  json record = {{"v", kRecordVersion},
                 {"id", item.id},
                 {"seq", item.seq},
                 {"created_ms", item.created_ms},
                 {"form", open311::encode_form(item.fields)},
                 {"photos", photos},
                 {"state", std::string(to_code(stored))},
                 {"attempts", item.attempts},
                 {"next_attempt_ms", item.next_attempt_ms},
                 {"last_error", item.last_error_key},
                 {"field_errors", errors},
                 {"number", item.request_number},
                 {"sent_ms", item.sent_ms}};
  if (item.query_code) {
    record["query_code"] = *item.query_code;
  }
  return record.dump(-1, ' ', false, json::error_handler_t::replace);
}

base::Expected<OutboxItem, RecordError> decode_outbox_item(std::string_view text) {
  const json record = json::parse(text, nullptr, false);
  if (!record.is_object()) {
    return base::unexpected(RecordError{"not a JSON object"});
  }
  Reader r{record, {}};
  if (r.get<int>("v", 0) != kRecordVersion) {
    return base::unexpected(RecordError{"unknown record version"});
  }
  OutboxItem item;
  item.id = r.get<std::string>("id", "");
  item.seq = r.get<std::int64_t>("seq", 0);
  item.created_ms = r.get<std::int64_t>("created_ms", 0);
  const auto form = open311::decode_form(r.get<std::string>("form", ""));
  const auto state = base::from_code(kStateCodes, r.get<std::string>("state", ""));
  item.attempts = r.get<int>("attempts", 0);
  item.next_attempt_ms = r.get<std::int64_t>("next_attempt_ms", 0);
  item.last_error_key = r.get<std::string>("last_error", "");
  item.request_number = r.get<std::string>("number", "");
  item.sent_ms = r.get<std::int64_t>("sent_ms", 0);
  if (record.contains("query_code")) {
    item.query_code = r.get<std::string>("query_code", "");
  }
  if (!r.missing.empty() || !is_idempotency_key(item.id) || !form || !state) {
    return base::unexpected(RecordError{"bad field " + (r.missing.empty() ? std::string("id/form/state") : r.missing)});
  }
  item.fields = *form;
  item.state = *state;
  const auto photos = record.find("photos");
  const auto errors = record.find("field_errors");
  if (photos == record.end() || !photos->is_array() || errors == record.end() || !errors->is_array()) {
    return base::unexpected(RecordError{"bad photos/field_errors"});
  }
  for (const auto& p : *photos) {
    if (!p.is_object() || !p.contains("id") || !p["id"].is_string() || !p.contains("content_type") ||
        !p["content_type"].is_string()) {
      return base::unexpected(RecordError{"bad photo reference"});
    }
    item.photos.push_back({p["id"].get<std::string>(), p["content_type"].get<std::string>()});
  }
  for (const auto& e : *errors) {
    const auto field = e.is_object() && e.contains("field") && e["field"].is_string()
                           ? base::from_code(domain::kFieldCodes, e["field"].get<std::string>())
                           : std::nullopt;
    const auto code = e.is_object() && e.contains("code") && e["code"].is_string()
                          ? base::from_code(domain::kErrorCodes, e["code"].get<std::string>())
                          : std::nullopt;
    if (!field || !code) {
      return base::unexpected(RecordError{"bad field error"});
    }
    // Stored without params: like the server's description, field and code imply them.
    item.field_errors.push_back(server_field_error(*field, *code));
  }
  item.durable = true;
  return item;
}

}  // namespace hotline::api
