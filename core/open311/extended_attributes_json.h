// JSON form of our "extended_attributes" object (internal to the open311 module).
#pragma once

#include <string>

#include "open311/extended_attributes.h"
#include "open311/field_reader.h"

namespace hotline::open311::detail {

Json extended_attributes_to_json(const ExtendedAttributes& extended);
ExtendedAttributes read_extended_attributes(const Json& value, const std::string& path, DecodeContext& context);

}  // namespace hotline::open311::detail
