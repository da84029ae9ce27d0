// GeoReport v2's base format: every Open311 answer to a `.xml` URL goes out as XML.
#pragma once

#include "http/message.h"

namespace hotline::server {

inline constexpr const char* kXmlType = "text/xml";

// The Open311 routes answer `.json` and `.xml` alike with the core's JSON encoders; this post-routing
// hook, run before finish_json_answer, rewrites a JSON answer to a GET or POST of an Open311 `.xml`
// path (errors and the router's 404 included) with the core's XML writer, picking the document (and
// so the root and list element names) from the path and status, and re-derives the ETag from the
// bytes now sent.
void finish_xml_answer(const http::Request& req, http::Response& res);

}  // namespace hotline::server
