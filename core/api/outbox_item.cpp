// Names and the stored form of outbox items (see outbox_item.h).
#include "api/outbox_item.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "api/api_error.h"
#include "api/idempotency_key.h"
#include "api/my_request.h"
#include "base/wire_code.h"

namespace hotline::api {

namespace {

using json = RecordJson;

constexpr int kRecordVersion = 1;
// Far above any real count (backoff caps the delay, not the count); keeps the int conversion exact.
constexpr std::int64_t kMaxStoredAttempts = 1'000'000;

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
         request_number == o.request_number && query_code == o.query_code && sent_ms == o.sent_ms && title == o.title &&
         claim_secret == o.claim_secret;
}

void keep_only_delivered(OutboxItem& item) {
  std::vector<open311::FormField> kept;
  for (auto& f : item.fields) {
    if (f.name == "description" && item.title.empty()) {
      std::string title = title_of(f.value);
      item.title = title;
      base::secure_clear(title);
    } else if (f.name == "service_code") {
      kept.push_back(std::move(f));
    }
  }
  item.fields = std::move(kept);
  item.photos.clear();
  item.claim_secret.clear();
}

bool holds_form(const OutboxItem& item) {
  return !item.photos.empty() || !item.claim_secret.empty() ||
         std::any_of(item.fields.begin(), item.fields.end(), [](const auto& f) { return f.name != "service_code"; });
}

base::SecureString encode_outbox_item(const OutboxItem& item) {
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
                 {"form", open311::encode_form(item.fields).view()},
                 {"photos", photo_refs_json(item.photos)},
                 {"state", std::string(to_code(stored))},
                 {"attempts", item.attempts},
                 {"next_attempt_ms", item.next_attempt_ms},
                 {"last_error", item.last_error_key},
                 {"field_errors", errors},
                 {"number", item.request_number},
                 {"sent_ms", item.sent_ms}};
  if (item.query_code) {
    record["query_code"] = item.query_code->view();
  }
  if (!item.title.empty()) {
    record["title"] = item.title.view();
  }
  if (!item.claim_secret.empty()) {
    record["claim"] = item.claim_secret.view();
  }
  return dump_record(record);
}

base::Expected<OutboxItem, RecordError> decode_outbox_item(std::string_view text) {
  auto record = parse_record(text, kRecordVersion);
  if (!record) {
    return base::unexpected(record.error());
  }
  RecordReader r(*record);
  OutboxItem item;
  item.id = r.text("id");
  item.seq = r.integer("seq");
  item.created_ms = r.integer("created_ms");
  const auto form = open311::decode_form(r.secret_text("form"));
  const auto state = base::from_code(kStateCodes, r.text("state"));
  const std::int64_t attempts = r.integer("attempts");
  item.next_attempt_ms = r.integer("next_attempt_ms");
  item.last_error_key = r.text("last_error");
  item.request_number = r.text("number");
  item.sent_ms = r.integer("sent_ms");
  item.query_code = r.optional_secret_text("query_code");
  item.title = r.optional_secret_text("title").value_or("");
  item.claim_secret = r.optional_secret_text("claim").value_or("");
  item.photos = r.photo_refs("photos");
  for (const auto& e : r.array("field_errors")) {
    if (!e.is_object()) {
      return base::unexpected(RecordError{"bad field error"});
    }
    RecordReader error(e);
    const auto field = base::from_code(domain::kFieldCodes, error.text("field"));
    const auto code = base::from_code(domain::kErrorCodes, error.text("code"));
    if (!error.ok() || !field || !code) {
      return base::unexpected(RecordError{"bad field error"});
    }
    // Stored without params: like the server's description, field and code imply them.
    item.field_errors.push_back(server_field_error(*field, *code));
  }
  if (!r.ok()) {
    return base::unexpected(RecordError{"bad field " + r.bad_field()});
  }
  if (!is_idempotency_key(item.id) || !(item.claim_secret.empty() || is_idempotency_key(item.claim_secret)) || !form ||
      !state || attempts < 0 || attempts > kMaxStoredAttempts) {
    return base::unexpected(RecordError{"bad id/form/state/attempts"});
  }
  item.fields = std::move(*form);
  item.state = *state;
  item.attempts = static_cast<int>(attempts);
  item.durable = true;
  return item;
}

}  // namespace hotline::api
