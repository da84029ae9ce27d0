// Rows the server cannot have written (a time outside 0001..9999, an unknown enum code) are storage
// errors, logged for the operator and answered 500, never read as a default or a crash.
#include <catch2/catch.hpp>

#include "api_helpers.h"
#include "test_database.h"

using namespace hotline::integration;

namespace {

// Two requests: the first accepted (so it has a timeline entry beyond "submitted"), the second not.
std::pair<std::string, std::string> accepted_and_submitted(httplib::Client& c) {
  const std::string accepted = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint())).id;
  const std::string submitted =
      created_of(post_form(c, "/open311/v2/requests.json", valid_complaint("仓山区金山大道的路灯不亮，晚上很黑"))).id;
  REQUIRE(act(c, accepted, "accept")->status == 200);
  return {accepted, submitted};
}

}  // namespace

TEST_CASE("a stored time outside the years 0001..9999 (a corrupt row) is a storage error, not a crash") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  ServerProcess server(dir, {db});
  auto c = server.client();
  const auto ids = accepted_and_submitted(c);
  const std::string& broken = ids.first;
  const std::string& intact = ids.second;
  const auto get = [&](const std::string& id) { return c.Get(("/open311/v2/requests/" + id + ".json").c_str()); };

  // 10000-01-01T00:00:00Z: past 9999-12-31T23:59:59+08:00, the last second the server can write.
  const std::string accepted_in_10000 =
      "UPDATE timeline SET at = 253402300800 WHERE action = 'accept' AND "
      "request_id = (SELECT id FROM requests WHERE number = '" +
      broken + "')";
  CHECK(change_rows(db, accepted_in_10000) == 1);
  auto shown = get(broken);
  CHECK(shown->status == 500);
  CHECK(error_of(shown) == "storage unavailable");
  // The operator's log says what is wrong; the client is not told.
  CHECK(server.error_log().find("storage failure while reading a request: corrupt row: ") != std::string::npos);
  CHECK(shown->body.find("corrupt") == std::string::npos);
  auto shown_zh = c.Get(("/open311/v2/requests/" + broken + ".json").c_str(), {{"Accept-Language", "zh-CN"}});
  CHECK(shown_zh->status == 500);
  CHECK(error_of(shown_zh) == "存储暂不可用，请稍后重试");  // 500s in the client's language, as 400s are
  CHECK(act(c, broken, "dispatch", {{"unit", "FZZLS"}})->status == 500);
  CHECK(server.error_log().find("storage failure while performing a case action: corrupt row: ") != std::string::npos);
  CHECK(get(intact)->status == 200);
  CHECK(json_of(c.Get("/open311/v2/requests.json")).size() == 2);  // without history the row still reads
  const auto admin_show = run_admin(db, {"show", broken});
  CHECK(admin_show.exit_code == 1);
  CHECK(admin_show.out.empty());
  CHECK(run_admin(db, {"show", intact}).exit_code == 0);

  // One second before 0001-01-01T00:00:00+08:00, the first second the server can write.
  CHECK(change_rows(db, "UPDATE requests SET requested_at = -62135625601 WHERE number = '" + intact + "'") == 1);
  CHECK(get(intact)->status == 500);
  CHECK(c.Get("/open311/v2/requests.json")->status == 500);
  CHECK(run_admin(db, {"list"}).exit_code == 1);
  CHECK(run_admin(db, {"accept", intact}).exit_code == 1);
  CHECK(c.Get("/open311/v2/services.json")->status == 200);
  CHECK(server.stop() == 0);
}

TEST_CASE("a stored enum code the server cannot have written (a corrupt row) is a storage error, not a default") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  ServerProcess server(dir, {db});
  auto c = server.client();
  const auto ids = accepted_and_submitted(c);
  const std::string& broken = ids.first;
  const std::string& intact = ids.second;
  const auto get = [&](const std::string& id, const std::string& query = "") {
    return c.Get(("/open311/v2/requests/" + id + ".json" + query).c_str());
  };
  const std::string of_broken = " WHERE number = '" + broken + "'";
  const std::string accept_of_broken = " WHERE seq = 2 AND request_id = (SELECT id FROM requests" + of_broken + ")";
  // A prefix no code has; taking it off again restores the row (NULL included).
  const auto corrupt = [](const std::string& column) {
    return " SET " + column + " = 'frobnicated' || COALESCE(" + column + ", '')";
  };
  const auto restore = [](const std::string& column) {
    return " SET " + column + " = NULLIF(substr(" + column + ", 12), '')";
  };

  // Each request column holding an enum code (a corrupt step used to read as "submitted").
  for (const std::string column : {"step", "request_type", "channel", "rating"}) {
    INFO(column);
    REQUIRE(change_rows(db, "UPDATE requests" + corrupt(column) + of_broken) == 1);
    const auto shown = get(broken);
    CHECK(shown->status == 500);
    CHECK(error_of(shown) == "storage unavailable");
    CHECK(shown->body.find("frobnicated") == std::string::npos);
    CHECK(server.error_log().find("storage failure while reading a request: corrupt row: " + column +
                                  " = 'frobnicated") != std::string::npos);
    CHECK(c.Get("/open311/v2/requests.json")->status == 500);
    CHECK(act(c, broken, "dispatch", {{"unit", "FZZLS"}})->status == 500);
    CHECK(run_admin(db, {"show", broken}).exit_code == 1);
    CHECK(get(intact)->status == 200);
    REQUIRE(change_rows(db, "UPDATE requests" + restore(column) + of_broken) == 1);
    CHECK(get(broken)->status == 200);
  }
  CHECK(json_of(get(broken, "?extensions=true"))[0]["extended_attributes"]["notes"][1]["step"] == "accepted");

  // Each timeline column holding an enum code: the answers that read the history fail, the others not.
  for (const std::string column : {"action", "step", "actor_role", "rating"}) {
    INFO(column);
    REQUIRE(change_rows(db, "UPDATE timeline" + corrupt(column) + accept_of_broken) == 1);
    CHECK(get(broken)->status == 500);
    CHECK(server.error_log().find("corrupt row: " + column + " = 'frobnicated") != std::string::npos);
    CHECK(c.Get("/open311/v2/requests.json?extensions=true")->status == 500);
    CHECK(c.Get("/open311/v2/requests.json")->status == 200);
    CHECK(act(c, broken, "dispatch", {{"unit", "FZZLS"}})->status == 500);
    REQUIRE(change_rows(db, "UPDATE timeline" + restore(column) + accept_of_broken) == 1);
  }
  CHECK(get(broken, "?extensions=true")->status == 200);
  CHECK(act(c, broken, "dispatch", {{"unit", "FZZLS"}})->status == 200);

  // The catalog: a service whose type is unknown cannot be listed, described or submitted to.
  REQUIRE(change_rows(db, "UPDATE services SET request_type = 'frobnicated' WHERE code = 'BJ-0101'") == 1);
  CHECK(c.Get("/open311/v2/services.json")->status == 500);
  CHECK(c.Get("/open311/v2/services/BJ-0101.json")->status == 500);
  CHECK(post_form(c, "/open311/v2/requests.json", valid_complaint())->status == 500);
  CHECK(server.error_log().find("corrupt row: request_type = 'frobnicated' is not a known code") != std::string::npos);
  CHECK(server.stop() == 0);
}
