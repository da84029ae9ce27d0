// The ETag cache: memory, storage, and records that do not belong to the url.
#include <catch2/catch.hpp>

#include "api/response_cache.h"
#include "platform/memory_storage.h"

using namespace hotline;

TEST_CASE("entries survive in storage and come back for the same url only") {
  testing::MemoryStorage storage;
  {
    api::ResponseCache cache(&storage);
    cache.put("https://h/services.json", {"\"v1\"", "[1]"});
    cache.put("https://h/no-etag", {"", "[2]"});
  }
  api::ResponseCache fresh(&storage);
  auto found = fresh.find("https://h/services.json");
  REQUIRE(found);
  CHECK(found->etag == "\"v1\"");
  CHECK(found->body == "[1]");
  CHECK_FALSE(fresh.find("https://h/no-etag"));
  CHECK_FALSE(fresh.find("https://h/other"));
}

TEST_CASE("a record stored for another url under the same key is a miss, and stays") {
  testing::MemoryStorage storage;
  const std::string key = api::ResponseCache::storage_key("https://h/a");
  storage.set_raw(key, "https://h/b\n\"x\"\n[]");
  api::ResponseCache cache(&storage);
  CHECK_FALSE(cache.find("https://h/a"));
  CHECK(cache.set_aside().empty());
  CHECK(storage.read(key)->has_value());
}

TEST_CASE("a damaged record is a miss, set aside once") {
  testing::MemoryStorage storage;
  const std::string key = api::ResponseCache::storage_key("https://h/c");
  api::ResponseCache cache(&storage);
  for (const char* record : {"garbage", "https://h/c\n", "https://h/c\n\n[]"}) {
    storage.set_raw(key, record);
    CHECK_FALSE(cache.find("https://h/c"));
    CHECK_FALSE(storage.read(key)->has_value());
    CHECK(storage.read(api::quarantine_key(key))->value() == record);
  }
  CHECK(cache.set_aside().size() == 3);
  CHECK_FALSE(cache.find("https://h/c"));
  CHECK(cache.set_aside().size() == 3);
}

TEST_CASE("storage keys are valid and stable") {
  const std::string key = api::ResponseCache::storage_key("https://h/services.json");
  CHECK(platform::is_valid_storage_key(key));
  CHECK(key.size() == 6 + 16);
  CHECK(key == api::ResponseCache::storage_key("https://h/services.json"));
  CHECK(key != api::ResponseCache::storage_key("https://h/services.jso"));
}
