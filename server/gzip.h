// gzip compression (zlib) for static files, and Accept-Encoding negotiation.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hotline::server {

// gzip-wrapped deflate at the best ratio (static files are compressed once and cached).
std::optional<std::string> gzip_compress(std::string_view data);

// True when the Accept-Encoding header lists gzip without q=0.
bool accepts_gzip(std::string_view accept_encoding);

}  // namespace hotline::server
