// Encoding and non-throwing decoding of draft records (see draft_record.h).
#include "api/draft_record.h"

namespace hotline::api {

namespace {

constexpr int kRecordVersion = 1;

}  // namespace

base::SecureString encode_draft_record(const DraftRecord& record) {
  return dump_record({{"v", kRecordVersion},
                      {"form", open311::encode_form(record.fields).view()},
                      {"photos", photo_refs_json(record.photos)},
                      {"saved_ms", record.saved_ms}});
}

base::Expected<DraftRecord, RecordError> decode_draft_record(std::string_view text) {
  auto record = parse_record(text, kRecordVersion);
  if (!record) {
    return base::unexpected(record.error());
  }
  RecordReader r(*record);
  auto fields = open311::decode_form(r.secret_text("form"));
  DraftRecord out{{}, r.photo_refs("photos"), r.integer("saved_ms")};
  if (!r.ok()) {
    return base::unexpected(RecordError{"bad field " + r.bad_field()});
  }
  if (!fields) {
    return base::unexpected(RecordError{"bad form"});
  }
  out.fields = std::move(*fields);
  return out;
}

}  // namespace hotline::api
