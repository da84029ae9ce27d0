// Static file serving for the web build, cached in memory with a precompressed copy (see static_files.h).
#include "http/static_files.h"

#include <fstream>
#include <iterator>
#include <sstream>
#include <utility>

#include "http/etag.h"
#include "http/gzip.h"

namespace hotline::server {

namespace {

constexpr std::pair<std::string_view, std::string_view> kMimeTypes[] = {
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".wasm", "application/wasm"},
    {".data", "application/octet-stream"},
    {".json", "application/json"},
    {".css", "text/css; charset=utf-8"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".svg", "image/svg+xml"},
    {".ico", "image/x-icon"},
    {".otf", "font/otf"},
    {".txt", "text/plain; charset=utf-8"},
    {".webmanifest", "application/manifest+json"},
};

bool worth_compressing(std::string_view content_type) {
  return content_type.rfind("image/png", 0) != 0 && content_type.rfind("image/jpeg", 0) != 0;
}

}  // namespace

std::string_view mime_type_for(std::string_view path) {
  const std::size_t dot = path.rfind('.');
  if (dot != std::string_view::npos) {
    const std::string_view ext = path.substr(dot);
    for (const auto& [suffix, type] : kMimeTypes) {
      if (ext == suffix) {
        return type;
      }
    }
  }
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::filesystem::path root) {
  std::error_code ec;
  root_ = std::filesystem::weakly_canonical(root, ec);
  if (ec) {
    root_ = std::move(root);
  }
}

std::optional<std::filesystem::path> StaticFiles::resolve(std::string_view url_path) const {
  std::string relative(url_path);
  if (relative.empty() || relative.back() == '/') {
    relative += "index.html";
  }
  while (!relative.empty() && relative.front() == '/') {
    relative.erase(0, 1);
  }
  const std::filesystem::path candidate = std::filesystem::path(relative).lexically_normal();
  for (const auto& part : candidate) {
    const std::string s = part.string();
    if (s == ".." || (!s.empty() && s.front() == '.')) {
      return std::nullopt;
    }
  }
  std::error_code ec;
  const auto full = std::filesystem::weakly_canonical(root_ / candidate, ec);
  if (ec) {
    return std::nullopt;
  }
  // Symlinks pointing outside the root are refused as well.
  const auto rel = full.lexically_relative(root_);
  if (rel.empty() || *rel.begin() == "..") {
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(full, ec)) {
    return std::nullopt;
  }
  return full;
}

std::optional<StaticFiles::Entry> StaticFiles::load(const std::filesystem::path& file) {
  std::error_code ec;
  const auto mtime = std::filesystem::last_write_time(file, ec);
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) {
    return std::nullopt;
  }
  {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(file);
    if (it != cache_.end() && it->second.mtime == mtime && it->second.size == size) {
      return it->second;
    }
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Entry entry;
  entry.mtime = mtime;
  entry.size = size;
  std::ostringstream etag;
  etag << '"' << std::hex << size << '-' << mtime.time_since_epoch().count() << '"';
  entry.etag = etag.str();
  if (worth_compressing(mime_type_for(file.string()))) {
    if (auto compressed = gzip_compress(bytes, GzipLevel::Best); compressed && compressed->size() < bytes.size()) {
      entry.gzipped = std::make_shared<const std::string>(std::move(*compressed));
    }
  }
  // A FILE.br older than FILE belongs to an earlier build: never serve it for this one.
  const std::filesystem::path br_file = file.string() + ".br";
  std::error_code br_ec;
  if (std::filesystem::is_regular_file(br_file, br_ec) && std::filesystem::last_write_time(br_file, br_ec) >= mtime &&
      !br_ec) {
    std::ifstream br_in(br_file, std::ios::binary);
    entry.brotli =
        std::make_shared<const std::string>(std::istreambuf_iterator<char>(br_in), std::istreambuf_iterator<char>());
  }
  entry.plain = std::make_shared<const std::string>(std::move(bytes));
  std::lock_guard lock(mutex_);
  cache_[file] = entry;
  return entry;
}

StaticResponse StaticFiles::get(std::string_view url_path, bool client_accepts_gzip, bool client_accepts_brotli,
                                std::string_view if_none_match) {
  StaticResponse response;
  const auto file = resolve(url_path);
  const auto entry = file ? load(*file) : std::nullopt;
  if (!entry) {
    response.status = 404;
    return response;
  }
  const std::string name = file->filename().string();
  response.content_type = std::string(mime_type_for(name));
  std::shared_ptr<const std::string> body = entry->plain;
  if (client_accepts_brotli && entry->brotli) {
    response.content_encoding = "br";
    body = entry->brotli;
  } else if (client_accepts_gzip && entry->gzipped) {
    response.content_encoding = "gzip";
    body = entry->gzipped;
  }
  response.etag = response.content_encoding.empty() ? entry->etag : coded_etag(entry->etag, response.content_encoding);
  // index.html names the other files, so it is always revalidated; the rest may be reused briefly and
  // then revalidated by ETag (Emscripten output names carry no content hash).
  response.cache_control = name == "index.html" ? "no-cache" : "public, max-age=300, must-revalidate";
  if (if_none_match_matches(if_none_match, response.etag)) {
    response.status = 304;
    return response;
  }
  response.body = std::move(body);
  return response;
}

}  // namespace hotline::server
