// Content coding and conditional requests for JSON answers (see json_representation.h).
#include "json_representation.h"

#include <string>

#include "etag.h"
#include "gzip.h"
#include "http_support.h"

namespace hotline::server {

namespace {

void replace_header(httplib::Response& res, const char* name, const std::string& value) {
  res.headers.erase(name);
  res.set_header(name, value);
}

bool is_conditional_read(const httplib::Request& req, const httplib::Response& res) {
  return res.status == 200 && (req.method == "GET" || req.method == "HEAD") && req.has_header("If-None-Match");
}

// RFC 9110 15.4.5: a 304 keeps the validator and the caching fields (ETag, Vary, Cache-Control) of the
// 200 it stands for, and carries no content.
void make_not_modified(httplib::Response& res, const std::string& etag) {
  res.status = 304;
  res.body.clear();
  res.headers.erase("Content-Type");
  replace_header(res, "ETag", etag);
  // The library has already set the 200's length. Without any length, cpp-httplib 0.11 clients read a
  // 304 until the connection closes; the library's own 304s (static files) say 0, so these do too.
  replace_header(res, "Content-Length", "0");
}

}  // namespace

void finish_json_answer(const httplib::Request& req, httplib::Response& res) {
  if (res.body.empty() || res.get_header_value("Content-Type") != kJsonType) {
    return;
  }
  res.set_header("Vary", "Accept-Encoding");
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
  replace_header(res, "Content-Length", std::to_string(res.body.size()));
  if (!identity_tag.empty()) {
    replace_header(res, "ETag", coded_etag(identity_tag, "gzip"));
  }
}

}  // namespace hotline::server
