// The app inside a host app (platform::HostBridge, over the fake): the host's signed identity goes to
// the server and only a verified one fills the contact step; a place picked on the host's map is kept
// with its name, address and WGS-84 point and filed with both.
#include <catch2/catch.hpp>

#include "model_fixture.h"
#include "platform/fake_host_bridge.h"

using namespace hotline;

namespace {

struct HostFixture : testing::ModelFixture {
  testing::FakeHostBridge bridge{queue};

  explicit HostFixture(platform::HostOffers offers, std::optional<std::string> token = std::nullopt) {
    bridge.offers_now = offers;
    bridge.token = std::move(token);
    host = &bridge;
    restart();
  }

  // The identity.json request waiting for its answer, if any.
  std::optional<testing::FakeHttpTransport::RequestId> identity_call() const {
    for (const auto id : transport.pending_ids()) {
      if (transport.pending_request(id).url.find("/identity.json") != std::string::npos) {
        return id;
      }
    }
    return std::nullopt;
  }

  void answer_identity(int status, std::string body) {
    settle();  // the host's token arrives through the queue, then goes to the server
    const auto id = identity_call();
    REQUIRE(id);
    platform::HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    transport.answer(*id, response);
    settle();
  }

  void to_contact() {
    app::AppModel& m = model();
    m.wizard().start_request(domain::RequestType::Complaint);
    m.wizard().choose_service("BJ-0101");
    m.wizard().use_address();
    m.wizard().set_field(domain::Field::Address, "鼓楼区五四路158号");
    m.wizard().next();
    m.wizard().set_field(domain::Field::Description, "路口的红绿灯坏了，一直闪黄灯");
    m.wizard().next();
    m.wizard().next();  // no photos
    REQUIRE(m.route().screen == app::Screen::Contact);
  }
};

constexpr const char* kVerified = R"({"name":"王明","mobile":"13812345678"})";

}  // namespace

TEST_CASE("a host's identity token is verified by the server, then fills the empty contact step") {
  HostFixture f({.identity = true}, "header.claims.signature");
  CHECK(f.bridge.token_asked == 1);
  const auto id = f.identity_call();
  REQUIRE(id);
  const auto& request = f.transport.pending_request(*id);
  CHECK(request.method == platform::HttpMethod::Post);
  CHECK(request.body.find("token=header.claims.signature") != std::string::npos);
  CHECK(request.url.find("header.claims") == std::string::npos);  // never in a URL
  f.answer_identity(200, kVerified);
  f.to_contact();
  const app::AppModel& m = f.model();
  CHECK(m.wizard().form().name == "王明");
  CHECK(m.wizard().form().mobile == "13812345678");
  CHECK(m.wizard().host_identity().name_verified(m.wizard().form()));
  CHECK(m.wizard().host_identity().mobile_verified(m.wizard().form()));
  // Changed by the citizen (a relative's number): no longer marked as the host's.
  f.model().wizard().set_field(domain::Field::Mobile, "13900001111");
  CHECK_FALSE(m.wizard().host_identity().mobile_verified(m.wizard().form()));
  CHECK(m.wizard().host_identity().name_verified(m.wizard().form()));
}

TEST_CASE("a token the server refuses leaves the contact step empty and is not sent again") {
  HostFixture f({.identity = true}, "forged.token.here");
  f.answer_identity(401, R"([{"code":401,"description":"identity: token not valid"}])");
  f.to_contact();
  CHECK(f.model().wizard().form().name.empty());
  CHECK(f.model().wizard().form().mobile.empty());
  CHECK_FALSE(f.model().wizard().host_identity().verified());
  CHECK_FALSE(f.identity_call());
  CHECK(f.bridge.token_asked == 1);
}

