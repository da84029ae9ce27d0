// The outbox's and the draft's personal text, the records they are stored as and a submission's body
// live in zeroing storage: by type (every block they free goes through ZeroingAllocator), and in the
// buffers that stay after a correction, a delivery or a clear.
#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include "api/api_client.h"
#include "api/draft_record.h"
#include "api/multipart.h"
#include "api/outbox_item.h"
#include "api/stored_record.h"
#include "base/buffer_checks.h"
#include "platform/http_types.h"

using namespace hotline;
using base::SecureString;

namespace {

template <class Allocator>
constexpr bool kZeroing = std::is_same_v<typename std::allocator_traits<Allocator>::template rebind_alloc<char>,
                                         base::ZeroingAllocator<char>>;

// A plain std::string in any of these would free a citizen's text uncleared (and std::string's template
// assignment from SecureString compiles silently, so the types are pinned here).
static_assert(std::is_same_v<decltype(open311::FormField::value), SecureString>);
static_assert(std::is_same_v<decltype(api::OutboxItem::claim_secret), SecureString>);
static_assert(std::is_same_v<decltype(api::OutboxItem::query_code), std::optional<SecureString>>);
static_assert(std::is_same_v<decltype(api::OutboxItem::title), SecureString>);
static_assert(std::is_same_v<decltype(api::Submission::claim_secret), SecureString>);
static_assert(std::is_same_v<decltype(platform::HttpRequest::body), SecureString>);
static_assert(std::is_same_v<decltype(api::MultipartBody::body), SecureString>);
static_assert(std::is_same_v<decltype(open311::encode_form({})), SecureString>);
static_assert(std::is_same_v<decltype(api::encode_outbox_item(std::declval<api::OutboxItem>())), SecureString>);
static_assert(std::is_same_v<decltype(api::encode_draft_record(std::declval<api::DraftRecord>())), SecureString>);
// The stored records' JSON: its strings (and so the parser's token buffer and a dump's text), objects
// and arrays.
static_assert(kZeroing<api::RecordJson::string_t::allocator_type>);
static_assert(kZeroing<api::RecordJson::object_t::allocator_type>);
static_assert(kZeroing<api::RecordJson::array_t::allocator_type>);

constexpr const char* kMobile = "13805910123";
constexpr const char* kIdNumber = "350102198001012340";
constexpr const char* kClaim = "0123456789abcdef0123456789abcdef";

std::vector<open311::FormField> citizen_form() {
  return {{"service_code", "101"},
          {"description", "南门兜地铁站出口的路灯已经三天不亮了"},
          {"address_string", "鼓楼区五四路158号"},
          {"last_name", "王秀英"},
          {"phone", kMobile},
          {"attribute[resident_id]", kIdNumber}};
}

api::OutboxItem waiting_item() {
  api::OutboxItem item;
  item.id = "fedcba9876543210fedcba9876543210";
  item.seq = 3;
  item.fields = citizen_form();
  item.claim_secret = kClaim;
  return item;
}

}  // namespace

TEST_CASE("an outbox item's text leaves no fragment when corrected or delivered") {
  api::OutboxItem item = waiting_item();
  // A refused form the citizen corrects: each value shorter than before.
  for (auto& field : item.fields) {
    field.value = "1";
    CHECK(testing::tail_is_clear(field.value));
  }
  item.fields = citizen_form();
  item.query_code = "SKDMR9R95Y";
  api::keep_only_delivered(item);
  CHECK(item.fields == std::vector<open311::FormField>{{"service_code", "101"}});
  CHECK(item.claim_secret.empty());
  CHECK(testing::tail_is_clear(item.claim_secret));
  CHECK(item.title == "南门兜地铁站出口的路灯已经三天不亮了");
  item.query_code->clear();
  CHECK(testing::tail_is_clear(*item.query_code));
}

TEST_CASE("outbox and draft records come back whole from zeroing JSON, and clear to zeros") {
  api::OutboxItem item = waiting_item();
  item.state = api::OutboxState::Sent;
  item.request_number = "20261130000001";
  item.query_code = "SKDMR9R95Y";
  item.title = "路灯不亮";
  SecureString record = api::encode_outbox_item(item);
  CHECK(record.find("%E7%8E%8B%E7%A7%80%E8%8B%B1") != std::string_view::npos);  // 王秀英 in the form
  auto back = api::decode_outbox_item(record);
  REQUIRE(back.has_value());
  item.durable = true;  // read from storage
  CHECK(*back == item);
  record.clear();
  CHECK(testing::tail_is_clear(record));

  const api::DraftRecord draft{citizen_form(), {{"p1", "image/jpeg", {}}}, 1700000000000};
  SecureString draft_record = api::encode_draft_record(draft);
  auto draft_back = api::decode_draft_record(draft_record);
  REQUIRE(draft_back.has_value());
  CHECK(*draft_back == draft);
  draft_record = "{}";
  CHECK(testing::tail_is_clear(draft_record));
}

TEST_CASE("a form body is encoded and decoded in zeroing strings, sized once") {
  const SecureString body = open311::encode_form(citizen_form());
  CHECK(body.find("phone=13805910123") != std::string_view::npos);
  // Reserved for the worst case (every byte escaped) before the first byte: no regrowth left copies.
  std::size_t most = 0;
  for (const auto& field : citizen_form()) {
    most += 3 * (field.name.size() + field.value.size()) + 2;
  }
  CHECK(body.capacity() >= body.size());
  CHECK(body.capacity() <= most + 32);
  auto fields = open311::decode_form(body);
  REQUIRE(fields.has_value());
  CHECK(*fields == citizen_form());

  api::MultipartBody multipart = api::encode_multipart(citizen_form(), {}, "k");
  CHECK(multipart.body.find(kIdNumber) != std::string_view::npos);
  CHECK(multipart.body.capacity() < multipart.body.size() + 32);  // one block, sized to the body
  multipart.body.clear();
  CHECK(testing::tail_is_clear(multipart.body));
}
