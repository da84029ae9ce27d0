// JSON form of domain::Attachment inside our extensions (internal to the open311 module).
#pragma once

#include <string>

#include "domain/attachment.h"
#include "open311/field_reader.h"

namespace hotline::open311::detail {

Json attachment_to_json(const domain::Attachment& attachment);
domain::Attachment read_attachment(const Json& value, const std::string& path, DecodeContext& context);

}  // namespace hotline::open311::detail
