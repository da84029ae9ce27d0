// Content coding and conditional requests for JSON answers (see json_representation.h).
#include "wire/json_representation.h"

#include <string>

#include "http/etag.h"
#include "http/gzip.h"
#include "wire/http_support.h"
#include "wire/xml_representation.h"

namespace hotline::server {

namespace {

bool is_conditional_read(const http::Request& req, const http::Response& res) {
  return res.status == 200 && (req.method == "GET" || req.method == "HEAD") && req.has_header("If-None-Match");
}

// RFC 9110 15.4.5: a 304 keeps the validator and the caching fields (ETag, Vary, Cache-Control) of the
// 200 it stands for, and carries no content.
void make_not_modified(http::Response& res, const std::string& etag) {
  res.status = 304;
  res.body.clear();
  res.headers.erase("Content-Type");
  res.replace_header("ETag", etag);
  // The connection layer sends the length of what it sends, here "Content-Length: 0": without any
  // length, cpp-httplib 0.11 clients read a 304 until the connection closes.
}

}  // namespace

void finish_json_answer(const http::Request& req, http::Response& res) {
  const std::string type = res.get_header_value("Content-Type");
  if (res.body.empty() || (type != kJsonType && type != kXmlType)) {
    return;
  }
  // A route whose answer also depends on other request headers (Accept-Language) names them first.
  const std::string route_vary = res.get_header_value("Vary");
  res.replace_header("Vary", route_vary.empty() ? "Accept-Encoding" : route_vary + ", Accept-Encoding");
  const bool wants_gzip = res.body.size() >= kMinGzipBytes && accepts_gzip(header_list(req, "Accept-Encoding"));
  const std::string identity_tag = res.get_header_value("ETag");
  if (!identity_tag.empty() && is_conditional_read(req, res)) {
    // Checked before compressing, so a revalidation costs no deflate.
    const std::string tag = wants_gzip ? coded_etag(identity_tag, "gzip") : identity_tag;
    if (if_none_match_matches(header_list(req, "If-None-Match"), tag)) {
      make_not_modified(res, tag);
      return;
    }
  }
  if (!wants_gzip) {
    return;
  }
  auto compressed = gzip_compress(res.body, GzipLevel::PerRequest);
  if (!compressed || compressed->size() >= res.body.size()) {
    return;
  }
  res.body = std::move(*compressed);
  res.set_header("Content-Encoding", "gzip");
  if (!identity_tag.empty()) {
    res.replace_header("ETag", coded_etag(identity_tag, "gzip"));
  }
}

}  // namespace hotline::server
