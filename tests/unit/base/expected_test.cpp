// Expected<T, E> and Expected<void, E>: success, a typed error, and errors converted on the way in.
#include <catch2/catch.hpp>

#include <string>

#include "base/expected.h"

using hotline::base::Expected;
using hotline::base::unexpected;

namespace {

struct Failure {
  std::string why;
};

Expected<void, Failure> act(bool fail) {
  if (fail) {
    return unexpected(Failure{"refused"});
  }
  return {};
}

}  // namespace

TEST_CASE("a value or an error") {
  const Expected<int, Failure> ok = 42;
  REQUIRE(ok.has_value());
  CHECK(*ok == 42);
  const Expected<int, Failure> bad = unexpected(Failure{"no"});
  REQUIRE_FALSE(bad);
  CHECK(bad.error().why == "no");
}

TEST_CASE("an action only succeeds or fails") {
  const auto done = act(false);
  CHECK(done.has_value());
  CHECK(static_cast<bool>(done));
  const auto refused = act(true);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().why == "refused");
}

TEST_CASE("an error converts into the result's error type") {
  const Expected<void, std::string> failed = unexpected("text");
  REQUIRE_FALSE(failed.has_value());
  CHECK(failed.error() == "text");
}
