// gzip compression (zlib) for static files and JSON answers, and Accept-Encoding negotiation.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hotline::server {

// Static files are compressed once and cached, so they get the best ratio; answers built per request
// get zlib's default level, close to the best ratio on JSON for a fraction of the time.
enum class GzipLevel { PerRequest, Best };

// gzip-wrapped deflate.
std::optional<std::string> gzip_compress(std::string_view data, GzipLevel level);

// True when the Accept-Encoding header lists gzip (or *) without q=0.
bool accepts_gzip(std::string_view accept_encoding);
// True when it lists br without q=0 (named: "*" is not taken to mean brotli).
bool accepts_brotli(std::string_view accept_encoding);

}  // namespace hotline::server