TEST_CASE("an identity not verified at the start (offline) is asked again on the contact step") {
  HostFixture f({.identity = true}, "header.claims.signature");
  const auto id = f.identity_call();
  REQUIRE(id);
  f.transport.answer(*id, base::unexpected(platform::NetworkError{platform::NetworkErrorCode::Offline, "offline"}));
  f.settle();
  f.to_contact();
  CHECK(f.bridge.token_asked == 2);
  f.answer_identity(200, kVerified);
  CHECK(f.model().wizard().form().name == "王明");  // arrived while the citizen is on the contact step
}

TEST_CASE("what the citizen typed is never replaced by the host's identity") {
  HostFixture f({.identity = true}, "header.claims.signature");
  f.to_contact();
  f.model().wizard().set_field(domain::Field::ContactName, "李四");
  f.answer_identity(200, kVerified);  // arrives while the citizen is typing
  CHECK(f.model().wizard().form().name == "李四");
  CHECK(f.model().wizard().form().mobile.empty());
}

TEST_CASE("no host, or a host without identity: nothing is asked, no map to choose on") {
  HostFixture f({.photos = true, .location = true});
  CHECK(f.bridge.token_asked == 0);
  CHECK_FALSE(f.identity_call());
  CHECK_FALSE(f.model().wizard().can_choose_on_map());
  testing::ModelFixture plain;
  CHECK_FALSE(plain.model().wizard().can_choose_on_map());
}

TEST_CASE("a place picked on the host's map is kept with its name and filed with its point and address") {
  HostFixture f({.map_picker = true});
  app::AppModel& m = f.model();
  m.wizard().start_request(domain::RequestType::Complaint);
  m.wizard().choose_service("BJ-0101");
  REQUIRE(m.wizard().can_choose_on_map());
  m.wizard().choose_on_map();
  CHECK(m.wizard().locating());  // the answer comes later, never inside the call
  REQUIRE(f.bridge.choosing());
  f.bridge.answer_place(platform::HostPlace{26.074508, 119.296494, "五一广场", "福州市鼓楼区五一中路"});
  f.settle();
  CHECK_FALSE(m.wizard().locating());
  CHECK(m.wizard().form().place == app::PlaceChoice::Map);
  REQUIRE(m.wizard().form().point);
  CHECK(m.wizard().form().point->lat == Approx(26.074508));
  CHECK(m.wizard().form().place_name == "五一广场");
  CHECK(app::map_place_text(m.wizard().form()) == "五一广场，福州市鼓楼区五一中路");
  const auto request = app::to_request_form(m.wizard().form(), domain::Channel::Website, "", "").request;
  REQUIRE(request.location.point);
  CHECK(request.location.point->lon == Approx(119.296494));
  CHECK(request.location.address == "五一广场，福州市鼓楼区五一中路");
  // The draft keeps it across a restart.
  const app::FormState restored = app::from_draft(app::to_draft(m.wizard().form()));
  CHECK(restored.place == app::PlaceChoice::Map);
  CHECK(restored.place_name == "五一广场");
  m.wizard().next();
  CHECK(m.wizard().errors_for(domain::Field::Location).empty());
}

TEST_CASE("closing the host's map changes nothing; a map that cannot open says so") {
  HostFixture f({.map_picker = true});
  app::AppModel& m = f.model();
  m.wizard().start_request(domain::RequestType::Complaint);
  m.wizard().choose_service("BJ-0101");
  m.wizard().use_address();
  m.wizard().set_field(domain::Field::Address, "鼓楼区五四路158号");
  m.wizard().choose_on_map();
  f.bridge.answer_place(base::unexpected(platform::HostError::Cancelled));
  f.settle();
  CHECK(m.wizard().form().place == app::PlaceChoice::Address);
  CHECK(m.wizard().form().address == "鼓楼区五四路158号");
  CHECK_FALSE(m.problem());
  m.wizard().choose_on_map();
  f.bridge.answer_place(base::unexpected(platform::HostError::Unavailable));
  f.settle();
  REQUIRE(m.problem());
  CHECK(m.problem()->message.key == "app.place.map_unavailable");
}
