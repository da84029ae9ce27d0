// Decoding request targets: the path and the query string's name=value pairs, with the core's
// urlencoded rules (open311/form_urlencoded.h), so query strings and form bodies decode alike.
#pragma once

#include <string>
#include <string_view>

#include "http/message.h"

namespace hotline::server::http {

// Splits a request target into its percent-decoded path and query parameters ('+' is a space in
// the query only). false when either holds a bad %-escape or is not UTF-8.
bool split_target(std::string_view target, std::string& path, Params& params);

}  // namespace hotline::server::http
