// The ETag response cache and its stored records (see response_cache.h).
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

std::string encode_cache_record(const std::string& url, const CachedBody& entry) {
  return url + "\n" + entry.etag + "\n" + entry.body;
}

base::Expected<std::optional<CachedBody>, RecordError> decode_cache_record(std::string_view url,
                                                                           std::string_view record) {
  const std::size_t first = record.find('\n');
  const std::size_t second = first == std::string_view::npos ? first : record.find('\n', first + 1);
  if (second == std::string_view::npos || second == first + 1) {
    return base::unexpected(RecordError{"no url/etag lines"});
  }
  if (record.substr(0, first) != url) {
    return std::optional<CachedBody>();
  }
  return std::optional<CachedBody>(
      CachedBody{std::string(record.substr(first + 1, second - first - 1)), std::string(record.substr(second + 1))});
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
  auto entry = decode_cache_record(url, **stored);
  if (!entry) {
    set_aside_.push_back(api::set_aside(*storage_, storage_key(url), entry.error().detail));
    return std::nullopt;
  }
  if (*entry) {
    memory_[url] = **entry;
  }
  return *entry;
}

void ResponseCache::put(const std::string& url, CachedBody entry) {
  if (entry.etag.empty() || entry.etag.find('\n') != std::string::npos || url.find('\n') != std::string::npos) {
    return;
  }
  if (storage_) {
    (void)storage_->write(storage_key(url), encode_cache_record(url, entry));
  }
  memory_[url] = std::move(entry);
}

}  // namespace hotline::api
