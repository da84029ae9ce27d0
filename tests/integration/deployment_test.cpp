// A deployment's configuration, not development defaults (issue 26): with --config only the keys and
// tokens it names are accepted, a configuration without api_keys does not start, operator tokens
// carry who acts, and the systemd unit runs what the server accepts.
#include <sys/stat.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "api_helpers.h"
#include "test_database.h"

using namespace hotline::integration;

TEST_CASE("with --config the development keys and HOTLINE_OPERATOR_TOKEN are not accepted") {
  TempDir dir;
  ::setenv("HOTLINE_OPERATOR_TOKEN", "environment-operator-token-0001", 1);
  ServerProcess server(dir, {dir.file("h.db")});
  ::unsetenv("HOTLINE_OPERATOR_TOKEN");
  auto c = server.client();
  for (const char* key : {"dev-web-key", "dev-kiosk-key", "dev-app-key"}) {
    INFO(key);
    CHECK(post_form(c, "/open311/v2/requests.json", with_field(valid_complaint(), "api_key", key))->status == 403);
  }
  CHECK(c.Get("/open311/v2/operator/requests/1.json", {{"Authorization", "Bearer environment-operator-token-0001"}})
            ->status == 403);
  // What the configuration names works.
  CHECK(post_form(c, "/open311/v2/requests.json", valid_complaint())->status == 200);
  CHECK(c.Get("/open311/v2/operator/requests/1.json", operator_headers())->status == 404);
}

TEST_CASE("a configuration without api_keys is refused at start, with a message naming it") {
  TempDir dir;
  const std::string config = dir.file("config.json");
  std::ofstream(config) << R"({"operator_tokens": ["a-long-operator-token-0001"]})";
  const auto run = run_command({"sh", "-c",
                                std::string("exec '") + HOTLINE_SERVER_BINARY + "' serve --port 0 --db '" +
                                    dir.file("h.db") + "' --config '" + config + "' 2>&1"});
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("api_keys is required") != std::string::npos);
  CHECK(run.out.find("listening") == std::string::npos);
}

TEST_CASE("the actor and unit in the timeline come from the operator token, not the request body") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  ServerOptions options{db};
  options.extra_config = R"("operator_tokens": [{"token": "agent-token-0123456789", "actor": "agent-007"},
                         {"token": "water-token-0123456789", "actor": "li-water", "unit": "FZZLS"}])";
  ServerProcess server(dir, options);
  auto c = server.client();
  const auto id = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint())).id;
  const auto as = [&](const char* token, const std::string& verb, Fields fields) {
    return post_form(c, "/open311/v2/operator/requests/" + id + "/" + verb + ".json", fields,
                     {{"Authorization", std::string("Bearer ") + token}});
  };
  REQUIRE(as("agent-token-0123456789", "accept", {{"actor", "mallory"}})->status == 200);
  REQUIRE(as("agent-token-0123456789", "dispatch", {{"unit", "FZZLS"}, {"actor", "mallory"}})->status == 200);
  REQUIRE(as("water-token-0123456789", "handle", {{"actor", "mallory"}, {"actor_unit", "FZCGW"}})->status == 200);
  // The old shared token is gone with the configuration that replaced it.
  CHECK(act(c, id, "reply", {{"note", "已修复"}})->status == 403);

  const std::vector<std::string> recorded =
      select_texts(db, "SELECT actor_id || '/' || COALESCE(actor_unit, '') FROM timeline ORDER BY seq");
  REQUIRE(recorded.size() == 4);
  CHECK(recorded[1] == "agent-007/");
  CHECK(recorded[2] == "agent-007/");
  CHECK(recorded[3] == "li-water/FZZLS");
}

TEST_CASE("the database and the photos are created for the server's user alone (0600 files, 0700 directories)",
          "[sqlite]") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  const mode_t inherited = ::umask(0022);  // the server does not depend on the umask it is started with
  ServerProcess server(dir, {db});
  ::umask(inherited);
  auto c = server.client();
  httplib::MultipartFormDataItems items;
  for (const auto& [name, value] : valid_complaint()) {
    items.push_back({name, value, "", ""});
  }
  items.push_back({"media", make_png(40, 30, 5), "p.png", "image/png"});
  REQUIRE(c.Post("/open311/v2/requests.json", items)->status == 200);
  namespace fs = std::filesystem;
  const auto group_or_other = fs::perms::group_all | fs::perms::others_all;
  CHECK((fs::status(db).permissions() & group_or_other) == fs::perms::none);
  int photos = 0;
  for (const auto& entry : fs::recursive_directory_iterator(db + ".media")) {
    INFO(entry.path());
    CHECK((entry.status().permissions() & group_or_other) == fs::perms::none);
    photos += entry.is_regular_file() ? 1 : 0;
  }
  CHECK(photos == 1);
  CHECK((fs::status(db + ".media").permissions() & group_or_other) == fs::perms::none);
}

