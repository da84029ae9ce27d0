// A kiosk receipt's claim over HTTP: the Claim-Secret sent with a submission is bound to the request
// (only its hash is stored); POST claims.json with the key and the secret finds the request, with its
// query code, from any client; a wrong secret or an unknown key finds nothing.
#include <catch2/catch.hpp>

#include "api_helpers.h"
#include "test_database.h"

using namespace hotline::integration;

namespace {

constexpr const char* kKey = "0123456789abcdef0123456789abcdef";
constexpr const char* kSecret = "fedcba9876543210fedcba9876543210";

// Every row of the idempotency_keys table, as stored: "client|key|claim_hash|".
std::string key_rows(const std::string& db) {
  std::string rows;
  for (const std::string& row : select_texts(
           db, "SELECT client || '|' || key || '|' || COALESCE(claim_hash, '') || '|' FROM idempotency_keys")) {
    rows += row;
  }
  return rows;
}

}  // namespace

TEST_CASE("a claim finds the request it was sent with, from any client, once it has arrived") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  ServerProcess server(dir, {db});
  auto c = server.client();
  const Fields claim{{"idempotency_key", kKey}, {"claim_secret", kSecret}};

  auto early = post_form(c, "/open311/v2/claims.json", claim);
  REQUIRE(early->status == 404);  // the kiosk has not delivered it yet

  auto created = post_form(c, "/open311/v2/requests.json", valid_complaint(),
                           {{"Idempotency-Key", kKey}, {"Claim-Secret", kSecret}});
  REQUIRE(created->status == 200);
  const auto made = created_of(created);

  auto found = post_form(c, "/open311/v2/claims.json?extensions=true", claim);
  REQUIRE(found->status == 200);
  const auto list = json_of(found);
  REQUIRE(list.size() == 1);
  CHECK(list[0]["service_request_id"] == made.id);
  CHECK(list[0]["service_notice"] == "query_code:" + made.query_code);
  CHECK(list[0].contains("extended_attributes"));
  // The owner's view: what the query code shows.
  auto owner = json_of(
      c.Get(("/open311/v2/requests/" + made.id + ".json?extensions=true&query_code=" + made.query_code).c_str()));
  CHECK(list[0]["description"] == owner[0]["description"]);

  // Only the secret's hash is stored.
  const std::string rows = key_rows(db);
  INFO(rows);
  CHECK(rows.find(std::string("|") + kKey + "|") != std::string::npos);
  CHECK(rows.find(kSecret) == std::string::npos);
  const std::size_t hash_at = rows.find(kKey) + 33;
  CHECK(rows.substr(hash_at).find('|') == 64);  // a SHA-256 in hex

  // A replay of the same submission keeps the claim working.
  auto replay = post_form(c, "/open311/v2/requests.json", valid_complaint(),
                          {{"Idempotency-Key", kKey}, {"Claim-Secret", kSecret}});
  CHECK(replay->status == 200);
  CHECK(post_form(c, "/open311/v2/claims.json", claim)->status == 200);
}

TEST_CASE("a wrong secret, an unknown key or a malformed claim finds nothing") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  REQUIRE(post_form(c, "/open311/v2/requests.json", valid_complaint(),
                    {{"Idempotency-Key", kKey}, {"Claim-Secret", kSecret}})
              ->status == 200);
  const std::string other(32, 'a');
  CHECK(post_form(c, "/open311/v2/claims.json", {{"idempotency_key", kKey}, {"claim_secret", other}})->status == 404);
  CHECK(post_form(c, "/open311/v2/claims.json", {{"idempotency_key", other}, {"claim_secret", kSecret}})->status ==
        404);
  CHECK(post_form(c, "/open311/v2/claims.json", {{"idempotency_key", kKey}})->status == 400);
  CHECK(post_form(c, "/open311/v2/claims.json", {{"idempotency_key", kKey}, {"claim_secret", "short"}})->status == 400);
  // A submission without a claim cannot be claimed.
  REQUIRE(post_form(c, "/open311/v2/requests.json", valid_complaint(), {{"Idempotency-Key", other}})->status == 200);
  CHECK(post_form(c, "/open311/v2/claims.json", {{"idempotency_key", other}, {"claim_secret", kSecret}})->status ==
        404);
}

TEST_CASE("a Claim-Secret must come with an Idempotency-Key and be 16-128 letters and digits") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  CHECK(post_form(c, "/open311/v2/requests.json", valid_complaint(), {{"Claim-Secret", kSecret}})->status == 400);
  CHECK(post_form(c, "/open311/v2/requests.json", valid_complaint(),
                  {{"Idempotency-Key", kKey}, {"Claim-Secret", "has spaces in it!!"}})
            ->status == 400);
  CHECK(json_of(c.Get("/open311/v2/requests.json")).empty());
}
