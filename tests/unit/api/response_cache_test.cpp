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

TEST_CASE("a record stored for another url under the same key is ignored") {
  testing::MemoryStorage storage;
  storage.set_raw(api::ResponseCache::storage_key("https://h/a"), "https://h/b\n\"x\"\n[]");
  api::ResponseCache cache(&storage);
  CHECK_FALSE(cache.find("https://h/a"));
  storage.set_raw(api::ResponseCache::storage_key("https://h/c"), "garbage");
  CHECK_FALSE(cache.find("https://h/c"));
}

TEST_CASE("storage keys are valid and stable") {
  const std::string key = api::ResponseCache::storage_key("https://h/services.json");
  CHECK(platform::is_valid_storage_key(key));
  CHECK(key.size() == 6 + 16);
  CHECK(key == api::ResponseCache::storage_key("https://h/services.json"));
  CHECK(key != api::ResponseCache::storage_key("https://h/services.jso"));
}
