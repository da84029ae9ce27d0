// Serves the web build (index.html, .js, .wasm, .data) with correct MIME types, gzip and cache headers,
// and a file's brotli copy (FILE.br beside it, written by the build) to clients that accept br.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace hotline::server {

std::string_view mime_type_for(std::string_view path);

struct StaticResponse {
  int status = 200;  // 200, 304 or 404
  std::string content_type;
  std::shared_ptr<const std::string> body;
  std::string content_encoding;  // "", "gzip" or "br"
  std::string etag;
  std::string cache_control;
};

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);

  // url_path is the decoded request path ("/", "/hotline.wasm"). Paths escaping the root, hidden
  // files and anything that is not a regular file answer 404. The gzip copy has its own ETag
  // (coded_etag); if_none_match is the If-None-Match field value, "" when absent.
  StaticResponse get(std::string_view url_path, bool client_accepts_gzip, bool client_accepts_brotli,
                     std::string_view if_none_match);

 private:
  struct Entry {
    std::filesystem::file_time_type mtime;
    std::uintmax_t size = 0;
    std::shared_ptr<const std::string> plain;
    std::shared_ptr<const std::string> gzipped;  // null when compression would not pay
    std::shared_ptr<const std::string> brotli;   // FILE.br when the build wrote one for this FILE
    std::string etag;
  };
  std::optional<std::filesystem::path> resolve(std::string_view url_path) const;
  std::optional<Entry> load(const std::filesystem::path& file);

  std::filesystem::path root_;
  std::mutex mutex_;
  std::map<std::filesystem::path, Entry> cache_;
};

}  // namespace hotline::server
