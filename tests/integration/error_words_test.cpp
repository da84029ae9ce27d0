// Error answers a client developer can act on: one error per problem, naming the Open311 parameter in
// plain words (English, or Chinese when asked), with a machine-readable field_error beside them; workflow
// refusals in the app's own words.
#include <catch2/catch.hpp>

#include <string>

#include "api_helpers.h"

using namespace hotline::integration;

TEST_CASE("a refused submission lists every problem by its Open311 parameter, in plain words") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const Fields bad = with_field(
      with_field(with_field(valid_complaint(), "phone", "12345"), "attribute[resident_id]", "110105194912310021"),
      "description", "短");

  auto english = post_form(c, "/open311/v2/requests.json", bad);
  REQUIRE(english->status == 400);
  CHECK(english->get_header_value("Vary").find("Accept-Language") != std::string::npos);
  const auto errors = json_of(english);
  REQUIRE(errors.size() == 3);
  // In form order: description, phone, resident ID.
  CHECK(errors[0] == nlohmann::json{{"code", 400},
                                    {"description", "description: too short, at least 5 characters"},
                                    {"field_error", "description.too_short"}});
  CHECK(errors[1] ==
        nlohmann::json{{"code", 400},
                       {"description", "phone: not a mainland mobile number (11 digits starting with 13 to 19)"},
                       {"field_error", "mobile.invalid_mobile"}});
  CHECK(errors[2]["description"] == "attribute[resident_id]: the check character does not match the other 17");
  CHECK(errors[2]["field_error"] == "resident_id.id_checksum");
  CHECK(english->body.find("domain.error") == std::string::npos);

  auto chinese = post_form(c, "/open311/v2/requests.json", bad, {{"Accept-Language", "zh-CN,zh;q=0.9"}});
  REQUIRE(chinese->status == 400);
  const auto zh = json_of(chinese);
  REQUIRE(zh.size() == 3);
  CHECK(zh[1]["description"] == "phone: 不是有效的手机号码（以13至19开头的11位数字）");
  CHECK(zh[1]["field_error"] == "mobile.invalid_mobile");
  CHECK(json_of(post_form(c, "/open311/v2/requests.json", bad, {{"Accept-Language", "zh-TW"}}))[0]["description"] ==
        "description: 太短，至少5个字");
  // English is the default, also for languages we do not have.
  CHECK(json_of(post_form(c, "/open311/v2/requests.json", bad, {{"Accept-Language", "fr"}})) == errors);

  // Contact fields: name and phone together, or anonymity, as the service allows.
  auto nameless = post_form(c, "/open311/v2/requests.json",
                            with_field(with_field(valid_complaint(), "first_name", ""), "last_name", ""));
  REQUIRE(nameless->status == 400);
  CHECK(error_of(nameless) == "first_name or last_name: required for this service");
  CHECK(json_of(nameless)[0]["field_error"] == "contact_name.required");
  auto anonymous =
      post_form(c, "/open311/v2/requests.json", with_field(valid_complaint(), "attribute[anonymous]", "true"));
  REQUIRE(anonymous->status == 400);
  CHECK(error_of(anonymous).rfind("attribute[anonymous]: this service cannot be anonymous", 0) == 0);
  auto placeless = post_form(c, "/open311/v2/requests.json",
                             {{"api_key", kWebKey},
                              {"service_code", "BJ-0101"},
                              {"description", "井盖破损了，请尽快处理"},
                              {"first_name", "明"},
                              {"last_name", "王"},
                              {"phone", "13812345678"}});
  REQUIRE(placeless->status == 400);
  CHECK(error_of(placeless) == "lat and long, or address_string: required for this service");

  // Fields that cannot even be read are named too, without a field_error.
  auto unreadable = post_form(c, "/open311/v2/requests.json", with_field(valid_complaint(), "lat", "north"));
  REQUIRE(unreadable->status == 400);
  CHECK(error_of(unreadable) == "lat: of the wrong type (for example text where a number belongs)");
  CHECK_FALSE(json_of(unreadable)[0].contains("field_error"));
  auto twice = c.Post("/open311/v2/requests.json", form_body(valid_complaint()) + "&phone=13900001111",
                      "application/x-www-form-urlencoded");
  REQUIRE(twice->status == 400);
  CHECK(error_of(twice) == "phone: sent more than once");
}

