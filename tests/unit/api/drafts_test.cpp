// Draft autosave: debounced writes, restore after a crash with photos, photo blobs written once and
// removed when dropped, discard, and write failures.
#include <catch2/catch.hpp>

#include "api/drafts.h"
#include "platform/manual_clock.h"
#include "platform/memory_storage.h"

using namespace hotline;

namespace {

struct DraftFixture {
  testing::MemoryStorage storage;
  testing::ManualClock clock;
  api::Drafts drafts{storage, clock, "current", api::DraftPolicy{800, 5000}};

  api::Draft draft(const std::string& description, std::vector<api::Photo> photos = {}) {
    return api::Draft{{{"service_code", "101"}, {"description", description}, {"step", "3"}}, std::move(photos), 0};
  }
};

}  // namespace

TEST_CASE("a change is saved after a quiet moment, not at every keystroke") {
  DraftFixture f;
  f.drafts.update(f.draft("路"));
  CHECK(f.drafts.dirty());
  CHECK(f.drafts.next_save_ms() == f.clock.now_ms() + 800);
  f.clock.advance(500);
  f.drafts.update(f.draft("路灯"));
  f.drafts.tick();
  CHECK(f.storage.writes == 0);
  f.clock.advance(799);
  f.drafts.tick();
  CHECK(f.storage.writes == 0);
  f.clock.advance(1);
  f.drafts.tick();
  CHECK(f.storage.writes == 1);
  CHECK_FALSE(f.drafts.dirty());
  CHECK_FALSE(f.drafts.next_save_ms());
}

TEST_CASE("continuous typing is still saved every few seconds") {
  DraftFixture f;
  for (int i = 0; i < 60; ++i) {
    f.drafts.update(f.draft(std::string(static_cast<std::size_t>(i + 1), 'a')));
    f.clock.advance(200);
    f.drafts.tick();
  }
  CHECK(f.storage.writes >= 2);
  CHECK(f.storage.writes <= 3);
}

TEST_CASE("a crash after the save restores the form and its photos") {
  DraftFixture f;
  const api::Photo p1{"p1",
                      "image/jpeg",
                      std::string("\xff\xd8jpeg\0bytes", 12),
                      {*calendar::Instant::from_unix_seconds(1'764'460'800), domain::GeoPoint{26.0745, 119.2965}}};
  f.drafts.update(f.draft("井盖破损", {p1}));
  REQUIRE(f.drafts.flush().has_value());

  api::Drafts after_crash(f.storage, f.clock);
  auto restored = after_crash.restore();
  REQUIRE(restored.has_value());
  REQUIRE(restored->draft.has_value());
  CHECK_FALSE(restored->set_aside);
  CHECK(restored->draft->fields == f.draft("井盖破损").fields);
  REQUIRE(restored->draft->photos.size() == 1);
  CHECK(restored->draft->photos[0] == p1);
  CHECK(restored->draft->saved_ms == f.clock.now_ms());
}

TEST_CASE("photos are written once and removed when dropped from the form") {
  DraftFixture f;
  const api::Photo p1{"p1", "image/png", "ONE"};
  const api::Photo p2{"p2", "image/png", "TWO"};
  f.drafts.update(f.draft("a", {p1}));
  REQUIRE(f.drafts.flush().has_value());
  const int after_first = f.storage.writes;  // photo + record
  CHECK(after_first == 2);
  f.drafts.update(f.draft("ab", {p1, p2}));
  REQUIRE(f.drafts.flush().has_value());
  CHECK(f.storage.writes == after_first + 2);  // only p2 and the record
  f.drafts.update(f.draft("abc", {p2}));
  REQUIRE(f.drafts.flush().has_value());
  CHECK(f.storage.values().count("drafts/current/photos/p1") == 0);
  CHECK(f.storage.values().at("drafts/current/photos/p2") == "TWO");
}

TEST_CASE("photo blobs left by an earlier session are cleaned up on the next save") {
  DraftFixture f;
  f.storage.set_raw("drafts/current/photos/stale", "x");
  f.drafts.update(f.draft("a"));
  REQUIRE(f.drafts.flush().has_value());
  CHECK(f.storage.values().count("drafts/current/photos/stale") == 0);
}

TEST_CASE("a photo whose blob is gone is left out on restore") {
  DraftFixture f;
  f.drafts.update(f.draft("a", {{"p1", "image/png", "ONE"}, {"p2", "image/png", "TWO"}}));
  REQUIRE(f.drafts.flush().has_value());
  REQUIRE(f.storage.remove("drafts/current/photos/p1").has_value());
  auto restored = api::Drafts(f.storage, f.clock).restore();
  REQUIRE(restored.has_value());
  REQUIRE(restored->draft->photos.size() == 1);
  CHECK(restored->draft->photos[0].id == "p2");
}

TEST_CASE("discard removes everything; nothing restores afterwards") {
  DraftFixture f;
  f.drafts.update(f.draft("a", {{"p1", "image/png", "ONE"}}));
  REQUIRE(f.drafts.flush().has_value());
  f.drafts.update(f.draft("unsaved"));
  REQUIRE(f.drafts.discard().has_value());
  CHECK_FALSE(f.drafts.dirty());
  CHECK(f.storage.values().empty());
  auto restored = api::Drafts(f.storage, f.clock).restore();
  REQUIRE(restored.has_value());
  CHECK_FALSE(restored->draft.has_value());
  CHECK_FALSE(restored->set_aside);
}

TEST_CASE("a failed write keeps the draft pending and reports the error") {
  DraftFixture f;
  f.storage.fail_writes = platform::StorageErrorCode::QuotaExceeded;
  f.drafts.update(f.draft("a"));
  auto result = f.drafts.flush();
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().code == platform::StorageErrorCode::QuotaExceeded);
  CHECK(f.drafts.dirty());
  REQUIRE(f.drafts.last_error());
  f.storage.fail_writes.reset();
  REQUIRE(f.drafts.flush().has_value());
  CHECK_FALSE(f.drafts.last_error());
  CHECK_FALSE(f.drafts.flush().value());  // nothing left to write
}

TEST_CASE("a damaged or old-format record is set aside with its photos and reported once") {
  for (const char* record : {"{\"v\":1,\"form\":\"a=%ZZ\",\"photos\":[],\"saved_ms\":1}", "garbage", "{\"v\":\"1\"}",
                             "{\"v\":1,\"form\":3}", "{\"v\":1,\"form\":\"\",\"photos\":[7],\"saved_ms\":1}",
                             "{\"v\":1,\"form\":\"\",\"photos\":[],\"saved_ms\":1.5}", "null", ""}) {
    DraftFixture f;
    f.storage.set_raw("drafts/current/record", record);
    f.storage.set_raw("drafts/current/photos/p1", "photo bytes");
    auto restored = f.drafts.restore();
    REQUIRE(restored.has_value());
    CHECK_FALSE(restored->draft.has_value());
    REQUIRE(restored->set_aside);
    CHECK(restored->set_aside->key == "drafts/current/record");
    CHECK(restored->set_aside->moved);
    CHECK(f.storage.read("quarantine/drafts/current/record")->value() == record);
    CHECK(f.storage.read("quarantine/drafts/current/photos/p1")->value() == "photo bytes");
    CHECK_FALSE(f.storage.read("drafts/current/photos/p1")->has_value());

    auto again = f.drafts.restore();
    REQUIRE(again.has_value());
    CHECK_FALSE(again->draft.has_value());
    CHECK_FALSE(again->set_aside);
  }
}
