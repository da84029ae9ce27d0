// Entity tags derived from the bytes sent (RFC 9110 8.8.3) and the If-None-Match test (RFC 9110 13.1.2).
#pragma once

#include <string>
#include <string_view>

namespace hotline::server {

// A strong entity tag, "<32 hex digits>": the first 128 bits of the SHA-256 of exactly these bytes, so
// it changes whenever the answer does, whatever made it change (catalog, query, Host).
std::string strong_etag(std::string_view bytes);

// The tag of the same content sent with a content coding ("abc" -> "abc-gzip"). A strong tag names
// one sequence of bytes, and the gzip representation is another one than the identity one.
std::string coded_etag(std::string_view etag, std::string_view coding);

// True when an If-None-Match field value ("*", or a comma list of entity tags, possibly from several
// header lines joined with commas) matches etag, with the weak comparison If-None-Match requires
// (W/ prefixes ignored). A malformed value matches nothing: the full answer is the safe one.
bool if_none_match_matches(std::string_view field_value, std::string_view etag);

}  // namespace hotline::server
