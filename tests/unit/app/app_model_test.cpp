// The app model driven without rendering: each step checks its own fields, the draft survives a
// restart, a submission goes through the outbox, look-up failures are told apart.
#include <catch2/catch.hpp>

#include "model_fixture.h"

using namespace hotline;

namespace {

std::vector<domain::Field> fields_of(const std::vector<domain::FieldError>& errors) {
  std::vector<domain::Field> fields;
  for (const auto& error : errors) {
    fields.push_back(error.field);
  }
  return fields;
}

std::string chinese_text(std::size_t characters) {
  std::string text;
  for (std::size_t i = 0; i < characters; ++i) {
    text += "井";
  }
  return text;
}

const base::SecureString* field_value(const api::OutboxItem& item, std::string_view name) {
  for (const auto& field : item.fields) {
    if (field.name == name) {
      return &field.value;
    }
  }
  return nullptr;
}

void fill_complaint_up_to_review(testing::ModelFixture& f) {
  f.fill_complaint_up_to_review("鼓楼区五四路158号", chinese_text(1500), "林晓", "13800138000");
}

}  // namespace

TEST_CASE("a complaint goes step by step and each step checks only its own fields") {
  testing::ModelFixture f;
  app::AppModel& m = f.model();
  REQUIRE(m.wizard().catalog().value() != nullptr);
  m.wizard().start_request(domain::RequestType::Complaint);
  CHECK(m.route().screen == app::Screen::Category);
  m.wizard().next();
  CHECK(fields_of(m.wizard().field_errors()) == std::vector{domain::Field::ServiceCode});

  m.wizard().choose_service("BJ-0101");
  REQUIRE(m.route().screen == app::Screen::Place);  // a complaint is about a place
  m.wizard().next();
  CHECK(fields_of(m.wizard().field_errors()) == std::vector{domain::Field::Location});
  CHECK(m.route().screen == app::Screen::Place);

  m.wizard().use_address();
  m.wizard().set_field(domain::Field::Address, "鼓楼区五四路158号");
  m.wizard().next();
  REQUIRE(m.route().screen == app::Screen::Describe);  // a typed address has no point to search near
  m.wizard().next();
  CHECK(fields_of(m.wizard().field_errors()) == std::vector{domain::Field::Description});
  m.wizard().set_field(domain::Field::Description, chinese_text(1500));
  m.wizard().next();
  REQUIRE(m.route().screen == app::Screen::Photos);
  m.wizard().next();
  REQUIRE(m.route().screen == app::Screen::Contact);
  m.wizard().set_field(domain::Field::Mobile, "12345");
  m.wizard().next();
  const auto errors = fields_of(m.wizard().field_errors());
  CHECK(std::count(errors.begin(), errors.end(), domain::Field::ContactName) == 1);
  CHECK(std::count(errors.begin(), errors.end(), domain::Field::Mobile) == 1);
  CHECK(m.wizard().errors_for(domain::Field::Mobile).front().code == domain::ErrorCode::InvalidMobile);
  m.wizard().set_field(domain::Field::ContactName, "林晓");
  m.wizard().set_field(domain::Field::Mobile, "138 0013 8000");
  m.wizard().next();
  CHECK(m.route().screen == app::Screen::Review);
  CHECK(m.wizard().field_errors().empty());
}

