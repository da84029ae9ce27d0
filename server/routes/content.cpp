// Knowledge-base search, stored media, health check and the web build (see routes.h).
#include <nlohmann/json.hpp>

#include "http/accept_language.h"
#include "http/gzip.h"
#include "routes/routes.h"
#include "store/db_health.h"
#include "text/utf8.h"
#include "wire/error_words.h"
#include "wire/http_support.h"

namespace hotline::server {

namespace {

constexpr std::size_t kMaxQueryChars = 64;
constexpr std::size_t kMaxGuideHits = 10;

nlohmann::json guide_json(const Guide& guide) {
  return {{"id", guide.id},
          {"title", guide.title},
          {"body", guide.body},
          {"service_code", guide.service_code},
          {"updated", guide.updated}};
}

// q: a search (即问即答); service_code: that service's guides, all of them without q, the matches
// with q.
void search_guides(HttpContext& ctx, const http::Request& req, http::Response& res) {
  const std::string q = param(req, "q");
  const std::string service_code = param(req, "service_code");
  if (!service_code.empty() && !find_service_or_answer(ctx, service_code, res)) {
    return;
  }
  std::vector<const Guide*> guides;
  if (q.empty() && !service_code.empty()) {
    guides = ctx.backend.knowledge->of_service(service_code);
  } else {
    const auto chars = text::count_code_points(q);
    if (!chars || *chars == 0 || *chars > kMaxQueryChars) {
      const std::string max = std::to_string(kMaxQueryChars);
      send_worded_error(res, 400,
                        describe("q", "1 to " + max + " characters of UTF-8 text", "应为1至" + max + "个字的UTF-8文本",
                                 wants_chinese(req)));
      return;
    }
    // Searched across the whole index first, so that a service's matches are not cut by others'.
    for (const auto& hit : ctx.backend.knowledge->search(q, ctx.backend.knowledge->size())) {
      if (guides.size() < kMaxGuideHits && (service_code.empty() || hit.guide->service_code == service_code)) {
        guides.push_back(hit.guide);
      }
    }
  }
  nlohmann::json out = nlohmann::json::array();
  for (const Guide* guide : guides) {
    out.push_back(guide_json(*guide));
  }
  send_cacheable_json(res, out.dump());
}

// Media ids are SHA-256 digests in lowercase hex; anything else names no file (and never a path).
bool is_media_id(const std::string& id) {
  return id.size() == 64 && id.find_first_not_of("0123456789abcdef") == std::string::npos;
}

void get_media(HttpContext& ctx, const std::string& id, http::Response& res) {
  if (!is_media_id(id)) {
    send_error(res, 404, "media: not found");
    return;
  }
  // Only photos of committed requests and replies are published: a file left by a submission that
  // lost a race or hit a storage failure stays private.
  auto referenced = ctx.backend.requests->media_is_referenced(id);
  if (!referenced) {
    send_storage_error(res, "looking up media", referenced.error().detail);
    return;
  }
  auto bytes = *referenced ? ctx.backend.media->read(id) : std::nullopt;
  if (!bytes) {
    send_error(res, 404, "media: not found");
    return;
  }
  // Content-addressed: the bytes behind a URL never change.
  const bool png = bytes->size() > 4 && bytes->compare(1, 3, "PNG") == 0;
  res.set_header("Cache-Control", "public, max-age=31536000, immutable");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_content(std::move(*bytes), png ? "image/png" : "image/jpeg");
}

void get_static(HttpContext& ctx, const http::Request& req, http::Response& res) {
  if (!ctx.static_files) {
    send_error(res, 404, "not found");
    return;
  }
  const std::string accept_encoding = header_list(req, "Accept-Encoding");
  auto file = ctx.static_files->get(req.path, accepts_gzip(accept_encoding), accepts_brotli(accept_encoding),
                                    header_list(req, "If-None-Match"));
  if (file.status == 404) {
    send_error(res, 404, "not found");
    return;
  }
  res.status = file.status;
  res.set_header("ETag", file.etag);
  res.set_header("Cache-Control", file.cache_control);
  res.set_header("Vary", "Accept-Encoding");
  res.set_header("X-Content-Type-Options", "nosniff");
  if (file.status == 304) {
    return;
  }
  if (!file.content_encoding.empty()) {
    res.set_header("Content-Encoding", file.content_encoding);
  }
  // The cached body is shared between answers, not copied.
  res.set_shared_content(file.body, file.content_type);
}

}  // namespace

void add_content_routes(http::Router& router, HttpContext& ctx) {
  router.get(std::string(kApiRoot) + "/guides.json",
             [&ctx](const http::Request& req, http::Response& res) { search_guides(ctx, req, res); });
  router.get("/media/{id}",
             [&ctx](const http::Request& req, http::Response& res) { get_media(ctx, req.matches[1], res); });
  router.get("/healthz", [&ctx](const http::Request&, http::Response& res) {
    // For a load balancer: 200 only where a submission can be written.
    const DbHealth health = check_health(*ctx.backend.pool);
    send_json(res, health.writable ? 200 : 503,
              "{\"ok\":" + std::string(health.writable ? "true" : "false") + ",\"engine\":\"" + health.engine +
                  "\",\"role\":\"" + health.role + "\"}");
  });
  router.get("/*", [&ctx](const http::Request& req, http::Response& res) { get_static(ctx, req, res); });
}

}  // namespace hotline::server
