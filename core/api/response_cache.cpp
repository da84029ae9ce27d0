// The ETag response cache (see response_cache.h). Stored as "<url>\n<etag>\n<body>"; a record whose
// url differs (hash collision) or that lacks the separators is ignored.
#include "api/response_cache.h"

#include <cstdint>

namespace hotline::api {

std::string ResponseCache::storage_key(std::string_view url) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char c : url) {
    hash = (hash ^ c) * 0x100000001b3ull;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string key = "cache/";
  for (int shift = 60; shift >= 0; shift -= 4) {
    key += kHex[(hash >> shift) & 0xf];
  }
  return key;
}

std::optional<CachedBody> ResponseCache::find(const std::string& url) {
  if (auto it = memory_.find(url); it != memory_.end()) {
    return it->second;
  }
  if (!storage_) {
    return std::nullopt;
  }
  auto stored = storage_->read(storage_key(url));
  if (!stored || !*stored) {
    return std::nullopt;
  }
  const std::string& record = **stored;
  const std::size_t first = record.find('\n');
  const std::size_t second = first == std::string::npos ? first : record.find('\n', first + 1);
  if (second == std::string::npos || record.compare(0, first, url) != 0 || first != url.size()) {
    return std::nullopt;
  }
  CachedBody entry{record.substr(first + 1, second - first - 1), record.substr(second + 1)};
  memory_[url] = entry;
  return entry;
}

void ResponseCache::put(const std::string& url, CachedBody entry) {
  if (entry.etag.empty() || entry.etag.find('\n') != std::string::npos || url.find('\n') != std::string::npos) {
    return;
  }
  if (storage_) {
    (void)storage_->write(storage_key(url), url + "\n" + entry.etag + "\n" + entry.body);
  }
  memory_[url] = std::move(entry);
}

}  // namespace hotline::api
