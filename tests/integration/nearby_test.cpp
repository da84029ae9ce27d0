// requests.json with lat, long and radius: open requests of a service near a place, nearest first,
// in the public view ("already reported?" before a citizen files the same problem again).
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "api_helpers.h"

using namespace hotline::integration;

namespace {

// The centre of the searches, on the 3-decimal grid the public view rounds to.
constexpr double kLat = 26.080;
constexpr double kLon = 119.300;
// Metres per degree of latitude on the mean Earth radius.
constexpr double kMetresPerDegree = 111195.08;

Created file_at(httplib::Client& c, const std::string& service, double lat, double lon, const std::string& what) {
  const auto fields =
      with_field(with_field(with_field(valid_complaint(what), "service_code", service), "lat", std::to_string(lat)),
                 "long", std::to_string(lon));
  auto res = post_form(c, "/open311/v2/requests.json", fields);
  REQUIRE(res->status == 200);
  return created_of(res);
}

std::string nearby(double lat, double lon, int radius, const std::string& service = "BJ-0101") {
  return "/open311/v2/requests.json?service_code=" + service + "&lat=" + std::to_string(lat) +
         "&long=" + std::to_string(lon) + "&radius=" + std::to_string(radius);
}

}  // namespace

TEST_CASE("nearby open requests of a service, nearest first, without personal data") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();

  // North of the centre: 556 m, 111 m, 1,112 m, 4,448 m; then a closed one at 222 m and another
  // service at 111 m. Filed out of distance order so that the order comes from the distance.
  const auto at_556 = file_at(c, "BJ-0101", kLat + 0.005, kLon, "五百米外的井盖破损，请尽快处理");
  const auto at_111 = file_at(c, "BJ-0101", kLat + 0.001, kLon, "一百米外的井盖破损，请尽快处理");
  const auto at_1112 = file_at(c, "BJ-0101", kLat + 0.010, kLon, "一公里外的井盖破损，请尽快处理");
  const auto at_4448 = file_at(c, "BJ-0101", kLat + 0.040, kLon, "四公里外的井盖破损，请尽快处理");
  const auto closed = file_at(c, "BJ-0101", kLat + 0.002, kLon, "已经处理过的井盖破损，重复反映");
  REQUIRE(act(c, closed.id, "reject", {{"note", "重复反映"}})->status == 200);
  const auto other = file_at(c, "BJ-0102", kLat + 0.001, kLon, "一百米外的污水井盖破损冒水");

  const auto ids_of = [&](const std::string& path) {
    auto res = c.Get(path.c_str());
    REQUIRE(res->status == 200);
    return strings_of(json_of(res), "service_request_id");
  };
  CHECK(ids_of(nearby(kLat, kLon, 1000)) == std::vector<std::string>{at_111.id, at_556.id});
  CHECK(ids_of(nearby(kLat, kLon, 1200)) == std::vector<std::string>{at_111.id, at_556.id, at_1112.id});
  CHECK(ids_of(nearby(kLat, kLon, 5000)) == std::vector<std::string>{at_111.id, at_556.id, at_1112.id, at_4448.id});
  CHECK(ids_of(nearby(kLat, kLon, 100)).empty());
  // The radius is a great-circle distance: 0.010° of latitude is 1,112 m, so 1,111 m leaves it out.
  CHECK(std::round(0.010 * kMetresPerDegree) == 1112);
  CHECK(ids_of(nearby(kLat, kLon, 1111)) == std::vector<std::string>{at_111.id, at_556.id});
  // From the far side the order turns around; and a degree of longitude is shorter than one of
  // latitude here (cos 26.08° = 0.898): 0.011° east is 1,099 m, inside 1,110 m.
  CHECK(ids_of(nearby(kLat + 0.010, kLon, 900)) == std::vector<std::string>{at_1112.id, at_556.id});
  CHECK(ids_of(nearby(kLat + 0.001, kLon + 0.011, 1110)) == std::vector<std::string>{at_111.id});
  CHECK(ids_of(nearby(kLat, kLon, 1000, "BJ-0102")) == std::vector<std::string>{other.id});
  CHECK(ids_of(nearby(kLat, kLon, 1000) + "&status=open") == std::vector<std::string>{at_111.id, at_556.id});

  // The public view: rounded coordinates, no name, phone, ID, address or query code.
  auto res = c.Get((nearby(kLat, kLon, 1000) + "&extensions=true").c_str());
  REQUIRE(res->status == 200);
  for (const std::string& secret : {std::string("13812345678"), std::string("11010519491231002X"),
                                    std::string("鼓楼区东街88号"), std::string("王"), at_111.query_code}) {
    CHECK(res->body.find(secret) == std::string::npos);
  }
  const auto first = json_of(res)[0];
  CHECK_FALSE(first.contains("address"));
  CHECK_FALSE(first["extended_attributes"].contains("query_code"));
  CHECK(first["lat"] == 26.081);
}

TEST_CASE("nearby searches stop at 20 answers") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  for (int i = 0; i < 22; ++i) {
    file_at(c, "BJ-0122", kLat + 0.001 * (i % 5), kLon, "路灯不亮第" + std::to_string(i) + "盏，晚上很黑");
  }
  auto res = c.Get(nearby(kLat, kLon, 5000, "BJ-0122").c_str());
  REQUIRE(res->status == 200);
  const auto list = json_of(res);
  REQUIRE(list.size() == 20);
  for (std::size_t i = 1; i < list.size(); ++i) {
    CHECK(list[i - 1]["lat"].get<double>() <= list[i]["lat"].get<double>());
  }
}

TEST_CASE("a bad radius or place is a 400 naming the parameter") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const std::string base = "/open311/v2/requests.json?service_code=BJ-0101";
  const std::pair<std::string, std::string> cases[] = {
      {"&lat=26.08&long=119.3&radius=0", "radius:"},
      {"&lat=26.08&long=119.3&radius=5001", "radius:"},
      {"&lat=26.08&long=119.3&radius=12.5", "radius:"},
      {"&lat=26.08&long=119.3&radius=far", "radius:"},
      {"&lat=26.08&long=119.3", "radius:"},
      {"&radius=500", "lat:"},
      {"&lat=91&long=119.3&radius=500", "lat:"},
      {"&lat=north&long=119.3&radius=500", "lat:"},
      {"&lat=26.08&radius=500", "long:"},
      {"&lat=26.08&long=180.5&radius=500", "long:"},
      {"&lat=26.08&long=nan&radius=500", "long:"},
      {"&lat=26.08&long=119.3&radius=500&status=closed", "status:"},
  };
  for (const auto& [query, field] : cases) {
    auto res = c.Get((base + query).c_str());
    INFO(query);
    CHECK(res->status == 400);
    CHECK(error_of(res).rfind(field, 0) == 0);
  }
}