TEST_CASE("a refused workflow action says why in the app's own words, in the client's language") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));
  const std::string rating_path = "/open311/v2/requests/" + made.id + "/rating.json";
  const Fields rating = {{"query_code", made.query_code}, {"satisfaction", "satisfied"}};

  auto english = post_form(c, rating_path, rating);
  REQUIRE(english->status == 409);
  CHECK(english->get_header_value("Vary").find("Accept-Language") != std::string::npos);
  CHECK(json_of(english) ==
        nlohmann::json::array(
            {{{"code", 409}, {"description", "You can rate the request once the department has replied."}}}));
  CHECK(error_of(post_form(c, rating_path, rating, {{"Accept-Language", "zh-CN,zh;q=0.9"}})) ==
        "承办单位答复后才能评价");
  CHECK(error_of(post_form(c, rating_path, rating, {{"Accept-Language", "zh-Hant-HK"}})) == "承辦單位答覆後才能評價");
  CHECK(error_of(post_form(c, rating_path, rating, {{"Accept-Language", "fr, en;q=0.5"}})) ==
        "You can rate the request once the department has replied.");

  // Operator actions too, with the catalog's placeholders filled in.
  CHECK(error_of(act(c, made.id, "dispatch", {{"unit", "FZZLS"}})) ==
        "This is not possible at the request's current step.");
  REQUIRE(act(c, made.id, "accept")->status == 200);
  auto long_note = act(c, made.id, "dispatch", {{"unit", "FZZLS"}, {"note", std::string(2001, 'x')}});
  REQUIRE(long_note->status == 409);
  CHECK(error_of(long_note) == "Please keep it to at most 2000 characters.");
  CHECK(long_note->body.find("workflow.error") == std::string::npos);
}

TEST_CASE("filters, bodies, uploads and Idempotency-Key are refused in Chinese when the client asks") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const httplib::Headers zh = {{"Accept-Language", "zh-CN"}};

  auto status = c.Get("/open311/v2/requests.json?status=maybe", zh);
  REQUIRE(status->status == 400);
  CHECK(status->get_header_value("Vary").find("Accept-Language") != std::string::npos);
  CHECK(error_of(status) == "status: 应为open或closed");
  CHECK(error_of(c.Get("/open311/v2/requests.json?status=maybe")) == "status: expected open or closed");
  CHECK(error_of(c.Get("/open311/v2/requests.json?page_size=0", zh)) == "page_size: 应为1到200之间的整数");
  CHECK(error_of(c.Get("/open311/v2/requests.json?start_date=yesterday", zh)) ==
        "start_date: 应为日期（2025-03-01）或带时区的ISO 8601日期时间");
  CHECK(error_of(c.Get("/open311/v2/requests.json?lat=26.08&long=119.3&radius=far", zh)) ==
        "radius: 应为1到5000之间的整数米数");

  auto array = c.Post("/open311/v2/requests.json", zh, "[1]", "application/json");
  REQUIRE(array->status == 400);
  CHECK(error_of(array) == "body: 应为JSON对象");
  CHECK(array->get_header_value("Vary").find("Accept-Language") != std::string::npos);
  CHECK(error_of(c.Post("/open311/v2/requests.json", {{"Accept-Language", "en"}}, "[1]", "application/json")) ==
        "body: expected a JSON object");
  CHECK(error_of(c.Post("/open311/v2/requests.json", zh, "x", "text/plain")) ==
        "Content-Type: 请使用application/x-www-form-urlencoded、multipart/form-data或application/json");

  httplib::Headers keyed = zh;
  keyed.emplace("Idempotency-Key", "no spaces allowed");
  auto key = post_form(c, "/open311/v2/requests.json", valid_complaint(), keyed);
  REQUIRE(key->status == 400);
  CHECK(error_of(key) == "Idempotency-Key: 应为1至128个字母、数字或-_.:字符");

  httplib::MultipartFormDataItems not_photo;
  for (const auto& [name, value] : valid_complaint()) {
    not_photo.push_back({name, value, "", ""});
  }
  not_photo.push_back({"media", "plain text, not a picture", "note.jpg", "image/jpeg"});
  auto upload = c.Post("/open311/v2/requests.json", zh, not_photo);
  REQUIRE(upload->status == 400);
  CHECK(error_of(upload) == "media[0]: 不是可用的JPEG或PNG图片");
}

