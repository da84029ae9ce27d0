// Bodies of cacheable GET answers with their ETag, kept in storage so the service catalog shows up
// offline and is revalidated with If-None-Match (a 304 costs no body).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "platform/storage.h"

namespace hotline::api {

struct CachedBody {
  std::string etag;
  std::string body;
};

class ResponseCache {
 public:
  // Without storage the cache lives in memory only.
  explicit ResponseCache(platform::Storage* storage = nullptr) : storage_(storage) {}

  std::optional<CachedBody> find(const std::string& url);
  // Stores only answers that carry an ETag; a storage failure leaves the memory copy (a cache miss
  // later only costs a download).
  void put(const std::string& url, CachedBody entry);

  // "cache/<16 hex digits of FNV-1a 64 of the url>"
  static std::string storage_key(std::string_view url);

 private:
  platform::Storage* storage_;
  std::map<std::string, CachedBody, std::less<>> memory_;
};

}  // namespace hotline::api