TEST_CASE("/config.json gives the web app its api_key and Open311 address from the server's configuration") {
  TempDir dir;
  {
    ServerProcess server(dir, {dir.file("a.db")});
    auto c = server.client();
    auto page = c.Get("/config.json");
    REQUIRE(page->status == 200);
    CHECK(json_of(page) == nlohmann::json({{"api", {{"api_key", kWebKey}, {"base_url", "/open311/v2"}}}}));
  }
  ServerOptions options{dir.file("b.db")};
  options.extra_config =
      R"("web_app": {"api_key": "cdn-web-key-123", "base_url": "https://12345.fuzhou.gov.cn/open311/v2"},
         "api_keys": [{"client": "cdn", "key": "cdn-web-key-123", "channel": "web"}])";
  ServerProcess server(dir, options);
  auto c = server.client();
  const auto page = json_of(c.Get("/config.json"));
  CHECK(page["api"]["api_key"] == "cdn-web-key-123");
  CHECK(page["api"]["base_url"] == "https://12345.fuzhou.gov.cn/open311/v2");
  CHECK(
      post_form(c, "/open311/v2/requests.json", with_field(valid_complaint(), "api_key", "cdn-web-key-123"))->status ==
      200);
}

namespace {

// The systemd unit's settings, continuation lines joined; a key given twice keeps every value.
std::multimap<std::string, std::string> unit_settings(const std::filesystem::path& file) {
  std::multimap<std::string, std::string> settings;
  std::ifstream in(file);
  std::string logical;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\\') {
      logical += line.substr(0, line.size() - 1);
      continue;
    }
    logical += line;
    const auto equals = logical.find('=');
    if (!logical.starts_with('#') && equals != std::string::npos) {
      settings.emplace(logical.substr(0, equals), logical.substr(equals + 1));
    }
    logical.clear();
  }
  return settings;
}

}  // namespace

TEST_CASE("the systemd unit runs the server as its own user, hardened, with a command line the server accepts") {
  const std::filesystem::path source = std::filesystem::path(HOTLINE_SEED_DIR).parent_path().parent_path();
  const auto unit = unit_settings(source / "server/deploy/hotline-server.service");
  const auto one = [&unit](const std::string& key) {
    INFO(key);
    REQUIRE(unit.count(key) == 1);
    return unit.find(key)->second;
  };
  CHECK(one("User") == "hotline");
  CHECK(one("UMask") == "0077");
  CHECK(one("Restart") == "on-failure");
  CHECK(one("NoNewPrivileges") == "yes");
  CHECK(one("ProtectSystem") == "strict");
  CHECK(one("StateDirectoryMode") == "0700");
  CHECK(one("CapabilityBoundingSet").empty());
  // Its ExecStart, with the installed paths moved into a scratch directory and a configuration
  // without api_keys: every option is accepted up to that check, whose exit status is the one the
  // unit does not restart after.
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "web");
  std::ofstream(dir.file("web/index.html")) << "<!doctype html>";
  const std::string config = dir.file("server.json");
  std::ofstream(config) << R"({"operator_tokens": ["a-long-operator-token-0001"]})";
  std::istringstream exec(one("ExecStart"));
  std::vector<std::string> args;
  bool host_loopback = false;
  for (std::string word; exec >> word;) {
    host_loopback = host_loopback || (!args.empty() && args.back() == "--host" && word == "127.0.0.1");
    for (const auto& [installed, here] :
         std::vector<std::pair<std::string, std::string>>{{"/usr/local/bin/hotline-server", HOTLINE_SERVER_BINARY},
                                                          {"/etc/hotline-server/server.json", config},
                                                          {"/var/lib/hotline-server", dir.path().string()},
                                                          {"/var/log/hotline-server", dir.path().string()},
                                                          {"/usr/local/share/hotline/web", dir.file("web")},
                                                          {"/usr/local/share/hotline", (source / "assets").string()}}) {
      if (word.starts_with(installed)) {
        word = here + word.substr(installed.size());
        break;
      }
    }
    args.push_back(word);
  }
  CHECK(host_loopback);
  REQUIRE(args.size() > 2);
  CHECK(args[0] == HOTLINE_SERVER_BINARY);
  std::string command = "exec";
  for (const auto& arg : args) {
    command += " '" + arg + "'";
  }
  const auto run = run_command({"sh", "-c", command + " 2>&1"});
  INFO(run.out);
  CHECK(run.out.find("api_keys is required") != std::string::npos);
  CHECK(std::to_string(run.exit_code) == one("RestartPreventExitStatus"));
}