TEST_CASE("timeline summaries are words in the client's language, with the action's code beside them") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  ServerProcess server(dir, {db});
  auto c = server.client();
  const auto made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));
  REQUIRE(act(c, made.id, "accept")->status == 200);
  const std::string path = "/open311/v2/requests/" + made.id + ".json?extensions=true";
  const auto english = json_of(c.Get(path.c_str(), {{"Accept-Language", "en"}}))[0]["extended_attributes"]["notes"];
  REQUIRE(english.size() == 2);
  CHECK(english[0]["summary"] == "Request submitted");
  CHECK(english[0]["type"] == "submit");
  CHECK(english[1]["summary"] == "Accepted");
  CHECK(english[1]["type"] == "accept");
  const auto chinese = json_of(c.Get(path.c_str()))[0]["extended_attributes"]["notes"];
  CHECK(chinese[0]["summary"] == "提交诉求");
  CHECK(chinese[1]["summary"] == "受理");
  CHECK(c.Get(path.c_str())->body.find("workflow.action") == std::string::npos);

  // The admin CLI prints words too: the timeline and its refusals.
  const auto shown = run_admin(db, {"show", made.id});
  CHECK(shown.out.find("Request submitted") != std::string::npos);
  CHECK(shown.out.find("workflow.action") == std::string::npos);
}

TEST_CASE("401, 403, 404, 429 and 500 are described in Chinese when the client asks, English otherwise") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db"), "", 0.01, 1});
  auto c = server.client();
  const httplib::Headers zh = {{"Accept-Language", "zh-CN,zh;q=0.9"}};
  auto missing = c.Get("/open311/v2/requests/20250101000001.json", zh);
  REQUIRE(missing->status == 404);
  CHECK(error_of(missing) == "service_request_id: 没有编号为20250101000001的诉求");
  CHECK(missing->get_header_value("Vary").find("Accept-Language") != std::string::npos);
  CHECK(error_of(c.Get("/open311/v2/requests/20250101000001.json")) == "service_request_id: no request 20250101000001");
  CHECK(error_of(c.Get("/open311/v2/no-such.json", zh)) == "没有这个地址");
  CHECK(error_of(c.Get("/open311/v2/services/NO-SUCH.json", zh)) == "service_code: 没有代码为NO-SUCH的服务");
  CHECK(error_of(post_form(c, "/open311/v2/requests.json", with_field(valid_complaint(), "api_key", "wrong"), zh)) ==
        "api_key: 无效");
  CHECK(error_of(c.Get("/open311/v2/operator/requests/20250101000001.json", zh)) == "需要操作员令牌");
  CHECK(error_of(c.Get("/open311/v2/operator/requests/20250101000001.json",
                       {{"Authorization", "Bearer wrong-token"}, {"Accept-Language", "zh"}})) == "操作员令牌无效");
  const auto made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));
  CHECK(error_of(c.Get(("/open311/v2/requests/" + made.id + ".json?query_code=AAAAAAAAAA").c_str(), zh)) ==
        "query_code: 与该诉求不符");
  auto limited = post_form(c, "/open311/v2/requests.json", valid_complaint(), zh);
  REQUIRE(limited->status == 429);
  CHECK(error_of(limited) == "该地址提交过于频繁，请在" + limited->get_header_value("Retry-After") + "秒后重试");
  // XML answers carry the same words.
  CHECK(c.Get("/open311/v2/tokens/nope.xml", zh)->body.find("<description>token: 没有这个令牌</description>") !=
        std::string::npos);
}