TEST_CASE("submitting stores the request in the outbox and the confirmation follows its delivery") {
  testing::ModelFixture f;
  fill_complaint_up_to_review(f);
  app::AppModel& m = f.model();
  f.transport.script_response(201,
                              R"([{"service_notice":"query_code:ABCDEFGH23","service_request_id":"20251130000001"}])");
  m.wizard().submit();
  CHECK(m.route().screen == app::Screen::Confirmation);
  CHECK(m.wizard().form().empty());  // the draft went to the outbox
  const api::OutboxItem* item = m.wizard().submitted_item();
  REQUIRE(item != nullptr);
  CHECK(*field_value(*item, "service_code") == "BJ-0101");
  CHECK(*field_value(*item, "address_string") == "鼓楼区五四路158号");
  CHECK(field_value(*item, "description")->size() == 1500 * 3);
  f.settle();
  item = m.wizard().submitted_item();
  REQUIRE(item != nullptr);
  CHECK(item->state == api::OutboxState::Sent);
  CHECK(item->request_number == "20251130000001");
  REQUIRE(m.my_requests().find("20251130000001") != nullptr);
  CHECK(m.my_requests().find("20251130000001")->query_code == "ABCDEFGH23");
  CHECK(m.wizard().submitted_deadline_days() == 10);
}

TEST_CASE("a submission made offline waits in the outbox and is delivered when the network returns") {
  testing::ModelFixture f;
  fill_complaint_up_to_review(f);
  app::AppModel& m = f.model();
  f.transport.script_error(platform::NetworkErrorCode::Offline);
  m.wizard().submit();
  f.settle();
  const api::OutboxItem* item = m.wizard().submitted_item();
  REQUIRE(item != nullptr);
  CHECK(item->state == api::OutboxState::Waiting);
  CHECK(item->attempts == 1);
  REQUIRE(m.next_wake_ms().has_value());  // the loop knows when to wake for the retry

  f.transport.script_response(201,
                              R"([{"service_notice":"query_code:ABCDEFGH24","service_request_id":"20251130000002"}])");
  m.wizard().retry_sending();
  f.settle();
  CHECK(m.wizard().submitted_item()->state == api::OutboxState::Sent);
}

