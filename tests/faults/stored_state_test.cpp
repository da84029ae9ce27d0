// An app start over a real storage folder that holds one damaged record of every kind the app keeps
// (outbox item, draft, seen snapshots, cached answer): each is set aside once, everything else loads.
#include <catch2/catch.hpp>

#include <filesystem>

#include "api/draft_record.h"
#include "api/drafts.h"
#include "api/outbox.h"
#include "api/request_snapshot.h"
#include "api/response_cache.h"
#include "api/status_tracker.h"
#include "native/posix/file_storage.h"
#include "native/posix/os_random_source.h"
#include "native/posix/system_clock.h"
#include "native/system/curl_transport.h"
#include "server_process.h"

using namespace hotline;

namespace {

constexpr const char* kGoodItem = "outbox/items/0123456789abcdef0123456789abcdef";
constexpr const char* kBadItem = "outbox/items/fedcba9876543210fedcba9876543210";
constexpr const char* kCatalogUrl = "http://127.0.0.1:9/open311/v2/services.json";
constexpr const char* kGuidesUrl = "http://127.0.0.1:9/open311/v2/guides.json?q=x";

// What one start of the app loads, and what it set aside.
struct Start {
  std::size_t outbox_items = 0;
  std::optional<api::Draft> draft;
  std::optional<api::Draft> kiosk_draft;
  std::size_t set_aside = 0;
  bool catalog_cached = false;
};

Start start_app(const std::string& root) {
  platform::RunQueue queue;
  posix::FileStorage storage(root, queue);
  posix::SystemClock clock;
  posix::OsRandomSource random;
  native::CurlTransport transport(queue);
  api::ApiClient client(transport, {"http://127.0.0.1:9/open311/v2", "key"});
  Start out;

  api::Outbox outbox(storage, client, clock, random);
  const auto opened = outbox.open();
  REQUIRE(opened.has_value());
  out.outbox_items = opened->items;
  out.set_aside += opened->set_aside.size();

  for (const char* slot : {"current", "kiosk"}) {
    api::Drafts drafts(storage, clock, slot);
    const auto restored = drafts.restore();
    REQUIRE(restored.has_value());
    (std::string(slot) == "current" ? out.draft : out.kiosk_draft) = restored->draft;
    out.set_aside += restored->set_aside ? 1 : 0;
  }

  api::StatusTracker tracker(client, storage, clock);
  const auto seen = tracker.open();
  REQUIRE(seen.has_value());
  out.set_aside += seen->has_value() ? 1 : 0;

  api::ResponseCache cache(&storage);
  out.catalog_cached = cache.find(kCatalogUrl).has_value();
  CHECK_FALSE(cache.find(kGuidesUrl));
  out.set_aside += cache.set_aside().size();
  return out;
}

}  // namespace

TEST_CASE("a damaged record of each kind is set aside once; the rest of the folder loads") {
  integration::TempDir dir;
  const std::string root = dir.file("store");
  {
    platform::RunQueue queue;
    posix::FileStorage storage(root, queue);
    api::OutboxItem item;
    item.id = std::string(kGoodItem).substr(std::string("outbox/items/").size());
    item.fields = {{"service_code", "ZX-0201"}, {"description", "公积金怎么提取？"}};
    REQUIRE(storage.write(kGoodItem, api::encode_outbox_item(item)).has_value());
    REQUIRE(storage.write(kBadItem, R"({"v":"1","id":7})").has_value());
    REQUIRE(storage.write("outbox/photos/fedcba9876543210fedcba9876543210/p1", "photo").has_value());
    REQUIRE(storage
                .write("drafts/current/record",
                       api::encode_draft_record({{{"description", "路灯不亮"}}, {}, 1700000000000}))
                .has_value());
    REQUIRE(storage.write("drafts/kiosk/record", R"({"v":1,"form":"a=%ZZ","photos":[],"saved_ms":1})").has_value());
    REQUIRE(storage.write("status/seen", R"({"20250314000001": {"status": "open", "notes": "3"}})").has_value());
    api::ResponseCache cache(&storage);
    cache.put(kCatalogUrl, {"\"c1\"", "[]"});
    REQUIRE(storage.write(api::ResponseCache::storage_key(kGuidesUrl), "no separators").has_value());
  }

  const Start first = start_app(root);
  CHECK(first.outbox_items == 1);
  REQUIRE(first.draft);
  CHECK(first.draft->fields == std::vector<open311::FormField>{{"description", "路灯不亮"}});
  CHECK_FALSE(first.kiosk_draft);
  CHECK(first.catalog_cached);
  CHECK(first.set_aside == 4);
  // Kept for support on disk, out of the app's way.
  for (const char* moved : {"quarantine/outbox/items/fedcba9876543210fedcba9876543210",
                            "quarantine/outbox/photos/fedcba9876543210fedcba9876543210/p1",
                            "quarantine/drafts/kiosk/record", "quarantine/status/seen"}) {
    INFO(moved);
    CHECK(std::filesystem::exists(std::filesystem::path(root) / moved));
  }

  const Start second = start_app(root);
  CHECK(second.outbox_items == 1);
  CHECK(second.draft);
  CHECK(second.catalog_cached);
  CHECK(second.set_aside == 0);
}
