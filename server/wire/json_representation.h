// How every Open311 answer (JSON or XML) goes on the wire: gzip when the client accepts it and the body is big enough
// to gain, the entity tag of the representation actually sent, and conditional GETs answered 304.
#pragma once

#include "http/message.h"

#include <cstddef>

namespace hotline::server {

// Below this a gzip answer saves less than a packet: header, trailer and the lost plain-text
// readability are not worth the CPU.
inline constexpr std::size_t kMinGzipBytes = 1024;

// The server's post-routing hook, run for every answer once the handler (or the error handler) has
// filled it. JSON and XML answers (http_support.h, xml_representation.h) get `Vary: Accept-Encoding`, and gzip when
// Accept-Encoding allows it and the body has at least kMinGzipBytes. Those carrying an ETag (send_cacheable_json) get
// the tag of the coding chosen (coded_etag) and, on GET or HEAD with a matching If-None-Match, a 304
// without body that keeps ETag, Vary and Cache-Control. HEAD gets the same headers as GET. Other
// answers (static files, media) are left as they are.
void finish_json_answer(const http::Request& req, http::Response& res);

}  // namespace hotline::server