TEST_CASE("the draft survives a restart and reopens on the step the citizen left") {
  testing::ModelFixture f;
  app::AppModel& m = f.model();
  m.wizard().start_request(domain::RequestType::Complaint);
  m.wizard().choose_service("BJ-0101");
  m.wizard().use_address();
  m.wizard().set_field(domain::Field::Address, "仓山区");
  m.wizard().next();
  m.wizard().set_field(domain::Field::Description, "路灯不亮已经三天了");
  f.clock.advance(10'000);
  f.settle();

  f.restart();
  app::AppModel& again = f.model();
  CHECK(again.route().screen == app::Screen::Describe);
  CHECK(again.wizard().form().description == "路灯不亮已经三天了");
  CHECK(again.wizard().form().address == "仓山区");
  CHECK(again.wizard().form().type == domain::RequestType::Complaint);
  // Back goes through the earlier steps, not straight home.
  again.back();
  CHECK(again.route().screen == app::Screen::Place);
}

TEST_CASE("settings persist across restarts and switch the language at once") {
  testing::ModelFixture f;
  app::Settings settings = f.model().preferences().settings();
  settings.language = text::Language::En;
  settings.elderly = true;
  f.model().preferences().set_settings(settings);
  CHECK(f.resources.strings.tr("app.next") == "Next");
  f.restart();
  CHECK(f.model().preferences().settings().language == text::Language::En);
  CHECK(f.model().preferences().settings().elderly);
}

TEST_CASE("a consultation answered by a guide files nothing") {
  testing::ModelFixture f;
  app::AppModel& m = f.model();
  m.wizard().start_request(domain::RequestType::Consultation);
  f.transport.script_response(200, R"([{"id":"KB-001","title":"社保卡丢失如何补办","body":"携带身份证办理。",)"
                                   R"("service_code":"ZX-0101","updated":"2025-03-01"}])");
  m.wizard().choose_service("ZX-0101");
  CHECK(m.route().screen == app::Screen::Guides);
  f.settle();
  REQUIRE(m.wizard().guides().value() != nullptr);
  CHECK(m.wizard().guides().value()->size() == 1);
  m.wizard().guide_answered();
  CHECK(m.route().screen == app::Screen::Home);
  CHECK(m.wizard().form().empty());
  CHECK(m.outbox().items().empty());
}

TEST_CASE("look-up tells an unknown number from a wrong query code, and remembers a found request") {
  testing::ModelFixture f;
  app::AppModel& m = f.model();
  m.open(app::Screen::Lookup);
  m.viewer().set_lookup_number("20251130000009");
  m.viewer().set_lookup_code("wrqn-gcqde2");  // typed loosely: the app folds it to WRQNGCQDE2
  f.transport.script_response(404, R"([{"code":404,"description":"not found"}])");
  m.viewer().look_up();
  f.settle();
  REQUIRE(m.viewer().lookup().error() != nullptr);
  CHECK(m.viewer().lookup().error()->code == api::ApiErrorCode::NotFound);
  f.transport.script_response(403, R"([{"code":403,"description":"query code"}])");
  m.viewer().look_up();
  CHECK(f.transport.sent().back().url.find("query_code=WRQNGCQDE2") != std::string::npos);
  f.settle();
  REQUIRE(m.viewer().lookup().error() != nullptr);
  CHECK(m.viewer().lookup().error()->code == api::ApiErrorCode::Forbidden);

  f.transport.script_response(200,
                              R"([{"service_request_id":"20251130000009","status":"open","service_code":"BJ-0101",)"
                              R"("description":"井盖","requested_datetime":"2025-11-30T08:00:00+08:00"}])");
  f.transport.script_response(200,
                              R"([{"service_request_id":"20251130000009","status":"open","service_code":"BJ-0101",)"
                              R"("description":"井盖","requested_datetime":"2025-11-30T08:00:00+08:00"}])");
  m.viewer().look_up();
  f.settle();
  CHECK(m.route().screen == app::Screen::Detail);
  CHECK(m.route().number == "20251130000009");
  REQUIRE(m.my_requests().find("20251130000009") != nullptr);
  CHECK(m.viewer().query_code_of("20251130000009") == "WRQNGCQDE2");
  m.back();
  CHECK(m.route().screen == app::Screen::Home);  // the look-up form is done with
}

TEST_CASE("a query code that cannot be one is refused before anything is sent") {
  testing::ModelFixture f;
  app::AppModel& m = f.model();
  m.open(app::Screen::Lookup);
  m.viewer().set_lookup_number("20251130000009");
  m.viewer().set_lookup_code("O0O0");
  const std::size_t sent = f.transport.sent().size();
  m.viewer().look_up();
  CHECK(f.transport.sent().size() == sent);
  REQUIRE(m.problem().has_value());
  CHECK(m.problem()->message.key == "app.detail.wrong_code");
}

TEST_CASE("a complaint about a place asks whether it was already reported nearby") {
  testing::ModelFixture f;
  f.station = app::Station{"GL-01", "南门兜站", domain::GeoPoint{26.0811, 119.2967}};
  f.restart();
  app::AppModel& m = f.model();
  m.wizard().start_request(domain::RequestType::Complaint);
  m.wizard().choose_service("BJ-0101");
  REQUIRE(m.route().screen == app::Screen::Place);
  m.wizard().use_station();
  f.transport.script_response(200,
                              R"([{"service_request_id":"20251129000007","status":"open","service_code":"BJ-0101",)"
                              R"("description":"井盖松动","requested_datetime":"2025-11-29T08:00:00+08:00"}])");
  m.wizard().next();
  CHECK(m.route().screen == app::Screen::Nearby);
  const std::string& url = f.transport.sent().back().url;
  CHECK(url.find("service_code=BJ-0101") != std::string::npos);
  CHECK(url.find("radius=300") != std::string::npos);
  CHECK(url.find("lat=26.0811") != std::string::npos);
  f.settle();
  REQUIRE(m.wizard().nearby().value() != nullptr);
  REQUIRE(m.wizard().nearby().value()->size() == 1);
  // "Same problem": the citizen follows that request and files nothing.
  f.transport.script_response(200,
                              R"([{"service_request_id":"20251129000007","status":"open","service_code":"BJ-0101",)"
                              R"("requested_datetime":"2025-11-29T08:00:00+08:00"}])");
  m.wizard().follow_existing("20251129000007");
  CHECK(m.route().screen == app::Screen::Detail);
  CHECK(m.wizard().form().empty());
  CHECK(m.outbox().items().empty());
}

TEST_CASE("switching the language asks the backend for the service names in it") {
  testing::ModelFixture f;
  app::Settings settings = f.model().preferences().settings();
  settings.language = text::Language::ZhTW;
  f.transport.script_response(200, testing::kServicesJson);
  f.model().preferences().set_settings(settings);
  const platform::HttpRequest& request = f.transport.sent().back();
  CHECK(request.url.find("services.json") != std::string::npos);
  const std::string* language = platform::find_header(request.headers, "Accept-Language");
  REQUIRE(language != nullptr);
  CHECK(*language == "zh-TW");
}

TEST_CASE("a submission the server refuses comes back into the form with the errors next to their fields") {
  testing::ModelFixture f;
  fill_complaint_up_to_review(f);
  app::AppModel& m = f.model();
  // The reference server's answer to phone=12345 (tests/unit/api/recorded/error_400_mobile.http).
  f.transport.script_response(400, R"([{"code":400,"description":"phone: not a mainland mobile number",)"
                                   R"("field_error":"mobile.invalid_mobile"}])");
  m.wizard().submit();
  f.settle();
  const api::OutboxItem* item = m.wizard().submitted_item();
  REQUIRE(item != nullptr);
  REQUIRE(item->state == api::OutboxState::NeedsAttention);
  m.wizard().edit_returned(item->id);
  CHECK(m.route().screen == app::Screen::Review);
  CHECK(m.outbox().items().empty());
  CHECK(m.wizard().form().type == domain::RequestType::Complaint);
  CHECK(m.wizard().form().service_code == "BJ-0101");
  CHECK(m.wizard().form().address == "鼓楼区五四路158号");
  CHECK(m.wizard().form().name == "林晓");
  CHECK(m.wizard().form().mobile == "13800138000");
  CHECK(m.wizard().form().description == chinese_text(1500));
  REQUIRE(m.wizard().errors_for(domain::Field::Mobile).size() == 1);
  CHECK(m.wizard().errors_for(domain::Field::Mobile).front().code == domain::ErrorCode::InvalidMobile);
}

TEST_CASE("news: the state at filing is no news, a later reply is until the citizen opens the request") {
  testing::ModelFixture f;
  fill_complaint_up_to_review(f);
  app::AppModel& m = f.model();
  const std::string request = R"([{"service_request_id":"20251130000001","status":"%s","service_code":"BJ-0101",)"
                              R"("description":"井盖","requested_datetime":"2025-11-30T08:00:00+08:00"}])";
  const auto with_status = [&request](const std::string& status) {
    std::string out = request;
    return out.replace(out.find("%s"), 2, status);
  };
  f.transport.script_response(201,
                              R"([{"service_notice":"query_code:ABCDEFGH23","service_request_id":"20251130000001"}])");
  f.transport.script_response(200, with_status("open"));  // the refresh that follows the filing
  m.wizard().submit();
  f.settle();
  const api::StatusTracker& tracker = m.tracker();
  REQUIRE(tracker.requests().count("20251130000001") == 1);
  CHECK(tracker.news().empty());

  m.go_home();
  f.transport.script_response(200, with_status("closed"));
  m.open(app::Screen::MyRequests);  // looks again at once
  f.settle();
  REQUIRE(tracker.news().size() == 1);
  CHECK(tracker.news()[0].status_changed);

  // Still news after a restart: nothing was looked at.
  f.restart();  // answers services.json; the tracker's first refresh waits for its answer
  platform::HttpResponse closed;
  closed.status = 200;
  closed.body = with_status("closed");
  f.transport.answer_oldest(closed);
  f.settle();
  REQUIRE(f.model().tracker().news().size() == 1);

  f.transport.script_response(200, with_status("closed"));  // the detail
  f.model().open_request("20251130000001");
  f.settle();
  CHECK(f.model().tracker().news().empty());
}

namespace {

// The request the model sent whose URL contains `part`, answered with `body` (false: none pending).
bool answer_pending(testing::ModelFixture& f, std::string_view part, const std::string& body) {
  for (const auto id : f.transport.pending_ids()) {
    if (f.transport.pending_request(id).url.find(part) != std::string::npos) {
      platform::HttpResponse response;
      response.status = 200;
      response.body = body;
      f.transport.answer(id, std::move(response));
      f.settle();
      return true;
    }
  }
  return false;
}

constexpr const char* kNearbyJson =
    R"([{"service_request_id":"20251129000007","status":"open","service_code":"BJ-0101",)"
    R"("description":"井盖松动","requested_datetime":"2025-11-29T08:00:00+08:00"}])";
constexpr const char* kGuidesJson = R"([{"id":"KB-001","title":"社保卡丢失如何补办","body":"携带身份证办理。",)"
                                    R"("service_code":"ZX-0101","updated":"2025-03-01"}])";

// A kiosk complaint about its station, left on the nearby step and saved.
void leave_complaint_on_nearby(testing::ModelFixture& f) {
  f.station = app::Station{"GL-01", "南门兜站", domain::GeoPoint{26.0811, 119.2967}};
  f.restart();
  app::AppModel& m = f.model();
  m.wizard().start_request(domain::RequestType::Complaint);
  m.wizard().choose_service("BJ-0101");
  m.wizard().use_station();
  f.transport.script_response(200, kNearbyJson);
  m.wizard().next();
  REQUIRE(m.route().screen == app::Screen::Nearby);
  f.clock.advance(10'000);
  f.settle();
}

// The draft is saved (its autosave delay passed) and the app reopened on it.
void save_and_reopen(testing::ModelFixture& f) {
  f.clock.advance(10'000);
  f.settle();
  f.restart();
}

// The model is asking for the nearby requests, and shows what the server answers.
void check_asks_for_nearby(testing::ModelFixture& f) {
  app::AppModel& m = f.model();
  REQUIRE(m.route().screen == app::Screen::Nearby);
  CHECK(m.wizard().nearby().loading());
  REQUIRE(answer_pending(f, "radius=300", kNearbyJson));
  REQUIRE(m.wizard().nearby().value() != nullptr);
  CHECK(m.wizard().nearby().value()->size() == 1);
}

bool each_route_once(const app::Navigation& navigation) {
  const auto& stack = navigation.stack();
  for (std::size_t i = 0; i < stack.size(); ++i) {
    if (std::count(stack.begin(), stack.end(), stack[i]) != 1) {
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("a draft restored on the nearby step asks for the nearby requests before saying there are none") {
  testing::ModelFixture f;
  leave_complaint_on_nearby(f);
  f.restart();
  check_asks_for_nearby(f);
}

TEST_CASE("going back onto the nearby step of a restored draft asks for the nearby requests") {
  testing::ModelFixture f;
  leave_complaint_on_nearby(f);
  app::AppModel& first = f.model();
  first.wizard().next();
  REQUIRE(first.route().screen == app::Screen::Describe);
  save_and_reopen(f);
  app::AppModel& m = f.model();
  REQUIRE(m.route().screen == app::Screen::Describe);
  // Continued from home, then back: the nearby step was never shown in this run of the app.
  m.go_home();
  m.wizard().continue_request();
  CHECK(m.route().screen == app::Screen::Describe);
  m.back();
  check_asks_for_nearby(f);
}

TEST_CASE("a consultation draft restored on the guides step asks for its guides") {
  testing::ModelFixture f;
  app::AppModel& first = f.model();
  first.wizard().start_request(domain::RequestType::Consultation);
  f.transport.script_response(200, kGuidesJson);
  first.wizard().choose_service("ZX-0101");
  REQUIRE(first.route().screen == app::Screen::Guides);
  save_and_reopen(f);
  app::AppModel& m = f.model();
  REQUIRE(m.route().screen == app::Screen::Guides);
  CHECK(m.wizard().guides().loading());
  REQUIRE(answer_pending(f, "guides.json", kGuidesJson));
  REQUIRE(m.wizard().guides().value() != nullptr);
  CHECK(m.wizard().guides().value()->size() == 1);
}

TEST_CASE("the back stack holds each step once: changing a part from review returns to its step") {
  testing::ModelFixture f;
  fill_complaint_up_to_review(f);
  app::AppModel& m = f.model();
  REQUIRE(m.route().screen == app::Screen::Review);
  const std::size_t depth = m.navigation().stack().size();
  m.open(app::Screen::Describe);
  CHECK(m.route().screen == app::Screen::Describe);
  CHECK(each_route_once(m.navigation()));
  CHECK(m.navigation().stack().size() < depth);
  m.wizard().next();
  m.wizard().next();
  m.wizard().next();
  REQUIRE(m.route().screen == app::Screen::Review);
  CHECK(m.navigation().stack().size() == depth);
  // A submission that fails validation returns to the step holding the error, not on top of review.
  m.wizard().set_field(domain::Field::Description, "");
  m.wizard().submit();
  CHECK(m.route().screen == app::Screen::Describe);
  CHECK(each_route_once(m.navigation()));
}

TEST_CASE("the model is busy while an answer the screen waits for is on its way") {
  testing::ModelFixture f;
  app::AppModel& m = f.model();
  CHECK_FALSE(m.busy());
  m.wizard().start_request(domain::RequestType::Consultation);
  m.wizard().choose_service("ZX-0101");
  REQUIRE(m.route().screen == app::Screen::Guides);
  CHECK(m.busy());
  REQUIRE(answer_pending(f, "guides.json", kGuidesJson));
  CHECK_FALSE(m.busy());
}

TEST_CASE("a visit that ends while an answer is on its way leaves the model idle") {
  testing::ModelFixture f;
  app::AppModel& m = f.model();
  m.wizard().start_request(domain::RequestType::Consultation);
  m.wizard().choose_service("ZX-0101");
  REQUIRE(m.busy());
  m.wipe_session();
  CHECK_FALSE(m.busy());
  CHECK_FALSE(answer_pending(f, "guides.json", kGuidesJson));  // cancelled with the visit
  CHECK_FALSE(m.busy());
}

namespace {

// A position that comes when the test says so, as a slow GPS fix would.
struct HeldLocation : platform::LocationProvider {
  platform::LocationCallback waiting;
  platform::Call locate(platform::LocationCallback done) override {
    platform::Call call = platform::Call::started();
    waiting = call.deliver(std::move(done));
    return call;
  }
};

}  // namespace

TEST_CASE("a position that arrives after the visit ended does not reach the next citizen's form") {
  HeldLocation location;
  testing::ModelFixture f;
  f.location = &location;
  f.restart();
  app::AppModel& m = f.model();
  m.wizard().start_request(domain::RequestType::Complaint);
  m.wizard().choose_service("BJ-0101");
  m.wizard().use_my_location();
  REQUIRE(m.wizard().locating());
  REQUIRE(location.waiting);
  m.wipe_session();
  CHECK_FALSE(m.wizard().locating());
  m.wizard().start_request(domain::RequestType::Complaint);
  location.waiting(platform::Position{26.08, 119.29, 10});
  f.settle();
  CHECK_FALSE(m.wizard().form().point.has_value());
  CHECK(m.wizard().form().place == app::PlaceChoice::None);
}
