// A receipt's claim read off the look-up page's two fields, and the query code its answer carries.
#include <catch2/catch.hpp>

#include "api/claim.h"

using namespace hotline;

TEST_CASE("two runs of 32 hex digits are a claim, as printed in groups or in upper case") {
  const std::string key = "0123456789abcdef0123456789abcdef";
  const std::string secret = "fedcba9876543210fedcba9876543210";
  auto claim = api::claim_from_lookup(key, secret);
  REQUIRE(claim);
  CHECK(claim->idempotency_key == key);
  CHECK(claim->secret == secret);

  claim = api::claim_from_lookup("01234567 89ABCDEF-01234567 89abcdef", "FEDCBA98 76543210 FEDCBA98 76543210");
  REQUIRE(claim);
  CHECK(claim->idempotency_key == key);
  CHECK(claim->secret == secret);
}

TEST_CASE("a request number and query code are not a claim") {
  CHECK_FALSE(api::claim_from_lookup("20261130000001", "SKDMR9R95Y"));
  CHECK_FALSE(api::claim_from_lookup("0123456789abcdef0123456789abcdef", "SKDMR9R95Y"));
  CHECK_FALSE(api::claim_from_lookup("0123456789abcdef0123456789abcde", "fedcba9876543210fedcba9876543210"));
  CHECK_FALSE(api::claim_from_lookup("0123456789abcdef0123456789abcdeg", "fedcba9876543210fedcba9876543210"));
}

TEST_CASE("the query code comes in service_notice, canonical") {
  open311::ServiceRequest r;
  CHECK_FALSE(api::query_code_notice(r));
  r.service_notice = "query_code:skdm r9r9 5y";
  CHECK(api::query_code_notice(r) == "SKDMR9R95Y");
  r.service_notice = "closed on time";
  CHECK_FALSE(api::query_code_notice(r));
}
