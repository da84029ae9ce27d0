// The stored form of a draft: a versioned JSON record naming its photo blobs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "api/photo.h"
#include "api/stored_record.h"
#include "base/expected.h"
#include "open311/form_urlencoded.h"

namespace hotline::api {

struct DraftRecord {
  std::vector<open311::FormField> fields;
  std::vector<PhotoRef> photos;
  std::int64_t saved_ms = 0;

  bool operator==(const DraftRecord&) const = default;
};

// The record holds what the citizen typed: written into zeroing storage (see RecordJson).
base::SecureString encode_draft_record(const DraftRecord& record);
base::Expected<DraftRecord, RecordError> decode_draft_record(std::string_view text);

}  // namespace hotline::api
