// The `media` parts of a multipart body checked and re-encoded (nothing written yet), with the count
// and size limits as Open311 errors.
#pragma once

#include <vector>

#include "backend.h"
#include "cases/decode_budget.h"
#include "wire/request_body.h"

namespace hotline::server {

struct UploadError {
  int status = 400;  // 413 for an oversized file or too many pixels, 503 when the decode budget is spent
  std::string description;
};

// Seconds a client is asked to wait (Retry-After) when the decode budget is spent.
inline constexpr int kDecodeRetryAfterSeconds = 2;

// The caller writes them (MediaStore::put) only once the request or action they belong to is accepted.
// Pixels are counted from the headers before anything is decoded: a photo or a request over its limit
// is refused undecoded (413), and each decode holds a lease of `budget` while it runs (503 when the
// decodes running now leave too little). Refusals are worded in Chinese when `chinese` (wants_chinese()).
base::Expected<std::vector<PreparedMedia>, UploadError> prepare_uploads(Backend& backend,
                                                                        const std::vector<UploadedFile>& files,
                                                                        bool chinese, const DecodeLimits& limits,
                                                                        DecodeBudget& budget);

}  // namespace hotline::server
