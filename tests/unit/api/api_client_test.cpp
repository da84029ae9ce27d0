// ApiClient against the scripted transport: URLs, headers, bodies, decoding, cache, cancellation.
#include <catch2/catch.hpp>

#include <optional>

#include "api_fixture.h"
#include "domain/deadline.h"
#include "open311/service.h"
#include "open311/service_request.h"

using namespace hotline;
using testing::ApiFixture;

namespace {

template <typename T>
struct Captured {
  std::optional<api::Result<T>> result;
  api::Callback<T> callback() {
    return [this](api::Result<T> r) { result.emplace(std::move(r)); };
  }
};

std::string services_body() {
  open311::Service s;
  s.service_code = "101";
  s.service_name = "井盖破损";
  s.metadata = true;
  return open311::encode_services({s});
}

}  // namespace

TEST_CASE("services are loaded, then revalidated with the cached ETag") {
  ApiFixture f;
  Captured<std::vector<open311::Service>> first;
  f.transport.script_response(200, services_body(), {{"ETag", "\"c1\""}});
  const platform::Call call1 = f.api.load_services(first.callback());
  CHECK_FALSE(first.result);  // never from inside send()
  f.settle();
  REQUIRE(first.result);
  REQUIRE(first.result->has_value());
  CHECK((*first.result)->at(0).service_name == "井盖破损");
  const platform::HttpRequest& get = f.transport.sent().at(0);
  CHECK(get.method == platform::HttpMethod::Get);
  CHECK(get.url == std::string(testing::kBaseUrl) + "/services.json?extensions=true");
  CHECK(*platform::find_header(get.headers, "Accept") == "application/json");
  CHECK(platform::find_header(get.headers, "If-None-Match") == nullptr);
  CHECK(platform::find_header(get.headers, "Accept-Language") == nullptr);  // no language chosen yet
  CHECK(get.connect_timeout_ms == 10'000);
  CHECK(get.total_timeout_ms == 30'000);

  Captured<std::vector<open311::Service>> second;
  f.transport.script_response(304, "");
  const platform::Call call2 = f.api.load_services(second.callback());
  f.settle();
  CHECK(*platform::find_header(f.transport.sent().at(1).headers, "If-None-Match") == "\"c1\"");
  REQUIRE(second.result->has_value());
  CHECK(**second.result == **first.result);
}

TEST_CASE("the ETag cache persists in storage across clients") {
  ApiFixture f;
  api::ApiClient client(f.transport, {testing::kBaseUrl, testing::kApiKey}, &f.storage);
  Captured<std::vector<open311::Service>> first;
  f.transport.script_response(200, services_body(), {{"ETag", "\"c1\""}});
  const platform::Call call27 = client.load_services(first.callback());
  f.settle();

  api::ApiClient restarted(f.transport, {testing::kBaseUrl, testing::kApiKey}, &f.storage);
  Captured<std::vector<open311::Service>> second;
  f.transport.script_response(304, "");
  const platform::Call call28 = restarted.load_services(second.callback());
  f.settle();
  REQUIRE(second.result->has_value());
  CHECK((*second.result)->size() == 1);
}

TEST_CASE("offline, the last catalog kept answers; without one the network error does") {
  ApiFixture f;
  api::ApiClient client(f.transport, {testing::kBaseUrl, testing::kApiKey}, &f.storage);
  Captured<std::vector<open311::Service>> online;
  f.transport.script_response(200, services_body(), {{"ETag", "\"c1\""}});
  const platform::Call call29 = client.load_services(online.callback());
  f.settle();

  api::ApiClient restarted(f.transport, {testing::kBaseUrl, testing::kApiKey}, &f.storage);
  Captured<std::vector<open311::Service>> offline;
  f.transport.script_error(platform::NetworkErrorCode::Offline);
  const platform::Call call30 = restarted.load_services(offline.callback());
  f.settle();
  REQUIRE(offline.result->has_value());
  CHECK((*offline.result)->at(0).service_name == "井盖破损");

  ApiFixture fresh;
  Captured<std::vector<open311::Service>> never_online;
  fresh.transport.script_error(platform::NetworkErrorCode::Offline);
  const platform::Call call3 = fresh.api.load_services(never_online.callback());
  fresh.settle();
  REQUIRE(never_online.result);
  CHECK_FALSE(never_online.result->has_value());
}

TEST_CASE("a 304 without a cached body is an unexpected status") {
  ApiFixture f;
  Captured<open311::ServiceDefinition> got;
  f.transport.script_response(304, "");
  const platform::Call call4 = f.api.load_service_definition("10 1", got.callback());
  f.settle();
  CHECK(f.transport.sent().at(0).url == std::string(testing::kBaseUrl) + "/services/10+1.json?api_key=kiosk-key");
  REQUIRE_FALSE(got.result->has_value());
  CHECK(got.result->error().code == api::ApiErrorCode::UnexpectedStatus);
}

TEST_CASE("a submission without photos is one form POST with api_key and Idempotency-Key") {
  ApiFixture f;
  Captured<api::Created> got;
  f.transport.script(testing::recorded("created_200"));
  const platform::Call call5 =
      f.api.submit({{{"service_code", "101"}, {"description", "路灯不亮"}}, {}, "key-1"}, got.callback());
  f.settle();
  const platform::HttpRequest& post = f.transport.sent().at(0);
  CHECK(post.method == platform::HttpMethod::Post);
  CHECK(post.url == std::string(testing::kBaseUrl) + "/requests.json");
  CHECK(*platform::find_header(post.headers, "Content-Type") == open311::kFormContentType);
  CHECK(*platform::find_header(post.headers, "Idempotency-Key") == "key-1");
  CHECK(post.body == "service_code=101&description=%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE&api_key=kiosk-key");
  REQUIRE(got.result->has_value());
  CHECK((*got.result)->request_number == "20261130000001");
  CHECK((*got.result)->query_code == "SKDMR9R95Y");
  CHECK_FALSE((*got.result)->replayed);
}

TEST_CASE("a submission with photos is one multipart POST with a longer timeout") {
  ApiFixture f;
  Captured<api::Created> got;
  f.transport.script(testing::recorded("created_replay_200"));
  const platform::Call call6 = f.api.submit(
      {{{"service_code", "101"}}, {{"p1", "image/png", "PNGDATA"}, {"p2", "image/jpeg", "JPGDATA"}}, "key-2"},
      got.callback());
  f.settle();
  const platform::HttpRequest& post = f.transport.sent().at(0);
  const std::string& type = *platform::find_header(post.headers, "Content-Type");
  CHECK(type.rfind("multipart/form-data; boundary=hotline-key-2", 0) == 0);
  CHECK(post.total_timeout_ms == 120'000);
  CHECK(post.body.find("name=\"api_key\"\r\n\r\nkiosk-key\r\n") != std::string::npos);
  CHECK(post.body.find("name=\"media\"; filename=\"p1.png\"\r\nContent-Type: image/png\r\n\r\nPNGDATA") !=
        std::string::npos);
  CHECK(post.body.find("filename=\"p2.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nJPGDATA") != std::string::npos);
  REQUIRE(got.result->has_value());
  CHECK((*got.result)->replayed);
  CHECK((*got.result)->request_number == "20261130000001");
  CHECK((*got.result)->query_code == "SKDMR9R95Y");
}

TEST_CASE("a 2xx submission answer without a request id is a bad response") {
  ApiFixture f;
  Captured<api::Created> got;
  f.transport.script_response(201, R"([{"token": "t1"}])");
  const platform::Call call7 = f.api.submit({{{"service_code", "101"}}, {}, "k"}, got.callback());
  f.transport.script_response(201, "not json");
  Captured<api::Created> second;
  const platform::Call call8 = f.api.submit({{{"service_code", "101"}}, {}, "k"}, second.callback());
  f.settle();
  CHECK(got.result->error().code == api::ApiErrorCode::BadResponse);
  CHECK(second.result->error().code == api::ApiErrorCode::BadResponse);
}

TEST_CASE("transport failures and error answers reach the callback as ApiError") {
  ApiFixture f;
  Captured<api::Created> offline;
  f.transport.script(testing::offline());
  const platform::Call call9 = f.api.submit({{{"service_code", "101"}}, {}, "k"}, offline.callback());
  Captured<api::Created> invalid;
  f.transport.script(testing::recorded("error_400_mobile"));
  const platform::Call call10 = f.api.submit({{{"service_code", "101"}}, {}, "k"}, invalid.callback());
  f.settle();
  CHECK(offline.result->error().code == api::ApiErrorCode::Offline);
  CHECK(invalid.result->error().code == api::ApiErrorCode::Validation);
  CHECK(invalid.result->error().field_errors.at(0).field == domain::Field::Mobile);
}

TEST_CASE("one request with its timeline, as owner") {
  ApiFixture f;
  open311::ServiceRequest r;
  r.service_request_id = "20250314000001";
  r.service_code = "101";
  r.requested_datetime = "2025-03-14T09:00:00+08:00";
  Captured<open311::ServiceRequest> got;
  f.transport.script_response(200, open311::encode_requests({r}));
  const platform::Call call11 = f.api.fetch_request("20250314000001", std::string("ABCD EFGH"), got.callback());
  f.settle();
  CHECK(f.transport.sent().at(0).url ==
        std::string(testing::kBaseUrl) + "/requests/20250314000001.json?extensions=true&query_code=ABCD+EFGH");
  REQUIRE(got.result->has_value());
  CHECK((*got.result)->service_request_id == r.service_request_id);
  CHECK((*got.result)->requested_datetime == r.requested_datetime);

  Captured<open311::ServiceRequest> two;
  f.transport.script_response(200, open311::encode_requests({r, r}));
  const platform::Call call12 = f.api.fetch_request("20250314000001", std::nullopt, two.callback());
  f.settle();
  CHECK(f.transport.sent().at(1).url ==
        std::string(testing::kBaseUrl) + "/requests/20250314000001.json?extensions=true");
  CHECK(two.result->error().code == api::ApiErrorCode::BadResponse);

  Captured<open311::ServiceRequest> denied;
  f.transport.script(testing::recorded("error_403_query_code"));
  const platform::Call call13 = f.api.fetch_request("20250314000001", std::string("WRONG"), denied.callback());
  f.settle();
  CHECK(denied.result->error().code == api::ApiErrorCode::Forbidden);
}

TEST_CASE("my requests are listed by number") {
  ApiFixture f;
  Captured<std::vector<open311::ServiceRequest>> got;
  f.transport.script_response(200, "[]");
  const platform::Call call14 =
      f.api.list_requests({"1", "2"}, std::string("2025-03-14T00:00:00+08:00"), got.callback());
  f.settle();
  CHECK(f.transport.sent().at(0).url ==
        std::string(testing::kBaseUrl) +
            "/requests.json?service_request_id=1%2C2&extensions=true&updated_after=2025-03-14T00%3A00%3A00%2B08%3A00");
  REQUIRE(got.result->has_value());
  CHECK((*got.result)->empty());
}

TEST_CASE("rating and rework post the query code") {
  ApiFixture f;
  Captured<api::StepUpdate> rated;
  f.transport.script_response(200, R"([{"service_request_id": "7", "step": "rated", "step_number": 6}])");
  const platform::Call call15 =
      f.api.rate("7", "QC", workflow::Satisfaction::BasicallySatisfied, "好", rated.callback());
  Captured<api::StepUpdate> rework;
  f.transport.script(testing::recorded("error_409_workflow"));
  const platform::Call call16 = f.api.ask_rework("7", "QC", "没修好", rework.callback());
  f.settle();
  CHECK(f.transport.sent().at(0).url == std::string(testing::kBaseUrl) + "/requests/7/rating.json");
  CHECK(f.transport.sent().at(0).body == "query_code=QC&satisfaction=basically_satisfied&comment=%E5%A5%BD");
  CHECK(f.transport.sent().at(1).url == std::string(testing::kBaseUrl) + "/requests/7/rework.json");
  CHECK(f.transport.sent().at(1).body == "query_code=QC&comment=%E6%B2%A1%E4%BF%AE%E5%A5%BD");
  REQUIRE(rated.result->has_value());
  CHECK((*rated.result)->step == workflow::Step::Rated);
  CHECK(rework.result->error().code == api::ApiErrorCode::Conflict);
}

TEST_CASE("knowledge base search") {
  ApiFixture f;
  Captured<std::vector<api::Guide>> got;
  f.transport.script_response(200, R"([{"id": "g1", "title": "居住证"}])");
  const platform::Call call17 = f.api.search_guides("居住证", got.callback());
  f.settle();
  CHECK(f.transport.sent().at(0).url == std::string(testing::kBaseUrl) + "/guides.json?q=%E5%B1%85%E4%BD%8F%E8%AF%81");
  REQUIRE(got.result->has_value());
  CHECK((*got.result)->at(0).title == "居住证");
}

TEST_CASE("a cancelled or dropped call never calls back") {
  ApiFixture f;
  Captured<std::vector<api::Guide>> cancelled;
  platform::Call call = f.api.search_guides("a", cancelled.callback());
  const auto id = f.transport.pending_ids().at(0);
  CHECK(call.active());
  call.cancel();
  CHECK_FALSE(call.active());
  f.transport.answer(id, testing::response(200, "[]"));
  f.settle();
  CHECK_FALSE(cancelled.result);
  CHECK(f.transport.cancelled_count() == 1);

  Captured<std::vector<api::Guide>> dropped;
  f.transport.script_response(200, "[]");  // already on the queue when the handle goes
  { const platform::Call gone = f.api.search_guides("b", dropped.callback()); }
  CHECK(f.transport.cancelled_count() == 2);
  CHECK(f.transport.pending_count() == 0);
  f.settle();
  CHECK_FALSE(dropped.result);
}

TEST_CASE("a call answers from the queue, never inside the call, and then is no longer active") {
  ApiFixture f;
  Captured<std::vector<api::Guide>> got;
  f.transport.script_response(200, "[]");
  const platform::Call call = f.api.search_guides("a", got.callback());
  CHECK_FALSE(got.result);
  CHECK(call.active());
  f.settle();
  CHECK(got.result);
  CHECK_FALSE(call.active());
}

TEST_CASE("the chosen language goes with every request and keeps its own cached catalog") {
  ApiFixture f;
  f.api.set_language("en");
  Captured<std::vector<open311::Service>> english;
  f.transport.script(testing::recorded("services_en_200"));
  const platform::Call call18 = f.api.load_services(english.callback());
  Captured<api::Created> created;
  f.transport.script(testing::recorded("created_200"));
  const platform::Call call19 = f.api.submit({{{"service_code", "ZX-0201"}}, {}, "key-1"}, created.callback());
  f.settle();
  for (const platform::HttpRequest& sent : f.transport.sent()) {
    REQUIRE(platform::find_header(sent.headers, "Accept-Language") != nullptr);
    CHECK(*platform::find_header(sent.headers, "Accept-Language") == "en");
  }
  REQUIRE(english.result->has_value());
  const auto& services = **english.result;
  REQUIRE(services.size() == 44);
  CHECK(services.at(0).service_code == "BJ-0101");
  CHECK(services.at(0).service_name == "Water supply manhole cover");
  CHECK(services.at(0).extensions ==
        open311::ServiceExtensions{domain::RequestType::Complaint, true, 3});  // on the convenience list
  for (const auto& service : services) {
    REQUIRE(service.extensions.has_value());
    CHECK(service.extensions->deadline_working_days ==
          domain::legal_deadline_working_days(service.extensions->request_type,
                                              service.extensions->deadline_working_days == 3));
  }

  // Another language is another body with another tag: the English one is not offered for it.
  f.api.set_language("zh-TW");
  Captured<std::vector<open311::Service>> traditional;
  f.transport.script_response(200, services_body(), {{"ETag", "\"tw\""}});
  const platform::Call call20 = f.api.load_services(traditional.callback());
  f.settle();
  const platform::HttpRequest& tw = f.transport.sent().back();
  CHECK(*platform::find_header(tw.headers, "Accept-Language") == "zh-TW");
  CHECK(platform::find_header(tw.headers, "If-None-Match") == nullptr);
  REQUIRE(traditional.result->has_value());

  // Back in English, the English copy is revalidated and served from the cache on a 304.
  f.api.set_language("en");
  Captured<std::vector<open311::Service>> again;
  f.transport.script_response(304, "");
  const platform::Call call21 = f.api.load_services(again.callback());
  f.settle();
  const platform::HttpResponse recorded_english = testing::recorded("services_en_200");
  const std::string* etag = recorded_english.header("ETag");
  REQUIRE(etag != nullptr);
  CHECK(*platform::find_header(f.transport.sent().back().headers, "If-None-Match") == *etag);
  REQUIRE(again.result->has_value());
  CHECK(**again.result == services);
}

TEST_CASE("nearby open requests of a service") {
  ApiFixture f;
  Captured<std::vector<open311::ServiceRequest>> got;
  f.transport.script(testing::recorded("nearby_200"));
  const platform::Call call22 = f.api.list_nearby("BJ-0122", {26.0869, 119.2958}, 500, got.callback());
  f.settle();
  CHECK(f.transport.sent().at(0).url ==
        std::string(testing::kBaseUrl) +
            "/requests.json?service_code=BJ-0122&lat=26.086900&long=119.295800&radius=500");
  REQUIRE(got.result->has_value());
  REQUIRE((*got.result)->size() == 1);
  const open311::ServiceRequest& near = (*got.result)->front();
  CHECK(near.service_code == "BJ-0122");
  CHECK(near.status == open311::Status::Open);
  CHECK(near.lat == 26.087);  // the public view's rounded place
  CHECK_FALSE(near.address.has_value());
}

TEST_CASE("a service's guides") {
  ApiFixture f;
  Captured<std::vector<api::Guide>> got;
  f.transport.script(testing::recorded("guides_service_200"));
  const platform::Call call23 = f.api.guides_for_service("ZX-0301", got.callback());
  f.settle();
  CHECK(f.transport.sent().at(0).url == std::string(testing::kBaseUrl) + "/guides.json?service_code=ZX-0301");
  REQUIRE(got.result->has_value());
  std::vector<std::string> ids;
  for (const auto& guide : **got.result) {
    ids.push_back(guide.id);
    CHECK(guide.service_code == "ZX-0301");
  }
  CHECK(ids == std::vector<std::string>{"KB-008", "KB-009", "KB-010"});
  CHECK((*got.result)->at(0).title == "居住证怎么办理");
}

TEST_CASE("a receipt's claim: Claim-Secret goes with the submission, and redeems for the request") {
  ApiFixture f;
  Captured<api::Created> created;
  f.transport.script(testing::recorded("created_200"));
  const platform::Call call24 = f.api.submit({{{"service_code", "101"}}, {}, "key-1", "secret-1"}, created.callback());
  f.settle();
  CHECK(*platform::find_header(f.transport.sent().at(0).headers, "Claim-Secret") == "secret-1");

  open311::ServiceRequest r;
  r.service_request_id = "20250314000001";
  r.service_code = "101";
  r.requested_datetime = "2025-03-14T09:00:00+08:00";
  r.service_notice = "query_code:ABCDEFGH23";
  Captured<open311::ServiceRequest> got;
  f.transport.script_response(200, open311::encode_requests({r}));
  const std::string key(32, 'a');
  const std::string secret(32, 'b');
  const platform::Call call25 = f.api.fetch_claimed({key, secret}, got.callback());
  f.settle();
  const platform::HttpRequest& post = f.transport.sent().at(1);
  CHECK(post.method == platform::HttpMethod::Post);
  CHECK(post.url == std::string(testing::kBaseUrl) + "/claims.json?extensions=true");  // no secret in the URL
  CHECK(post.body == "idempotency_key=" + key + "&claim_secret=" + secret);
  REQUIRE(got.result->has_value());
  CHECK(api::query_code_notice(**got.result) == "ABCDEFGH23");

  Captured<open311::ServiceRequest> early;
  f.transport.script_response(404, R"([{"code":404,"description":"claim: no request has arrived with it"}])");
  const platform::Call call26 = f.api.fetch_claimed({key, secret}, early.callback());
  f.settle();
  CHECK(early.result->error().code == api::ApiErrorCode::NotFound);
}
