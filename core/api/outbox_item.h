// One submission in the outbox, as the UI shows it and as it is stored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/photo.h"
#include "api/stored_record.h"
#include "base/expected.h"
#include "base/secure_string.h"
#include "domain/field_error.h"
#include "open311/form_urlencoded.h"

namespace hotline::api {

enum class OutboxState {
  Waiting,         // stored; sent as soon as it is due (first attempt or retry after a failure)
  Sending,         // an attempt is on the wire
  Sent,            // the server accepted it: request_number is set
  NeedsAttention,  // refused (e.g. a field error): the citizen must correct it, nothing is retried
};

std::string_view to_code(OutboxState state);
// "api.outbox.waiting", "api.outbox.sending", "api.outbox.sent", "api.outbox.needs_attention"
std::string message_key(OutboxState state);

// The form's fields, the claim, the query code and the title are the citizen's: held in zeroing storage
// (SecureString), and so is the record they are stored as.
struct OutboxItem {
  std::string id;  // also the idempotency key
  // The receipt's claim with the id (see claim.h): sent with the submission, which the server binds
  // to the request once it arrives. Empty once delivered (the receipt holds it) and in older records.
  base::SecureString claim_secret;
  std::int64_t seq = 0;  // submission order
  std::int64_t created_ms = 0;
  std::vector<open311::FormField> fields;
  std::vector<PhotoRef> photos;

  OutboxState state = OutboxState::Waiting;
  bool durable = false;  // the storage confirmed the item survives a crash (nothing is sent before)
  int attempts = 0;      // failed attempts so far
  std::int64_t next_attempt_ms = 0;
  std::string last_error_key;  // why the last attempt failed (Waiting) or was refused (NeedsAttention)
  std::vector<domain::FieldError> field_errors;  // NeedsAttention after a validation error
  std::string storage_error_key;                 // set when the device could not keep the item (it is still sent)

  std::string request_number;  // Sent
  std::optional<base::SecureString> query_code;
  std::int64_t sent_ms = 0;
  // Sent: what "my requests" lists (title_of the description); the form is then down to its
  // service_code, so no contact detail outlives the delivery (see keep_only_delivered).
  base::SecureString title;

  // The kiosk visit that filed it (Outbox::begin_visit); 0 on phones and for items read from storage.
  // Never stored: after a restart every item belongs to an earlier visit.
  std::uint64_t visit = 0;

  bool operator==(const OutboxItem&) const;
};

// Once delivered, an item keeps only what "my requests" shows (number, query code, title, time) and its
// service code: the contact details, description, address and photo references are erased.
void keep_only_delivered(OutboxItem& item);
// True when the item still holds more than keep_only_delivered leaves.
bool holds_form(const OutboxItem& item);

// Versioned JSON record of an item (the form fields travel as one urlencoded string, photos as
// references to separately stored blobs). Sending items are stored as Waiting.
base::SecureString encode_outbox_item(const OutboxItem& item);
base::Expected<OutboxItem, RecordError> decode_outbox_item(std::string_view record);

}  // namespace hotline::api
