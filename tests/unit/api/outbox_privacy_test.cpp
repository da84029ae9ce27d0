// What the outbox keeps of a citizen: after delivery only what "my requests" shows (phones and kiosks
// alike), and on a shared kiosk nothing of an earlier visit in what a later visit can list or open.
#include <catch2/catch.hpp>

#include <string>

#include "open311/form_urlencoded.h"
#include "outbox_fixture.h"

using namespace hotline;
using api::OutboxState;
using testing::OutboxFixture;

namespace {

constexpr const char* kName = "王秀英";
constexpr const char* kMobile = "13800138000";
constexpr const char* kIdNumber = "350102198001012340";
constexpr const char* kAddress = "鼓楼区五四路158号";
// Longer than a title (40 code points): the whole of it must go, the title stays.
constexpr const char* kDescription =
    "地铁站出口的路灯已经三天不亮了，晚上看不清台阶，老人和孩子经过时很危险，请尽快派人修理，谢谢";
constexpr const char* kTitle = "地铁站出口的路灯已经三天不亮了，晚上看不清台阶，老人和孩子经过时很危险，请尽快派";

std::vector<open311::FormField> citizen_form() {
  return {{"service_code", "101"},      {"description", kDescription},
          {"address_string", kAddress}, {"lat", "26.0845"},
          {"long", "119.2965"},         {"last_name", kName},
          {"phone", kMobile},           {"attribute[resident_id]", kIdNumber}};
}

// Every stored byte, as a scan of the storage folder reads it (forms are percent-encoded).
bool stored_anywhere(const testing::MemoryStorage& storage, const std::string& text) {
  const std::string encoded = open311::percent_encode(text);
  for (const auto& [key, value] : storage.values()) {
    if (value.find(text) != std::string::npos || value.find(encoded) != std::string::npos) {
      return true;
    }
  }
  return false;
}

void check_no_contact(const testing::MemoryStorage& storage) {
  for (const char* text : {kName, kMobile, kIdNumber, kAddress, kDescription, "26.0845"}) {
    INFO(text);
    CHECK_FALSE(stored_anywhere(storage, text));
  }
}

}  // namespace

TEST_CASE("a delivered record holds no contact details: number, query code, title and time only") {
  OutboxFixture f;
  f.transport.script(testing::recorded("created_200"));
  const std::string id = f.enqueue_form(citizen_form(), {{"p1", "image/jpeg", "JPG"}});
  REQUIRE(stored_anywhere(f.storage, kMobile));  // waiting to be sent: the form is all there
  f.settle();
  REQUIRE(f.item(id).state == OutboxState::Sent);

  const std::string& bytes = f.storage.values().at(api::Outbox::item_key(id));
  check_no_contact(f.storage);
  CHECK(bytes.find("20261130000001") != std::string::npos);
  CHECK(bytes.find("SKDMR9R95Y") != std::string::npos);
  auto stored = api::decode_outbox_item(bytes);
  REQUIRE(stored.has_value());
  CHECK(stored->title == kTitle);
  CHECK(stored->fields == std::vector<open311::FormField>{{"service_code", "101"}});
  CHECK(stored->photos.empty());
  CHECK(stored->sent_ms == f.clock.now_ms());
  // In memory too.
  CHECK(f.item(id).fields.size() == 1);
}

TEST_CASE("a delivered record an older version kept whole is cut down when the outbox opens") {
  OutboxFixture f;
  api::OutboxItem old;
  old.id = "0123456789abcdef0123456789abcdef";
  old.seq = 1;
  old.fields = citizen_form();
  old.state = OutboxState::Sent;
  old.request_number = "20261130000001";
  old.query_code = "SKDMR9R95Y";
  old.sent_ms = 1'764'460'800'000;
  REQUIRE(f.storage.write(api::Outbox::item_key(old.id), api::encode_outbox_item(old)).has_value());
  REQUIRE(stored_anywhere(f.storage, kIdNumber));
  f.restart();
  check_no_contact(f.storage);
  CHECK(f.item(old.id).title == kTitle);
  CHECK(f.item(old.id).request_number == "20261130000001");
}

TEST_CASE("an item of an earlier visit is still sent, never listed or opened, and dropped once delivered") {
  OutboxFixture f;
  f.outbox->begin_visit();
  f.transport.script(testing::offline());
  const std::string id = f.enqueue_form(citizen_form());
  f.settle();
  REQUIRE(f.item(id).state == OutboxState::Waiting);
  CHECK(f.outbox->items().size() == 1);  // its own visit sees it

  f.outbox->begin_visit();  // the citizen left; the next one comes
  CHECK(f.outbox->items().empty());
  CHECK(f.outbox->find(id) == nullptr);
  CHECK_FALSE(f.outbox->forget(id));
  CHECK(stored_anywhere(f.storage, kMobile));  // kept until delivered
  REQUIRE(f.outbox->next_due_ms().has_value());

  f.transport.script(testing::recorded("created_replay_200"));
  f.clock.advance(*f.outbox->next_due_ms() - f.clock.now_ms());
  f.outbox->tick();
  f.settle();
  CHECK(f.transport.sent().size() == 2);
  CHECK(f.sent_key(1) == id);
  CHECK(f.outbox->items().empty());
  CHECK(f.storage.values().empty());  // nothing at all once delivered
  CHECK_FALSE(f.outbox->next_due_ms());
}

TEST_CASE("a refused item is there for its visitor, and dropped with nothing kept once they leave") {
  OutboxFixture f;
  f.outbox->begin_visit();
  f.transport.script(testing::recorded("error_400_mobile"));
  const std::string id = f.enqueue_form(citizen_form(), {{"p1", "image/jpeg", "JPG"}});
  f.settle();
  CHECK(f.item(id).state == OutboxState::NeedsAttention);  // told while they are here

  f.outbox->begin_visit();
  CHECK(f.outbox->items().empty());
  CHECK_FALSE(f.outbox->take_back(id));
  CHECK(f.storage.values().empty());
}

TEST_CASE("an item of an earlier visit refused later is dropped too") {
  OutboxFixture f;
  f.outbox->begin_visit();
  f.transport.script(testing::offline());
  const std::string id = f.enqueue_form(citizen_form());
  f.settle();
  f.outbox->begin_visit();
  f.transport.script(testing::recorded("error_400_mobile"));
  f.outbox->retry_now();
  f.settle();
  CHECK(f.transport.sent().size() == 2);
  CHECK(f.storage.values().empty());
  CHECK(f.outbox->items().empty());
}

TEST_CASE("after a restart a kiosk's new visit sees nothing stored before, which is still sent") {
  OutboxFixture f;
  f.transport.script(testing::offline());
  const std::string id = f.enqueue_form(citizen_form());
  f.settle();
  f.restart();
  f.outbox->begin_visit();
  CHECK(f.outbox->items().empty());
  f.transport.script(testing::recorded("created_replay_200"));
  f.outbox->retry_now();
  f.settle();
  CHECK(f.sent_key(1) == id);
  CHECK(f.storage.values().empty());
}

TEST_CASE("phones have no visits: every item is listed across restarts") {
  OutboxFixture f;
  f.transport.script(testing::offline());
  const std::string id = f.enqueue_form(citizen_form());
  f.settle();
  f.restart();
  REQUIRE(f.outbox->items().size() == 1);
  CHECK(f.outbox->items()[0]->id == id);
}
