// Bodies of cacheable GET answers with their ETag, kept in storage so the service catalog shows up
// offline and is revalidated with If-None-Match (a 304 costs no body).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/stored_record.h"
#include "base/expected.h"
#include "platform/storage.h"

namespace hotline::api {

struct CachedBody {
  std::string etag;
  std::string body;
};

// The stored form, "<url>\n<etag>\n<body>". decode_cache_record answers nullopt for another url's
// record (a hash collision: a miss, not damage) and an error for a record without its separators.
std::string encode_cache_record(const std::string& url, const CachedBody& entry);
base::Expected<std::optional<CachedBody>, RecordError> decode_cache_record(std::string_view url,
                                                                           std::string_view record);

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

  // Damaged records find() met and set aside (a miss for the caller; the answer is downloaded again).
  const std::vector<SetAsideRecord>& set_aside() const { return set_aside_; }

 private:
  platform::Storage* storage_;
  std::vector<SetAsideRecord> set_aside_;
  std::map<std::string, CachedBody, std::less<>> memory_;
};

}  // namespace hotline::api
