// JSON renderings of the photo pipeline's results for the command line tool.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/attachment.h"
#include "photo/inspect.h"
#include "photo/photo_error.h"

namespace hotline::tools {

enum class ShowLocation { No, Yes };

// The Attachment record as it travels with a request.
nlohmann::ordered_json attachment_json(const domain::Attachment& record);
// What inspect() found in an original file, described like a record of it (sha256 of the file itself);
// the GPS position only with ShowLocation::Yes, otherwise just whether there is one.
nlohmann::ordered_json inspection_json(const photo::ImageInfo& info, std::string_view bytes, ShowLocation location);
// {"error": {"code", "key", "params"}}
nlohmann::ordered_json error_json(const photo::PhotoError& error);

}  // namespace hotline::tools
