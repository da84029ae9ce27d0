// The closed loop over HTTP and through the admin CLI: operator authorization, every step recorded in
// the timeline, citizen rating and rework, refusals of illegal moves, restart and graceful shutdown.
#include <catch2/catch.hpp>

#include "api_helpers.h"
#include "test_database.h"

using namespace hotline::integration;

TEST_CASE("operator endpoints need the operator token") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));
  const std::string path = "/open311/v2/operator/requests/" + made.id + "/accept.json";
  auto none = c.Post(path.c_str(), "", "application/x-www-form-urlencoded");
  CHECK(none->status == 401);
  auto wrong = c.Post(path.c_str(), {{"Authorization", "Bearer test-operator-token-0123456788"}}, "",
                      "application/x-www-form-urlencoded");
  CHECK(wrong->status == 403);
  CHECK(c.Get(("/open311/v2/operator/requests/" + made.id + ".json").c_str())->status == 401);
  CHECK(operator_view(c, made.id)["extended_attributes"]["notes"].size() == 1);
  // The token never reaches the access log.
  server.stop();
  std::ifstream log(dir.file("access.log"));
  const std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
  CHECK(text.find("/accept.json") != std::string::npos);
  CHECK(text.find(kOperatorToken) == std::string::npos);
  CHECK(text.find("0123456788") == std::string::npos);
}

TEST_CASE("a request goes through all 7 steps over HTTP, with reply photos, and cannot skip or repeat steps") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));

  auto early = act(c, made.id, "dispatch", {{"unit", "FZZLS"}});
  CHECK(early->status == 409);
  CHECK(error_of(early) == "This is not possible at the request's current step.");
  CHECK(act(c, made.id, "accept")->status == 200);
  auto accepted = operator_view(c, made.id);
  CHECK(accepted["extended_attributes"].contains("deadline"));
  CHECK(accepted["extended_attributes"]["deadline"]["overdue"] == false);
  CHECK(act(c, made.id, "dispatch", {{"unit", "NOWHERE"}})->status == 400);
  CHECK(act(c, made.id, "dispatch", {{"unit", "FZZLS"}, {"note", "请自来水公司处理"}})->status == 200);
  CHECK(act(c, made.id, "handle")->status == 200);
  CHECK(act(c, made.id, "frobnicate")->status == 404);

  httplib::MultipartFormDataItems reply = {{"note", "井盖已更换，现场已恢复", "", ""},
                                           {"media", make_jpeg(32, 24, 9), "after.jpg", "image/jpeg"}};
  auto replied =
      c.Post(("/open311/v2/operator/requests/" + made.id + "/reply.json").c_str(), operator_headers(), reply);
  REQUIRE(replied->status == 200);
  CHECK(json_of(replied)[0]["step"] == "replied");

  // The citizen rates with the query code, once.
  const std::string rating_path = "/open311/v2/requests/" + made.id + "/rating.json";
  CHECK(post_form(c, rating_path, {{"query_code", "ABCDEFGHJK"}, {"satisfaction", "satisfied"}})->status == 403);
  CHECK(post_form(c, rating_path, {{"query_code", made.query_code}, {"satisfaction", "great"}})->status == 400);
  CHECK(post_form(c, rating_path, {{"query_code", made.query_code}, {"satisfaction", "satisfied"}})->status == 200);
  auto twice = post_form(c, rating_path, {{"query_code", made.query_code}, {"satisfaction", "unsatisfied"}});
  CHECK(twice->status == 409);
  CHECK(act(c, made.id, "close", {{"note", "回访：群众满意"}})->status == 200);
  CHECK(act(c, made.id, "accept")->status == 409);

  const auto view = operator_view(c, made.id);
  CHECK(view["status"] == "closed");
  const auto notes = view["extended_attributes"]["notes"];
  REQUIRE(notes.size() == 7);
  const char* steps[] = {"submitted", "accepted", "dispatched", "handling", "replied", "rated", "closed"};
  for (int i = 0; i < 7; ++i) {
    CHECK(notes[i]["step"] == steps[i]);
  }
  CHECK(notes[2]["unit_id"] == "FZZLS");
  CHECK(notes[2]["unit_name"] == "福州市自来水有限公司");
  REQUIRE(notes[4]["reply_media"].size() == 1);
  CHECK(notes[4]["reply_media"][0]["content_type"] == "image/jpeg");
  CHECK(c.Get(notes[4]["reply_media"][0]["media_url"].get<std::string>().c_str())->status == 200);
  CHECK(view["extended_attributes"]["rating"]["satisfaction"] == "satisfied");
}

