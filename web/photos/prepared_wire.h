// The photo pipeline's result as bytes, to cross from the Web Worker that prepares a photo
// (photo_worker_core.cpp) to the page's module (worker_photo_preparer.cpp): a worker shares no memory.
#pragma once

#include <string>
#include <string_view>

#include "base/expected.h"
#include "photo/photo_error.h"
#include "photo/prepare.h"

namespace hotline::web {

using PreparedResult = base::Expected<photo::PreparedPhoto, photo::PhotoError>;

std::string encode_prepared(const PreparedResult& result);
// A truncated or foreign message decodes as DecodeFailed: the citizen sees the photo refused, never
// a half-read one.
PreparedResult decode_prepared(std::string_view wire);

}  // namespace hotline::web
