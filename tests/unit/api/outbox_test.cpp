// The outbox through every state: waiting (not yet durable, backing off), sending, sent, needs
// attention; restarts, damaged storage, concurrency and the idempotency key on every attempt.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

#include "outbox_fixture.h"

using namespace hotline;
using api::OutboxState;

using testing::kInitialBackoff;
using testing::OutboxFixture;

TEST_CASE("happy path: stored, sent, marked sent with the request number") {
  OutboxFixture f;
  f.transport.script(testing::recorded("created_200"));
  const std::string id = f.enqueue({{"p1", "image/png", "PNG"}});
  CHECK(f.storage.values().count(api::Outbox::item_key(id)) == 1);
  CHECK(f.storage.values().at(api::Outbox::photo_key(id, "p1")) == "PNG");
  // Durable on the next pump with this storage (never inside enqueue), sent right then.
  CHECK(f.item(id).state == OutboxState::Waiting);
  CHECK(f.transport.sent().empty());
  f.queue.pump();
  CHECK(f.item(id).state == OutboxState::Sending);
  CHECK(f.sent_key(0) == id);
  f.settle();
  const api::OutboxItem& item = f.item(id);
  CHECK(item.state == OutboxState::Sent);
  CHECK(item.request_number == "20261130000001");
  CHECK(item.query_code == "SKDMR9R95Y");
  CHECK(item.sent_ms == f.clock.now_ms());
  CHECK(item.attempts == 0);
  CHECK(f.storage.values().count(api::Outbox::photo_key(id, "p1")) == 0);  // delivered: blob freed
  auto stored = api::decode_outbox_item(f.storage.values().at(api::Outbox::item_key(id)));
  REQUIRE(stored.has_value());
  CHECK(stored->state == OutboxState::Sent);
  CHECK(stored->request_number == "20261130000001");
  CHECK(std::count(f.changes.begin(), f.changes.end(), id) >= 3);
}

TEST_CASE("nothing is sent before the storage confirms durability") {
  OutboxFixture f;
  f.storage.hold_durability = true;
  const std::string id = f.enqueue();
  f.outbox->tick();
  CHECK(f.transport.sent().empty());
  CHECK(f.item(id).state == OutboxState::Waiting);
  CHECK_FALSE(f.item(id).durable);
  CHECK_FALSE(f.outbox->next_due_ms());
  f.storage.release_durability();
  CHECK(f.item(id).durable);
  CHECK(f.item(id).state == OutboxState::Sending);
  CHECK(f.transport.sent().size() == 1);
}

TEST_CASE("an item the device could not keep is still sent, with a warning") {
  OutboxFixture f;
  f.storage.hold_durability = true;
  const std::string id = f.enqueue();
  f.storage.release_durability(platform::StorageErrorCode::QuotaExceeded);
  CHECK(f.item(id).storage_error_key == "api.storage.quota");
  CHECK(f.item(id).state == OutboxState::Sending);
}

TEST_CASE("offline: waiting with backoff and jitter, retried with the same key until sent") {
  OutboxFixture f;
  f.transport.script(testing::offline());
  const std::string id = f.enqueue();
  f.settle();
  const api::OutboxItem& item = f.item(id);
  CHECK(item.state == OutboxState::Waiting);
  CHECK(item.attempts == 1);
  CHECK(item.last_error_key == "api.error.offline");
  const std::int64_t wait = item.next_attempt_ms - f.clock.now_ms();
  CHECK(wait >= kInitialBackoff / 2);
  CHECK(wait <= kInitialBackoff);
  CHECK(f.outbox->next_due_ms() == item.next_attempt_ms);

  f.clock.advance(wait - 1);
  f.outbox->tick();
  CHECK(f.transport.sent().size() == 1);  // not yet due

  f.transport.script(testing::gateway(503));
  f.clock.advance(1);
  f.outbox->tick();
  f.settle();
  CHECK(f.transport.sent().size() == 2);
  CHECK(f.item(id).attempts == 2);
  CHECK(f.item(id).last_error_key == "api.error.server");
  const std::int64_t second_wait = f.item(id).next_attempt_ms - f.clock.now_ms();
  CHECK(second_wait >= kInitialBackoff);
  CHECK(second_wait <= 2 * kInitialBackoff);

  f.transport.script(testing::recorded("created_replay_200"));
  f.clock.advance(second_wait);
  f.outbox->tick();
  f.settle();
  CHECK(f.item(id).state == OutboxState::Sent);
  CHECK(f.item(id).request_number == "20261130000001");
  CHECK(f.item(id).query_code == "SKDMR9R95Y");  // the server repeats it on a replay
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(f.sent_key(i) == id);
  }
}