TEST_CASE("an unsatisfied citizen asks for rework and the case goes back to the department") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));
  CHECK(act(c, made.id, "accept")->status == 200);
  CHECK(act(c, made.id, "dispatch", {{"unit", "FZCGW"}})->status == 200);
  CHECK(act(c, made.id, "handle")->status == 200);
  CHECK(act(c, made.id, "reply", {{"note", "已处理"}})->status == 200);
  const std::string rework_path = "/open311/v2/requests/" + made.id + "/rework.json";
  CHECK(post_form(c, rework_path, {{"query_code", "WRONGCODE2"}, {"comment", "没修好"}})->status == 403);
  auto rework = post_form(c, rework_path, {{"query_code", made.query_code}, {"comment", "井盖还是松的，没修好"}});
  REQUIRE(rework->status == 200);
  CHECK(json_of(rework)[0]["step"] == "rated");
  CHECK(act(c, made.id, "rework", {{"note", "群众不满意，请重新办理"}})->status == 200);
  const auto view = operator_view(c, made.id);
  CHECK(view["extended_attributes"]["notes"].back()["step"] == "handling");
  CHECK(view["extended_attributes"]["notes"].back()["unit_id"] == "FZCGW");
}

TEST_CASE("the admin CLI drives the full 7-step life; data survives a restart; shutdown is graceful") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  Created made;
  {
    ServerProcess server(dir, {db});
    auto c = server.client();
    made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));
    const std::string photo_file = dir.file("after.png");
    std::ofstream(photo_file, std::ios::binary) << make_png(16, 16, 5);

    const std::vector<std::vector<std::string>> steps = {
        {"accept", made.id},
        {"dispatch", made.id, "--unit", "FZZLS", "--note", "请处理"},
        {"handle", made.id, "--actor", "zls-007"},
        {"reply", made.id, "--note", "已更换", "--photo", photo_file},
        {"rate", made.id, "--satisfaction", "basically_satisfied", "--note", "电话回访记录"},
        {"close", made.id, "--note", "回访办结"},
    };
    const char* expected[] = {"accepted", "dispatched", "handling", "replied", "rated", "closed"};
    for (std::size_t i = 0; i < steps.size(); ++i) {
      auto result = run_admin(db, steps[i]);
      INFO(steps[i][0] << ": " << result.out);
      REQUIRE(result.exit_code == 0);
      CHECK(result.out.find(expected[i]) != std::string::npos);
    }
    CHECK(run_admin(db, {"handle", made.id}).exit_code == 1);
    CHECK(run_admin(db, {"frobnicate", made.id}).exit_code == 2);
    CHECK(run_admin(db, {"show", "20000101000009"}).exit_code == 1);
    // The running server sees the CLI's changes at once.
    CHECK(json_of(c.Get(("/open311/v2/requests/" + made.id + ".json").c_str()))[0]["status"] == "closed");
    CHECK(server.stop() == 0);
  }
  ServerProcess restarted(dir, {db, "", 100, 1000, false});
  auto c = restarted.client();
  auto view = json_of(c.Get(("/open311/v2/requests/" + made.id + ".json?extensions=true").c_str()));
  REQUIRE(view.size() == 1);
  CHECK(view[0]["status"] == "closed");
  CHECK(view[0]["extended_attributes"]["notes"].size() == 7);
  CHECK(view[0]["extended_attributes"]["notes"][3]["unit_id"] == "FZZLS");
  CHECK(view[0]["extended_attributes"]["notes"][4]["reply_media"].size() == 1);
  auto shown = run_admin(db, {"show", made.id});
  CHECK(shown.exit_code == 0);
  CHECK(shown.out.find("回访办结") != std::string::npos);
  CHECK(restarted.stop() == 0);
}

TEST_CASE("--help documents serve and admin; bad command lines fail with usage errors") {
  auto help = run_server_binary({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("hotline-server serve --port P --db FILE") != std::string::npos);
  CHECK(help.out.find("hotline-server admin --db FILE") != std::string::npos);
  CHECK(run_server_binary({"serve", "--port", "99999", "--db", "x.db"}).exit_code == 2);
  CHECK(run_server_binary({"serve", "--port", "0"}).exit_code == 2);
  CHECK(run_server_binary({"launch"}).exit_code == 2);
}

TEST_CASE("a request past its deadline is flagged overdue, over HTTP and in the admin CLI") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  std::string id;
  {
    ServerProcess server(dir, {db});
    auto c = server.client();
    id = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint())).id;
    REQUIRE(act(c, id, "accept")->status == 200);
    REQUIRE(operator_view(c, id)["extended_attributes"]["deadline"]["overdue"] == false);
    REQUIRE(server.stop() == 0);
  }
  CHECK(run_admin(db, {"list"}).out.find("overdue") == std::string::npos);
  // The server reads the real clock; moving the stored deadline 30 days back is the same situation as
  // 30 days passing.
  CHECK(change_rows(db, "UPDATE requests SET deadline_at = deadline_at - 30 * 86400 WHERE number = '" + id + "'") == 1);

  ServerProcess restarted(dir, {db, "", 100, 1000, false});
  auto c = restarted.client();
  const auto view = operator_view(c, id);
  CHECK(view["extended_attributes"]["deadline"]["overdue"] == true);
  const auto listed = run_admin(db, {"list"});
  CHECK(listed.out.find(id) != std::string::npos);
  CHECK(listed.out.find("overdue") != std::string::npos);
}
