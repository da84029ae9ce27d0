// Storing the `media` parts of a multipart body, with the count and size limits as Open311 errors.
#pragma once

#include <vector>

#include "backend.h"
#include "http_support.h"

namespace hotline::server {

struct UploadError {
  int status = 400;  // 413 for an oversized file
  std::string description;
};

base::Expected<std::vector<MediaRecord>, UploadError> store_uploads(Backend& backend,
                                                                    const std::vector<UploadedFile>& files);

}  // namespace hotline::server