TEST_CASE("timeouts, lost connections and unreadable answers are retried") {
  OutboxFixture f;
  f.transport.script_error(platform::NetworkErrorCode::Timeout);
  f.transport.script_error(platform::NetworkErrorCode::ConnectionLost);
  f.transport.script_response(201, "<html>");
  f.transport.script(testing::recorded("created_200"));
  const std::string id = f.enqueue();
  for (int i = 0; i < 4; ++i) {
    f.settle();
    f.clock.advance(60'000);
    f.outbox->tick();
  }
  CHECK(f.item(id).state == OutboxState::Sent);
  CHECK(f.item(id).attempts == 3);
  CHECK(f.transport.sent().size() == 4);
}

TEST_CASE("429 waits at least as long as Retry-After says") {
  OutboxFixture f;
  f.transport.script(testing::gateway(429, {{"Retry-After", "30"}}));
  const std::string id = f.enqueue();
  f.settle();
  CHECK(f.item(id).state == OutboxState::Waiting);
  CHECK(f.item(id).last_error_key == "api.error.rate_limited");
  CHECK(f.item(id).next_attempt_ms - f.clock.now_ms() >= 30'000);
}

TEST_CASE("a validation error needs attention, is never retried, and goes back as a draft") {
  OutboxFixture f;
  f.transport.script(testing::recorded("error_400_mobile"));
  const std::string id = f.enqueue({{"p1", "image/jpeg", "JPG"}});
  f.settle();
  const api::OutboxItem& item = f.item(id);
  CHECK(item.state == OutboxState::NeedsAttention);
  CHECK(item.last_error_key == "api.error.validation");
  REQUIRE(item.field_errors.size() == 1);
  CHECK(item.field_errors[0].field == domain::Field::Mobile);
  CHECK_FALSE(f.outbox->next_due_ms());
  f.clock.advance(24 * 3600 * 1000);
  f.outbox->tick();
  f.outbox->retry_now();
  CHECK(f.transport.sent().size() == 1);

  f.restart();  // the refusal is remembered across restarts
  CHECK(f.item(id).state == OutboxState::NeedsAttention);
  CHECK(f.item(id).field_errors.size() == 1);

  auto back = f.outbox->take_back(id);
  REQUIRE(back);
  CHECK(back->fields.at(1).value == "路灯不亮");
  REQUIRE(back->photos.size() == 1);
  CHECK(back->photos[0] == api::Photo{"p1", "image/jpeg", "JPG"});
  CHECK(back->field_errors.at(0).code == domain::ErrorCode::InvalidMobile);
  CHECK(back->message_key == "api.error.validation");
  CHECK(f.outbox->find(id) == nullptr);
  CHECK(f.storage.values().empty());
  CHECK_FALSE(f.outbox->take_back(id));
}

TEST_CASE("other refusals need attention without field errors") {
  for (const auto& answer : {testing::recorded("error_403_query_code"), testing::recorded("error_409_workflow"),
                             testing::gateway(404), testing::gateway(413), testing::gateway(418)}) {
    INFO(answer.status);
    OutboxFixture f;
    f.transport.script(answer);
    const std::string id = f.enqueue();
    f.settle();
    CHECK(f.item(id).state == OutboxState::NeedsAttention);
    CHECK(f.item(id).field_errors.empty());
    CHECK(f.item(id).attempts == 1);
  }
}

TEST_CASE("a restart resumes an item that was on the wire, with the same key") {
  OutboxFixture f;
  const std::string id = f.enqueue({{"p1", "image/png", "PNG"}});
  f.queue.pump();
  CHECK(f.item(id).state == OutboxState::Sending);
  CHECK(f.transport.pending_count() == 1);
  f.restart();  // the process died before the answer
  CHECK(f.transport.cancelled_count() == 1);
  CHECK(f.item(id).state == OutboxState::Waiting);
  CHECK(f.outbox->next_due_ms() == f.item(id).created_ms);
  f.transport.script(testing::recorded("created_replay_200"));
  f.outbox->tick();
  f.settle();
  CHECK(f.item(id).state == OutboxState::Sent);
  CHECK(f.sent_key(1) == id);
  CHECK(f.transport.sent().at(1).body.find("PNG") != std::string::npos);

  f.restart();
  CHECK(f.item(id).state == OutboxState::Sent);
  CHECK(f.item(id).request_number == "20261130000001");
  f.outbox->tick();
  CHECK(f.transport.sent().size() == 2);
}

TEST_CASE("backoff state survives a restart") {
  OutboxFixture f;
  f.transport.script(testing::offline());
  const std::string id = f.enqueue();
  f.settle();
  const std::int64_t due = f.item(id).next_attempt_ms;
  f.restart();
  CHECK(f.item(id).attempts == 1);
  CHECK(f.item(id).next_attempt_ms == due);
  f.outbox->tick();
  CHECK(f.transport.sent().size() == 1);
}

TEST_CASE("open sets damaged records aside with their photos, once, and removes orphaned photos") {
  OutboxFixture f;
  f.transport.script(testing::recorded("created_200"));
  const std::string sent = f.enqueue();
  f.settle();
  const std::string bad = "outbox/items/ffffffffffffffffffffffffffffffff";
  f.storage.set_raw(bad, "{not json");
  f.storage.set_raw("outbox/photos/ffffffffffffffffffffffffffffffff/p1", "photo of the damaged item");
  f.storage.set_raw("outbox/photos/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee/p1", "orphan");  // crash before the record
  f.storage.set_raw(api::Outbox::photo_key(sent, "late"), "left after sent");
  f.outbox.reset();
  f.outbox = f.make();
  auto report = f.outbox->open();
  REQUIRE(report.has_value());
  CHECK(report->items == 1);
  REQUIRE(report->set_aside.size() == 1);
  CHECK(report->set_aside[0].key == bad);
  CHECK(report->set_aside[0].moved);
  CHECK(report->orphaned_photos_removed == 2);
  CHECK(f.storage.list("outbox/photos/")->empty());
  CHECK(f.storage.read(api::quarantine_key(bad))->value() == "{not json");
  CHECK(f.storage.read("quarantine/outbox/photos/ffffffffffffffffffffffffffffffff/p1")->value() ==
        "photo of the damaged item");

  // Reported once: the next start no longer meets it.
  f.outbox.reset();
  f.outbox = f.make();
  auto again = f.outbox->open();
  REQUIRE(again.has_value());
  CHECK(again->items == 1);
  CHECK(again->set_aside.empty());
}

TEST_CASE("an old or mistyped record is set aside instead of throwing") {
  OutboxFixture f;
  const std::string key = "outbox/items/dddddddddddddddddddddddddddddddd";
  for (const char* record : {R"({"v":"1"})", R"({"v":1,"id":7})", R"([1,2])", R"({"v":1,"photos":{"id":1}})",
                             R"({"v":99999999999999999999999})", "\xff\xfe"}) {
    f.storage.set_raw(key, record);
    f.outbox.reset();
    f.outbox = f.make();
    auto report = f.outbox->open();
    REQUIRE(report.has_value());
    CHECK(report->set_aside.size() == 1);
    CHECK_FALSE(f.storage.read(key)->has_value());
  }
}

TEST_CASE("a missing photo blob needs attention instead of sending without it") {
  OutboxFixture f;
  f.storage.hold_durability = true;
  const std::string id = f.enqueue({{"p1", "image/png", "PNG"}});
  REQUIRE(f.storage.remove(api::Outbox::photo_key(id, "p1")).has_value());
  f.storage.release_durability();
  CHECK(f.item(id).state == OutboxState::NeedsAttention);
  CHECK(f.item(id).last_error_key == "api.outbox.photo_missing");
  CHECK(f.transport.sent().empty());
}

TEST_CASE("a storage failure at enqueue stores nothing and says why") {
  OutboxFixture f;
  f.storage.fail_writes = platform::StorageErrorCode::Io;
  auto id = f.outbox->enqueue({{"service_code", "101"}}, {{"p1", "image/png", "PNG"}});
  REQUIRE_FALSE(id.has_value());
  CHECK(id.error().code == api::ApiErrorCode::Storage);
  CHECK(id.error().message() == base::Message{"api.storage.io", {}});
  CHECK(f.outbox->items().empty());
  CHECK(f.transport.sent().empty());

  f.storage.fail_writes.reset();
  auto bad = f.outbox->enqueue({{"service_code", "101"}}, {{"Bad Id", "image/png", "PNG"}});
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().message().key == "api.storage.invalid_key");
  CHECK(f.storage.values().empty());
}

TEST_CASE("at most max_in_flight attempts at once, oldest first") {
  OutboxFixture f;
  const std::string a = f.enqueue();
  const std::string b = f.enqueue();
  const std::string c = f.enqueue();
  f.queue.pump();
  CHECK(f.transport.pending_count() == 2);
  CHECK(f.item(c).state == OutboxState::Waiting);
  CHECK(f.sent_key(0) == a);
  CHECK(f.sent_key(1) == b);
  f.transport.answer_oldest(testing::recorded("created_200"));
  f.settle();
  CHECK(f.item(a).state == OutboxState::Sent);
  CHECK(f.item(c).state == OutboxState::Sending);
  const auto items = f.outbox->items();
  REQUIRE(items.size() == 3);
  CHECK(items[0]->id == a);
  CHECK(items[2]->id == c);
}

TEST_CASE("retry_now makes every waiting item due") {
  OutboxFixture f;
  f.transport.script(testing::offline());
  const std::string id = f.enqueue();
  f.settle();
  CHECK(f.item(id).next_attempt_ms > f.clock.now_ms());
  f.transport.script(testing::recorded("created_200"));
  f.outbox->retry_now();
  f.settle();
  CHECK(f.item(id).state == OutboxState::Sent);
}

TEST_CASE("a sent item can be forgotten, others cannot") {
  OutboxFixture f;
  const std::string waiting = f.enqueue();
  f.queue.pump();
  CHECK_FALSE(f.outbox->forget(waiting));
  f.transport.answer_oldest(testing::recorded("created_200"));
  f.settle();
  CHECK(f.outbox->forget(waiting));
  CHECK(f.outbox->find(waiting) == nullptr);
  CHECK(f.storage.values().empty());
}

TEST_CASE("a destroyed outbox cancels its attempt and ignores late storage callbacks") {
  OutboxFixture f;
  f.storage.hold_durability = true;
  f.enqueue();
  f.outbox.reset();
  f.storage.release_durability();  // must not touch the destroyed outbox
  CHECK(f.transport.sent().empty());
  f.outbox = f.make();
  REQUIRE(f.outbox->open().has_value());
  f.outbox->tick();
  CHECK(f.transport.sent().size() == 1);
}
