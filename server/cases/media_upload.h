// The `media` parts of a multipart body checked and re-encoded (nothing written yet), with the count
// and size limits as Open311 errors.
#pragma once

#include <vector>

#include "backend.h"
#include "wire/request_body.h"

namespace hotline::server {

struct UploadError {
  int status = 400;  // 413 for an oversized file
  std::string description;
};

// The caller writes them (MediaStore::put) only once the request or action they belong to is accepted.
// Refusals are worded in Chinese when `chinese` (wants_chinese()).
base::Expected<std::vector<PreparedMedia>, UploadError> prepare_uploads(Backend& backend,
                                                                        const std::vector<UploadedFile>& files,
                                                                        bool chinese);

}  // namespace hotline::server
