// Percent-decoding of request targets: the path and the query string's name=value pairs.
#pragma once

#include <string>
#include <string_view>

#include "http/message.h"

namespace hotline::server::http {

// %XX decoded (a malformed escape is kept as it is); `plus_is_space` for query strings.
std::string percent_decode(std::string_view text, bool plus_is_space);

// "a=1&b=x+y" -> {a: 1, b: "x y"}; a name without '=' has the value "".
Params parse_query(std::string_view query);

// Splits a request target into its decoded path and parameters.
void split_target(std::string_view target, std::string& path, Params& params);

}  // namespace hotline::server::http
